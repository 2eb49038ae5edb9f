namespace ParkLens.Core.Common;

/// <summary>Who put a figure here, from where and when; kept beside every zone-owned record that carries figures.</summary>
public sealed class Provenance
{
    public DataSource Source { get; set; }

    /// <summary>File name, article, endpoint or form that supplied the values.</summary>
    public string? SourceRef { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static Provenance Of(DataSource source, string? sourceRef, DateTime updatedAtUtc, string updatedBy) =>
        new() { Source = source, SourceRef = sourceRef, UpdatedAtUtc = updatedAtUtc, UpdatedBy = updatedBy };

    public Provenance Copy() => Of(Source, SourceRef, UpdatedAtUtc, UpdatedBy);
}

public static class ProvenanceRules
{
    /// <summary>A profile not touched for more than this is flagged stale.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(400);

    public static bool IsStale(DateTime updatedAtUtc, DateTime nowUtc) => nowUtc - updatedAtUtc > StaleAfter;

    /// <summary>
    /// The latest year whose annual figures should be in by now: a year's 年报 statistics are due by the middle of the next year.
    /// </summary>
    public static int ExpectedLatestYear(DateTime nowUtc) => nowUtc.Month >= 7 ? nowUtc.Year - 1 : nowUtc.Year - 2;

    /// <summary>An enterprise's figures are stale when its latest reported year is older than the year now expected.</summary>
    public static bool IsLatestYearStale(int latestReportedYear, DateTime nowUtc) => latestReportedYear < ExpectedLatestYear(nowUtc);
}
