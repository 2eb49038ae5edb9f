namespace ParkLens.Core.Investments.Domain;

/// <summary>
/// The investment agreement (投资协议) of a signed project: what the investor committed to, from which year, and what
/// the zone may do on a breach (the agreement's remedies, e.g. 无偿收回 idle land after the agreed period). Amounts in 万元.
/// </summary>
internal sealed class InvestmentAgreement : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public DateOnly SignedOn { get; set; }

    public decimal? CommittedInvestment { get; set; }

    public decimal? LandMu { get; set; }

    /// <summary>投资强度 committed, 万元/亩 of fixed-asset investment.</summary>
    public decimal? InvestmentIntensity { get; set; }

    public DateOnly? StartBy { get; set; }

    public DateOnly? ProductionBy { get; set; }

    public DateOnly? FullOutputBy { get; set; }

    public decimal? AnnualOutput { get; set; }

    public decimal? AnnualTax { get; set; }

    /// <summary>亩均税收 committed, 万元/亩 a year.</summary>
    public decimal? TaxPerMu { get; set; }

    /// <summary>The first year from which the output and tax commitments count.</summary>
    public int? OutputFromYear { get; set; }

    /// <summary>Months after the land is secured within which construction must start before the land counts as idle.</summary>
    public int? IdleLandMonths { get; set; }

    public string? Remedies { get; set; }

    public string? Document { get; set; }

    public Common.Provenance Provenance { get; set; } = new();
}
