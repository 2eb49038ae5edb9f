using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.GetZoneDashboard;

public sealed record CountRow(string Key, string Label, int Count);

public sealed record IndicatorTotal(string Key, string Name, string Unit, decimal? Value, decimal? PreviousValue, decimal? ChangePercent, int Reporting);

public sealed record YearTotals(int Year, decimal? Revenue, decimal? GrossOutput, decimal? Tax, decimal? ValueAdded, int Reporting);

public sealed record ZoneDashboard(
    int? ZoneId, int? Year, int EnterpriseCount, int SyntheticCount, int ListedCount,
    IReadOnlyList<CountRow> BySection, IReadOnlyList<CountRow> ByCertification, IReadOnlyList<CountRow> ByOwnership,
    IReadOnlyList<IndicatorTotal> Totals, IReadOnlyList<YearTotals> Series, decimal? RevenuePerMu, decimal? TaxPerMu);

/// <summary>Counts and indicator totals of one zone (or of every zone in scope when no zone is given).</summary>
public sealed class GetZoneDashboardHandler(IDbContextFactory<ParkDbContext> dbs)
{
    private static readonly string[] TotalKeys = ["revenue", "gross_output", "value_added", "tax", "profit", "rd_expense", "employees", "exports", "high_tech_revenue", "land_mu"];

    public async Task<ZoneDashboard> HandleAsync(int? zoneId, int? year, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var enterprises = db.Enterprises.AsNoTracking().Where(e => zoneId == null || e.ZoneId == zoneId);
        var indicators = db.Indicators.AsNoTracking().Where(i => zoneId == null || i.ZoneId == zoneId);
        year ??= await ListEnterprisesHandler.LatestYearAsync(db, zoneId, ct);

        var count = await enterprises.CountAsync(ct);
        var synthetic = await enterprises.CountAsync(e => e.IsSynthetic, ct);
        var listed = await enterprises.CountAsync(e => e.IsListed, ct);
        var sections = await enterprises.GroupBy(e => e.IndustrySection).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var ownerships = await enterprises.GroupBy(e => e.Ownership).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var certified = await enterprises.Where(e => e.Certifications != Certifications.None)
            .GroupBy(e => e.Certifications).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var certifications = RegistryTerms.CertificationNames
            .Select(c => new CountRow(c.Key.ToString(), c.Value, certified.Where(x => x.Key.HasFlag(c.Key)).Sum(x => x.Count)))
            .ToList();

        // SQL sums of no reported value come back as 0; a year where nobody reported an indicator shows it as missing instead.
        var series = (await indicators.GroupBy(i => i.Year).Select(g => new
            {
                Year = g.Key,
                Revenue = g.Sum(i => i.Revenue), RevenueCount = g.Count(i => i.Revenue != null),
                Output = g.Sum(i => i.GrossOutput), OutputCount = g.Count(i => i.GrossOutput != null),
                Tax = g.Sum(i => i.Tax), TaxCount = g.Count(i => i.Tax != null),
                ValueAdded = g.Sum(i => i.ValueAdded), ValueAddedCount = g.Count(i => i.ValueAdded != null),
                Rows = g.Count(),
            }).ToListAsync(ct))
            .Where(y => y.RevenueCount > 0 || y.TaxCount > 0)
            .Select(y => new YearTotals(
                y.Year, y.RevenueCount > 0 ? y.Revenue : null, y.OutputCount > 0 ? y.Output : null, y.TaxCount > 0 ? y.Tax : null,
                y.ValueAddedCount > 0 ? y.ValueAdded : null, y.Rows))
            .ToList();
        var current = year is null ? null : await SumsAsync(indicators.Where(i => i.Year == year), ct);
        var previous = year is null ? null : await SumsAsync(indicators.Where(i => i.Year == year - 1), ct);
        var totals = TotalKeys.Select(key =>
        {
            var d = IndicatorDefinitions.Get(key);
            var value = current?.Get(key);
            var before = previous?.Get(key);
            return new IndicatorTotal(key, d.ZhName, d.Unit, value, before, ChangePercent(value, before), current?.Reporting(key) ?? 0);
        }).ToArray();

        var industries = IndustryCatalog.Instance;
        return new ZoneDashboard(
            zoneId, year, count, synthetic, listed,
            sections.OrderByDescending(s => s.Count).Select(s => new CountRow(s.Key, industries.Find(s.Key)?.Name ?? s.Key, s.Count)).ToArray(),
            certifications,
            ownerships.OrderByDescending(o => o.Count).Select(o => new CountRow(o.Key.ToString(), RegistryTerms.Ownerships[o.Key], o.Count)).ToArray(),
            totals,
            series.OrderBy(s => s.Year).ToArray(),
            PerMu(current?.RevenueOnLand, current?.LandOfRevenue),
            PerMu(current?.TaxOnLand, current?.LandOfTax));
    }

