namespace ParkLens.Core.ChainAtlas.Analytics;

/// <summary>A local enterprise mapped to a leaf of the chain, with its size in the year analysed (万元; null = not reported).</summary>
public sealed record ChainMember(int EnterpriseId, string Name, string SegmentId, decimal? Revenue, decimal? Output, bool IsSynthetic);

/// <summary>A known supply relation between two leaves of the chain for a local customer; the supplier is local or not.</summary>
public sealed record KnownSupply(string FromSegmentId, string ToSegmentId, bool SupplierIsLocal, decimal? Amount);

/// <summary>缺失 (no local enterprise), 薄弱 (present but small or hanging on one firm), 具备, 优势 (above the chain's average).</summary>
public enum SegmentHealth
{
    Gap,
    Weak,
    Present,
    Strong,
}

public enum WeakReason
{
    /// <summary>Only one local enterprise: the link hangs on it.</summary>
    SingleFirm,

    /// <summary>Several firms, but the largest holds at least the dominant share of the segment's revenue.</summary>
    Dominated,

    /// <summary>The segment's revenue is a small fraction of the average covered segment's.</summary>
    Small,
}

/// <summary>Thresholds of the analysis; the defaults are ParkLens's and are shown on the method note of the page.</summary>
public sealed record AnalysisSettings(decimal SmallShareOfAverage = 0.25m, decimal DominantShare = 0.7m)
{
    public static AnalysisSettings Default { get; } = new();
}

public sealed record SegmentStats(
    string SegmentId, int Count, decimal Revenue, decimal Output, int RevenueReported, decimal? RevenueShare, decimal? OutputShare,
    int? Hhi, ChainMember? Leader, SegmentHealth Health, IReadOnlyList<WeakReason> WeakReasons);

/// <summary>A supply edge: whether both ends have local enterprises, and the local share of known supplies along it.</summary>
public sealed record EdgeStats(string From, string To, bool BothCovered, int KnownSupplies, decimal? LocalSupplyRatio, bool ByAmount);

public sealed record ChainAnalysis(
    int Leaves, int Covered, decimal Coverage, decimal? Completeness, int? Hhi, int Members, decimal Revenue, decimal Output,
    IReadOnlyList<SegmentStats> Segments, IReadOnlyList<EdgeStats> Edges, decimal? LocalSupplyRatio)
{
    public IEnumerable<SegmentStats> Gaps => Segments.Where(s => s.Health == SegmentHealth.Gap);

    public IEnumerable<SegmentStats> WeakLinks => Segments.Where(s => s.Health == SegmentHealth.Weak);

    public SegmentStats? Of(string segmentId) => Segments.FirstOrDefault(s => s.SegmentId == segmentId);
}

/// <summary>The same chain a year earlier, and what changed.</summary>
public sealed record ChainChange(
    decimal CoverageDelta, int MembersDelta, decimal? RevenueGrowth, int? HhiDelta, IReadOnlyList<string> GapsClosed, IReadOnlyList<string> GapsOpened,
    IReadOnlyDictionary<string, SegmentChange> Segments, decimal? CompletenessDelta = null, decimal? LocalSupplyRatioDelta = null);

public sealed record SegmentChange(int CountDelta, decimal? RevenueGrowth, int? HhiDelta, SegmentHealth Before);
