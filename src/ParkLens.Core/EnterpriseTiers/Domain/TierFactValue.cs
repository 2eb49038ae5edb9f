using ParkLens.Core.Common;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>
/// One tier-specific fact of one enterprise for one fiscal year (IP counts, awards, R&amp;D institution …), entered by
/// 科促局 staff or the enterprise itself. A null value is an explicit "unknown"; figures the registry keeps are not stored here.
/// </summary>
internal sealed class TierFactValue : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public int Year { get; set; }

    /// <summary>A key of the rule engine's fact catalogue.</summary>
    public string Key { get; set; } = "";

    public decimal? Value { get; set; }

    public int? EvidenceId { get; set; }

    public TierEvidence? Evidence { get; set; }

    public string? Note { get; set; }

    public Provenance Provenance { get; set; } = new();
}