    /// <summary>Percent change; null when either side is missing or the base is not positive (the official rule for growth rates).</summary>
    public static decimal? ChangePercent(decimal? value, decimal? before) =>
        value is null || before is null || before <= 0 ? null : Math.Round((value.Value - before.Value) / before.Value * 100m, 1);

    // 亩均 figures divide only over enterprises that report both the amount and their land, so missing land never inflates them.
    private static decimal? PerMu(decimal? amount, decimal? land) =>
        amount is null || land is null || land <= 0 ? null : Math.Round(amount.Value / land.Value, 2);

    private static async Task<Sums?> SumsAsync(IQueryable<EnterpriseIndicator> rows, CancellationToken ct) =>
        await rows.GroupBy(_ => 1).Select(g => new Sums
        {
            Revenue = g.Sum(i => i.Revenue),
            GrossOutput = g.Sum(i => i.GrossOutput),
            ValueAdded = g.Sum(i => i.ValueAdded),
            Tax = g.Sum(i => i.Tax),
            Profit = g.Sum(i => i.Profit),
            RdExpense = g.Sum(i => i.RdExpense),
            Employees = g.Sum(i => i.Employees),
            Exports = g.Sum(i => i.Exports),
            HighTechRevenue = g.Sum(i => i.HighTechRevenue),
            LandMu = g.Sum(i => i.LandMu),
            RevenueReporting = g.Count(i => i.Revenue != null),
            TaxReporting = g.Count(i => i.Tax != null),
            LandReporting = g.Count(i => i.LandMu != null),
            Rows = g.Count(),
            RevenueOnLand = g.Sum(i => i.LandMu != null && i.LandMu > 0 ? i.Revenue : null),
            LandOfRevenue = g.Sum(i => i.Revenue != null && i.LandMu > 0 ? i.LandMu : null),
            TaxOnLand = g.Sum(i => i.LandMu != null && i.LandMu > 0 ? i.Tax : null),
            LandOfTax = g.Sum(i => i.Tax != null && i.LandMu > 0 ? i.LandMu : null),
        }).FirstOrDefaultAsync(ct);

    private sealed class Sums
    {
        public decimal? Revenue { get; init; }
        public decimal? GrossOutput { get; init; }
        public decimal? ValueAdded { get; init; }
        public decimal? Tax { get; init; }
        public decimal? Profit { get; init; }
        public decimal? RdExpense { get; init; }
        public int? Employees { get; init; }
        public decimal? Exports { get; init; }
        public decimal? HighTechRevenue { get; init; }
        public decimal? LandMu { get; init; }
        public int RevenueReporting { get; init; }
        public int TaxReporting { get; init; }
        public int LandReporting { get; init; }
        public int Rows { get; init; }
        public decimal? RevenueOnLand { get; init; }
        public decimal? LandOfRevenue { get; init; }
        public decimal? TaxOnLand { get; init; }
        public decimal? LandOfTax { get; init; }

        public decimal? Get(string key) => key switch
        {
            "revenue" => Revenue,
            "gross_output" => GrossOutput,
            "value_added" => ValueAdded,
            "tax" => Tax,
            "profit" => Profit,
            "rd_expense" => RdExpense,
            "employees" => Employees,
            "exports" => Exports,
            "high_tech_revenue" => HighTechRevenue,
            "land_mu" => LandMu,
            _ => null,
        };

        public int Reporting(string key) => key switch
        {
            "revenue" => RevenueReporting,
            "tax" => TaxReporting,
            "land_mu" => LandReporting,
            _ => Rows,
        };
    }
}
