using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.GetZoneDashboard;

public sealed record CountRow(string Key, string Label, int Count);

public sealed record IndicatorTotal(string Key, string Name, string Unit, decimal? Value, decimal? PreviousValue, decimal? ChangePercent, int Reporting);

public sealed record YearTotals(int Year, decimal? Revenue, decimal? GrossOutput, decimal? Tax, decimal? ValueAdded, int Reporting);

public sealed record ZoneDashboard(
    int? ZoneId, int? Year, int EnterpriseCount, int SyntheticCount, int ListedCount,
    IReadOnlyList<CountRow> BySection, IReadOnlyList<CountRow> ByCertification, IReadOnlyList<CountRow> ByOwnership,
    IReadOnlyList<IndicatorTotal> Totals, IReadOnlyList<YearTotals> Series, decimal? RevenuePerMu, decimal? TaxPerMu);

/// <summary>
/// Counts and indicator totals of one zone (or of every zone in scope when no zone is given). A dashboard is computed
/// once per version of the zones' data (<see cref="ZoneVersions"/>) and kept in memory, shared by every caller whose scope
/// covers the whole zone (or, over all zones, by callers with the same zones); a caller who sees only some enterprises
/// always gets a fresh one.
/// </summary>
public sealed class GetZoneDashboardHandler(IDbContextFactory<ParkDbContext> dbs, ResultCache cache)
{
    private static readonly string[] TotalKeys = ["revenue", "gross_output", "value_added", "tax", "profit", "rd_expense", "employees", "exports", "high_tech_revenue", "land_mu"];

    public async Task<ZoneDashboard> HandleAsync(int? zoneId, int? year, CancellationToken ct)
    {
        ZoneStamp? stamp;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            stamp = await ZoneVersions.StampAsync(db, zoneId, ct);
            if (stamp is null)
            {
                return await ComputeAsync(db, zoneId, year, ct);
            }
        }
        return await cache.GetOrComputeAsync(new Key(zoneId, year, stamp.Scope, CultureInfo.CurrentUICulture.Name), stamp.Versions, async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
            return await ComputeAsync(db, zoneId, year, CancellationToken.None);
        }, ct);
    }

    private sealed record Key(int? ZoneId, int? Year, string Scope, string Language);

    /// <summary>The dashboard as the database has it now, without the cache.</summary>
    internal static async Task<ZoneDashboard> ComputeAsync(ParkDbContext db, int? zoneId, int? year, CancellationToken ct)
    {
        var enterprises = db.Enterprises.AsNoTracking().Where(e => zoneId == null || e.ZoneId == zoneId);
        var indicators = db.Indicators.AsNoTracking().Where(i => zoneId == null || i.ZoneId == zoneId);

        // One pass over the enterprises: every count and breakdown is a sum over these groups.
        var groups = await enterprises
            .GroupBy(e => new { e.IndustrySection, e.Ownership, e.Certifications, e.IsSynthetic, e.IsListed })
            .Select(g => new { g.Key.IndustrySection, g.Key.Ownership, g.Key.Certifications, g.Key.IsSynthetic, g.Key.IsListed, Count = g.Count() })
            .ToListAsync(ct);
        var certifications = RegistryTerms.CertificationNames
            .Select(c => new CountRow(c.Key.ToString(), c.Value, groups.Where(x => x.Certifications != Certifications.None && x.Certifications.HasFlag(c.Key)).Sum(x => x.Count)))
            .ToList();

        // The series needs four sums of every year, the totals every sum of two years only: two queries, so that SQLite's
        // decimal sums (a call into .NET per value) run over no more rows than they must.
        var years = await indicators.GroupBy(i => i.Year).Select(g => new
        {
            Year = g.Key,
            Revenue = g.Sum(i => i.Revenue), RevenueCount = g.Count(i => i.Revenue != null),
            Output = g.Sum(i => i.GrossOutput), OutputCount = g.Count(i => i.GrossOutput != null),
            Tax = g.Sum(i => i.Tax), TaxCount = g.Count(i => i.Tax != null),
            ValueAdded = g.Sum(i => i.ValueAdded), ValueAddedCount = g.Count(i => i.ValueAdded != null),
            Rows = g.Count(),
        }).ToListAsync(ct);
        year ??= years.Count == 0 ? null : years.Max(y => y.Year);
        // SQL sums of no reported value come back as 0; a year where nobody reported an indicator shows it as missing instead.
        var series = years
            .Where(y => y.RevenueCount > 0 || y.TaxCount > 0)
            .Select(y => new YearTotals(
                y.Year, y.RevenueCount > 0 ? y.Revenue : null, y.OutputCount > 0 ? y.Output : null, y.TaxCount > 0 ? y.Tax : null,
                y.ValueAddedCount > 0 ? y.ValueAdded : null, y.Rows))
            .OrderBy(s => s.Year)
            .ToArray();
        var sums = year is null ? [] : await SumsAsync(indicators.Where(i => i.Year == year || i.Year == year - 1), ct);
        var current = sums.FirstOrDefault(y => y.Year == year);
        var previous = sums.FirstOrDefault(y => y.Year == year - 1);
        var totals = TotalKeys.Select(key =>
        {
            var d = IndicatorDefinitions.Get(key);
            var value = current?.Get(key);
            var before = previous?.Get(key);
            return new IndicatorTotal(key, d.ZhName, d.Unit, value, before, ChangePercent(value, before), current?.Reporting(key) ?? 0);
        }).ToArray();

        var industries = IndustryCatalog.Instance;
        return new ZoneDashboard(
            zoneId, year, groups.Sum(g => g.Count), groups.Where(g => g.IsSynthetic).Sum(g => g.Count), groups.Where(g => g.IsListed).Sum(g => g.Count),
            groups.GroupBy(g => g.IndustrySection).Select(s => (s.Key, Count: s.Sum(x => x.Count)))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new CountRow(s.Key, industries.Find(s.Key)?.Name ?? s.Key, s.Count)).ToArray(),
            certifications,
            groups.GroupBy(g => g.Ownership).Select(o => (o.Key, Count: o.Sum(x => x.Count)))
                .OrderByDescending(o => o.Count).ThenBy(o => o.Key)
                .Select(o => new CountRow(o.Key.ToString(), RegistryTerms.Ownerships[o.Key], o.Count)).ToArray(),
            totals,
            series,
            PerMu(current?.RevenueOnLand, current?.LandOfRevenue),
            PerMu(current?.TaxOnLand, current?.LandOfTax));
    }

    /// <summary>Percent change; null when either side is missing or the base is not positive (the official rule for growth rates).</summary>
    public static decimal? ChangePercent(decimal? value, decimal? before) =>
        value is null || before is null || before <= 0 ? null : Math.Round((value.Value - before.Value) / before.Value * 100m, 1);

    // 亩均 figures divide only over enterprises that report both the amount and their land, so missing land never inflates them.
    private static decimal? PerMu(decimal? amount, decimal? land) =>
        amount is null || land is null || land <= 0 ? null : Math.Round(amount.Value / land.Value, 2);

    private static async Task<List<Sums>> SumsAsync(IQueryable<EnterpriseIndicator> rows, CancellationToken ct) =>
        await rows.GroupBy(i => i.Year).Select(g => new Sums
        {
            Year = g.Key,
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
        }).ToListAsync(ct);

    private sealed class Sums
    {
        public int Year { get; init; }
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
