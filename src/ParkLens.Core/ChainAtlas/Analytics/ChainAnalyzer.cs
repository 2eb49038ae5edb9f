using ParkLens.Core.ChainAtlas.Templates;

namespace ParkLens.Core.ChainAtlas.Analytics;

/// <summary>
/// The chain analytics of one zone (or several together) for one year, as plain arithmetic over the mapped members:
/// coverage = covered leaves / leaves; completeness = supply edges with both ends covered / edges; HHI = Σ (100·sᵢ)² over
/// revenue shares (0–10,000), per segment and over the chain; weak links and gaps as <see cref="SegmentHealth"/> says.
/// </summary>
public static class ChainAnalyzer
{
    public static ChainAnalysis Analyze(ChainTemplate template, IReadOnlyCollection<ChainMember> members, IReadOnlyCollection<KnownSupply> supplies, AnalysisSettings? settings = null)
    {
        settings ??= AnalysisSettings.Default;
        var leaves = template.Leaves.Select(l => l.Id).ToList();
        var bySegment = members.Where(m => template.Segment(m.SegmentId) is { IsGroup: false }).ToLookup(m => m.SegmentId);
        var chainMembers = bySegment.SelectMany(g => g).ToList();
        var totalRevenue = chainMembers.Sum(m => m.Revenue ?? 0);
        var totalOutput = chainMembers.Sum(m => m.Output ?? 0);
        var covered = leaves.Count(l => bySegment[l].Any());
        var averageCovered = covered > 0 ? totalRevenue / covered : 0;

        var segments = leaves.Select(id =>
        {
            var list = bySegment[id].ToList();
            var revenue = list.Sum(m => m.Revenue ?? 0);
            var output = list.Sum(m => m.Output ?? 0);
            var hhi = Hhi(list.Select(m => m.Revenue));
            var leader = list.Where(m => m.Revenue is not null).OrderByDescending(m => m.Revenue).ThenBy(m => m.EnterpriseId).FirstOrDefault()
                ?? list.OrderBy(m => m.EnterpriseId).FirstOrDefault();
            var reasons = new List<WeakReason>();
            if (list.Count == 1)
            {
                reasons.Add(WeakReason.SingleFirm);
            }
            // Size judgements need every member's figure: a firm that did not report is not a small one.
            var allReported = list.Count > 0 && list.All(m => m.Revenue is not null);
            if (list.Count > 1 && allReported && revenue > 0 && leader?.Revenue is { } top && top / revenue >= settings.DominantShare)
            {
                reasons.Add(WeakReason.Dominated);
            }
            if (allReported && totalRevenue > 0 && revenue < settings.SmallShareOfAverage * averageCovered)
            {
                reasons.Add(WeakReason.Small);
            }
            var health = list.Count == 0 ? SegmentHealth.Gap
                : reasons.Count > 0 ? SegmentHealth.Weak
                : totalRevenue > 0 && revenue >= averageCovered ? SegmentHealth.Strong
                : SegmentHealth.Present;
            return new SegmentStats(id, list.Count, revenue, output, list.Count(m => m.Revenue is not null),
                totalRevenue > 0 ? revenue / totalRevenue : null, totalOutput > 0 ? output / totalOutput : null,
                hhi, leader, health, reasons);
        }).ToList();

        var coveredSet = segments.Where(s => s.Count > 0).Select(s => s.SegmentId).ToHashSet(StringComparer.Ordinal);
        var edges = template.Edges.Select(e => EdgeOf(e, coveredSet, supplies)).ToList();
        var allKnown = supplies.Where(s => template.Edges.Contains(new SupplyEdge(s.FromSegmentId, s.ToSegmentId))).ToList();
        return new ChainAnalysis(
            leaves.Count, covered, leaves.Count > 0 ? (decimal)covered / leaves.Count : 0,
            edges.Count > 0 ? (decimal)edges.Count(e => e.BothCovered) / edges.Count : null,
            Hhi(chainMembers.Select(m => m.Revenue)), chainMembers.Count, totalRevenue, totalOutput, segments, edges,
            LocalRatio(allKnown).Ratio);
    }

    /// <summary>What changed from <paramref name="before"/> (the year earlier) to <paramref name="now"/>.</summary>
    public static ChainChange Compare(ChainAnalysis now, ChainAnalysis before)
    {
        var segments = now.Segments.ToDictionary(s => s.SegmentId, s =>
        {
            var b = before.Of(s.SegmentId);
            return new SegmentChange(s.Count - (b?.Count ?? 0), Growth(s.Revenue, b?.Revenue), s.Hhi - b?.Hhi, b?.Health ?? SegmentHealth.Gap);
        }, StringComparer.Ordinal);
        var gapsBefore = before.Gaps.Select(s => s.SegmentId).ToHashSet(StringComparer.Ordinal);
        var gapsNow = now.Gaps.Select(s => s.SegmentId).ToHashSet(StringComparer.Ordinal);
        return new ChainChange(now.Coverage - before.Coverage, now.Members - before.Members, Growth(now.Revenue, before.Revenue), now.Hhi - before.Hhi,
            gapsBefore.Except(gapsNow).ToList(), gapsNow.Except(gapsBefore).ToList(), segments,
            now.Completeness - before.Completeness, now.LocalSupplyRatio - before.LocalSupplyRatio);
    }

    /// <summary>Σ (100·sᵢ)² over the positive revenues; null when none is reported.</summary>
    public static int? Hhi(IEnumerable<decimal?> revenues)
    {
        var values = revenues.Where(r => r is > 0).Select(r => r!.Value).ToList();
        var total = values.Sum();
        if (total <= 0)
        {
            return null;
        }
        return (int)Math.Round(values.Sum(v => (100 * v / total) * (100 * v / total)), MidpointRounding.AwayFromZero);
    }

    private static decimal? Growth(decimal now, decimal? before) => before is > 0 ? now / before.Value - 1 : null;

    private static EdgeStats EdgeOf(SupplyEdge edge, HashSet<string> covered, IReadOnlyCollection<KnownSupply> supplies)
    {
        var known = supplies.Where(s => s.FromSegmentId == edge.From && s.ToSegmentId == edge.To).ToList();
        var (ratio, byAmount) = LocalRatio(known);
        return new EdgeStats(edge.From, edge.To, covered.Contains(edge.From) && covered.Contains(edge.To), known.Count, ratio, byAmount);
    }

    // By amount when every known supply has one, otherwise by the number of relations.
    private static (decimal? Ratio, bool ByAmount) LocalRatio(List<KnownSupply> known)
    {
        if (known.Count == 0)
        {
            return (null, false);
        }
        if (known.All(k => k.Amount is > 0))
        {
            return (known.Where(k => k.SupplierIsLocal).Sum(k => k.Amount!.Value) / known.Sum(k => k.Amount!.Value), true);
        }
        return ((decimal)known.Count(k => k.SupplierIsLocal) / known.Count, false);
    }
}
