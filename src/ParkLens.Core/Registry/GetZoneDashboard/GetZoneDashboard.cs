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

    /// <summary>The dashboard of one zone, or null when the caller cannot see that zone (or there is none).</summary>
    public async Task<ZoneDashboard?> HandleVisibleZoneAsync(int zoneId, int? year, CancellationToken ct)
    {
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            if (!await db.Zones.AsNoTracking().AnyAsync(z => z.Id == zoneId, ct))
            {
                return null;
            }
        }
        return await HandleAsync(zoneId, year, ct);
    }

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

        // On SQLite one native pass gives every sum of every year (when it applies, see there); otherwise the series needs
        // four sums of every year and the totals every sum of two years only, so that no sum runs over more rows than it must.
        var all = await YearFigureQueries.SqliteWholeZonesAsync(db, zoneId, ct);
        var years = all ?? await YearFigureQueries.SeriesAsync(indicators, ct);
        year ??= years.Count == 0 ? null : years.Max(y => y.Year);
        // SQL sums of no reported value come back as 0; a year where nobody reported an indicator shows it as missing instead.
        var series = years
            .Where(y => y.RevenueReporting > 0 || y.TaxReporting > 0)
            .Select(y => new YearTotals(
                y.Year, y.RevenueReporting > 0 ? y.Revenue : null, y.OutputReporting > 0 ? y.GrossOutput : null, y.TaxReporting > 0 ? y.Tax : null,
                y.ValueAddedReporting > 0 ? y.ValueAdded : null, y.Rows))
            .OrderBy(s => s.Year)
            .ToArray();
        var sums = all ?? (year is null ? [] : await YearFigureQueries.TotalsAsync(indicators.Where(i => i.Year == year || i.Year == year - 1), ct));
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
}
