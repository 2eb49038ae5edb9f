namespace ParkLens.Core.Scale.Synthetic;

/// <summary>What to generate: a synthetic province of <paramref name="Zones"/> zones and <paramref name="Enterprises"/>
/// enterprises with <paramref name="Years"/> years of figures ending in <paramref name="LastYear"/>. The same spec always
/// gives the same province, row for row.</summary>
public sealed record ProvinceSpec(int Zones, int Enterprises, int Years, int Seed, int LastYear)
{
    public IEnumerable<string> Problems()
    {
        if (Zones is < 1 or > 9_999)
        {
            yield return "--zones must be 1–9999";
        }
        if (Enterprises < Zones || Enterprises > 50_000_000)
        {
            yield return "--enterprises must be at least --zones and at most 50,000,000";
        }
        if (Years is < 1 or > 30)
        {
            yield return "--years must be 1–30";
        }
        if (LastYear is < 2000 or > 2100)
        {
            yield return "--last-year must be 2000–2100";
        }
    }
}

/// <summary>A synthetic zone in the zone-import layout; <see cref="Name"/> starts with 合成 so it is never mistaken for a real one.</summary>
public sealed record SyntheticZoneRow(
    int Index, string Name, string ShortName, string Level, string Kind, string ProvinceCode, string CityCode, int ApprovalYear,
    decimal ApprovedAreaHa, string Authority, IReadOnlyList<string> SubParks, int EnterpriseCount);

/// <summary>A synthetic enterprise in the enterprise-import layout, with its fixed land area (亩; null when it holds no land).</summary>
public sealed record SyntheticEnterpriseRow(
    int Index, int ZoneIndex, string? SubPark, string Uscc, string Name, string IndustryCode, DateOnly FoundedOn, string Ownership,
    bool Listed, decimal? LandMu, string MainProducts);

/// <summary>One enterprise's figures for one year (万元, 人, 吨标煤, 亩); null is "not reported".</summary>
public sealed record SyntheticFiguresRow(
    int EnterpriseIndex, string Uscc, int Year, decimal? Revenue, decimal? GrossOutput, decimal? ValueAdded, decimal? Profit, decimal? Tax,
    decimal? RdExpense, int? Employees, int? RdStaff, decimal? EnergyTce, decimal? LandMu, decimal? Exports, int? InventionPatents,
    decimal? HighTechRevenue);

/// <summary>A synthetic investment lead or negotiation of a zone, in the project-list layout (项目清单).</summary>
public sealed record SyntheticProjectRow(
    int ZoneIndex, string Name, string Investor, string Source, decimal TotalInvestment, decimal FixedAssets, decimal? LandMu, decimal? FloorM2,
    decimal ExpectedOutput, decimal ExpectedTax, int Jobs, string Commissioner, string Department, string Priority, string Route, string Stage,
    DateOnly? StageDate, DateOnly PlannedSigning);
