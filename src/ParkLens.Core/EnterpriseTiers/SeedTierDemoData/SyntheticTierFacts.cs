using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Registry.Contracts;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

/// <summary>
/// Tier facts for an enterprise in a cultivation pool, consistent with its registry figures (synthetic): what 科促局 staff
/// would have collected on a first visit. The expert-scored 高企 items are left unknown, as they are before a review.
/// </summary>
internal static class SyntheticTierFacts
{
    public static int Add(ParkDbContext db, int zoneId, EnterpriseSnapshot enterprise, int year, Random random, Provenance provenance)
    {
        var figures = enterprise.In(year);
        if (figures?.Revenue is not { } revenue || revenue <= 0)
        {
            return 0;
        }
        var employees = figures.Employees ?? 50;
        var values = new Dictionary<string, decimal>
        {
            [MainRevenue] = Round(revenue * Between(random, 0.72, 0.98)),
            [MainRevenueY1] = Round(revenue * Between(random, 0.62, 0.95)),
            [MainRevenueY2] = Round(revenue * Between(random, 0.55, 0.9)),
            [TechStaff] = Math.Min(employees, (figures.RdStaff ?? employees / 10) + random.Next(0, Math.Max(1, employees / 8))),
            [TotalAssets] = Round(revenue * Between(random, 0.8, 1.6)),
            [TotalLiabilities] = Round(revenue * Between(random, 0.3, 0.8)),
            [TotalAssetsY1] = Round(revenue * Between(random, 0.7, 1.3)),
            [TotalLiabilitiesY1] = Round(revenue * Between(random, 0.3, 0.7)),
            [TotalAssetsY2] = Round(revenue * Between(random, 0.6, 1.1)),
            [TotalLiabilitiesY2] = Round(revenue * Between(random, 0.3, 0.6)),
            [NetProfit] = Round(revenue * Between(random, -0.02, 0.14)),
            [CostExpenseTotal] = Round(revenue * Between(random, 0.75, 0.95)),
            [IpClass2] = random.Next(0, 7),
            [IpClass1SelfDeveloped] = Math.Min(figures.InventionPatents ?? 0, random.Next(0, 3)),
            [ResidentEnterprise] = 1,
            [ProductsNotRestricted] = 1,
            [NoMajorIncident] = 1,
            [NotOnBlacklists] = 1,
            [RdInstitutionLevel] = random.Next(0, 4),
            [YearsInSegment] = random.Next(1, 15),
            [StrategicEmerging] = random.Next(0, 2),
            [DigitalLevel] = random.Next(1, 4),
            [QualityCertification] = random.Next(0, 2),
            [OwnBrand] = random.Next(0, 2),
            [LedStandard5Y] = random.NextDouble() < 0.15 ? 1 : 0,
            [AwardNationalRank5Y] = 0,
            [AwardNationalRank3Y] = 0,
            [AwardProvincialRank3Y] = random.NextDouble() < 0.1 ? random.Next(1, 6) : 0,
            [EquityFinancing2Y] = random.NextDouble() < 0.2 ? Round((decimal)random.Next(500, 9000)) : 0,
            [EquityFinancing3Y] = 0,
            [CoreIpOwned] = 1,
            [TechInSupportedField] = random.Next(0, 5) > 0 ? 1 : 0,
            [Conversions3Y] = random.Next(0, 16),
        };
        values[EquityFinancing3Y] = values[EquityFinancing2Y];
        // Counts nest: high-value and self-developed Class I rights are among the registry's invention patents.
        values[IpClass1HighValue] = Math.Min(values[IpClass1SelfDeveloped], random.Next(0, 2));
        values[IpHasSelfDeveloped] = values[IpClass1SelfDeveloped] + values[IpClass2] > 0 ? 1 : 0;
        foreach (var (key, value) in values)
        {
            db.TierFacts.Add(new TierFactValue
            {
                ZoneId = zoneId, EnterpriseId = enterprise.Id, Year = year, Key = key, Value = value, Provenance = provenance.Copy(),
            });
        }
        return values.Count;
    }

    private static decimal Between(Random random, double low, double high) => (decimal)(low + random.NextDouble() * (high - low));

    private static decimal Round(decimal value) => Math.Round(value, 1);
}
