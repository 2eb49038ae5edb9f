using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

/// <summary>One enterprise's figures for one calendar year. Amounts in 万元; a null is "not reported", never zero.</summary>
internal sealed class EnterpriseIndicator : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public int Year { get; set; }

    public decimal? Revenue { get; set; }

    public decimal? GrossOutput { get; set; }

    public decimal? ValueAdded { get; set; }

    public decimal? Profit { get; set; }

    public decimal? Tax { get; set; }

    public decimal? RdExpense { get; set; }

    public int? Employees { get; set; }

    public int? RdStaff { get; set; }

    public decimal? EnergyTce { get; set; }

    public decimal? LandMu { get; set; }

    public decimal? Exports { get; set; }

    public int? InventionPatents { get; set; }

    public decimal? HighTechRevenue { get; set; }

    public Provenance Provenance { get; set; } = new();
}
