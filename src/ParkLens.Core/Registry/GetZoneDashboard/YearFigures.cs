using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.GetZoneDashboard;

/// <summary>The sums of one year's figures over the enterprises a dashboard covers.</summary>
internal sealed class YearFigures
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
    public int OutputReporting { get; init; }
    public int TaxReporting { get; init; }
    public int ValueAddedReporting { get; init; }
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

/// <summary>The queries behind a dashboard's yearly sums. Sums of no reported value come back as 0, as SQL gives them.</summary>
internal static class YearFigureQueries
{
    /// <summary>The series' sums (revenue, output, tax, value added, with how many reported each) of every year.</summary>
    public static async Task<List<YearFigures>> SeriesAsync(IQueryable<EnterpriseIndicator> rows, CancellationToken ct) =>
        await rows.GroupBy(i => i.Year).Select(g => new YearFigures
        {
            Year = g.Key,
            Revenue = g.Sum(i => i.Revenue), RevenueReporting = g.Count(i => i.Revenue != null),
            GrossOutput = g.Sum(i => i.GrossOutput), OutputReporting = g.Count(i => i.GrossOutput != null),
            Tax = g.Sum(i => i.Tax), TaxReporting = g.Count(i => i.Tax != null),
            ValueAdded = g.Sum(i => i.ValueAdded), ValueAddedReporting = g.Count(i => i.ValueAdded != null),
            Rows = g.Count(),
        }).ToListAsync(ct);

    /// <summary>Every sum, per year of the given rows.</summary>
    public static async Task<List<YearFigures>> TotalsAsync(IQueryable<EnterpriseIndicator> rows, CancellationToken ct) =>
        await rows.GroupBy(i => i.Year).Select(g => new YearFigures
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
            OutputReporting = g.Count(i => i.GrossOutput != null),
            TaxReporting = g.Count(i => i.Tax != null),
            ValueAddedReporting = g.Count(i => i.ValueAdded != null),
            LandReporting = g.Count(i => i.LandMu != null),
            Rows = g.Count(),
            RevenueOnLand = g.Sum(i => i.LandMu != null && i.LandMu > 0 ? i.Revenue : null),
            LandOfRevenue = g.Sum(i => i.Revenue != null && i.LandMu > 0 ? i.LandMu : null),
            TaxOnLand = g.Sum(i => i.LandMu != null && i.LandMu > 0 ? i.Tax : null),
            LandOfTax = g.Sum(i => i.Tax != null && i.LandMu > 0 ? i.LandMu : null),
        }).ToListAsync(ct);

    private static readonly string[] Amounts = ["Revenue", "GrossOutput", "ValueAdded", "Tax", "Profit", "RdExpense", "Exports", "HighTechRevenue", "LandMu"];

    /// <summary>
    /// Every sum of every year, on SQLite, for a caller who sees whole zones; null when that does not apply or a value is
    /// not a plain decimal (then the LINQ queries answer). SQLite keeps decimals as text and EF sums them with a .NET
    /// function called once per value, which is most of a large zone's dashboard. A plain decimal as EF writes it — at
    /// most four places, below 10^10 — is exactly round(value × 10^4) as an integer (the double error stays far below 0.5
    /// at that size), so SQLite's own integer sums give the same totals. Callers here may see every enterprise of the zones named
    /// in the WHERE clause, which is all the scope filter would have added.
    /// </summary>
    public static async Task<List<YearFigures>?> SqliteWholeZonesAsync(ParkDbContext db, int? zoneId, CancellationToken ct)
    {
        var scope = db.Actor.Scope;
        if (!db.Database.IsSqlite() || scope.EnterpriseIds is not null || (zoneId is { } z && !scope.Includes(z)))
        {
            return null;
        }
        var where = zoneId is { } zone ? $"WHERE \"ZoneId\" = {Literal(zone)}"
            : scope.Unrestricted ? ""
            : $"WHERE \"ZoneId\" IN ({(scope.ZoneIds.Count == 0 ? "NULL" : string.Join(", ", scope.ZoneIds.Select(Literal)))})";
        const string onLand = "CAST(\"LandMu\" AS REAL) > 0";
        var sums = string.Join(",\n", Amounts.Select(c => $"SUM({Scaled(c)}) AS \"{c}\""));
        var sql = $"""
            SELECT "Year", COUNT(*) AS "Rows",
            {sums},
            COALESCE(SUM("Employees"), 0) AS "Employees",
            COUNT("Revenue") AS "RevenueReporting", COUNT("GrossOutput") AS "OutputReporting", COUNT("Tax") AS "TaxReporting",
            COUNT("ValueAdded") AS "ValueAddedReporting", COUNT("LandMu") AS "LandReporting",
            SUM(CASE WHEN {onLand} THEN {Scaled("Revenue")} END) AS "RevenueOnLand",
            SUM(CASE WHEN "Revenue" IS NOT NULL AND {onLand} THEN {Scaled("LandMu")} END) AS "LandOfRevenue",
            SUM(CASE WHEN {onLand} THEN {Scaled("Tax")} END) AS "TaxOnLand",
            SUM(CASE WHEN "Tax" IS NOT NULL AND {onLand} THEN {Scaled("LandMu")} END) AS "LandOfTax",
            max({string.Join(", ", Amounts.Select(c => $"COALESCE(MAX(length(\"{c}\") - instr(\"{c}\", '.')), 0)"))}) AS "Places",
            max({string.Join(", ", Amounts.Select(c => $"COALESCE(MAX(instr(\"{c}\", '.')), 0)"))}) AS "Point"
            FROM "Registry_EnterpriseIndicators" {where}
            GROUP BY "Year"
            """;
        List<ScaledRow> rows;
        try
        {
            rows = await db.Database.SqlQueryRaw<ScaledRow>(sql).ToListAsync(ct);
        }
        catch (SqliteException e) when (e.Message.Contains("integer overflow", StringComparison.Ordinal))
        {
            return null;
        }
        // At most four places (a value without a point, as .NET never writes one, at most four digits), and a point no
        // further in than the 11th character: below 10^10.
        if (rows.Any(r => r.Places > 4 || r.Point > 11))
        {
            return null;
        }
        return rows.Select(r => new YearFigures
        {
            Year = r.Year, Rows = r.Rows, Employees = r.Employees,
            Revenue = Sum(r.Revenue), GrossOutput = Sum(r.GrossOutput), ValueAdded = Sum(r.ValueAdded), Tax = Sum(r.Tax), Profit = Sum(r.Profit),
            RdExpense = Sum(r.RdExpense), Exports = Sum(r.Exports), HighTechRevenue = Sum(r.HighTechRevenue), LandMu = Sum(r.LandMu),
            RevenueReporting = r.RevenueReporting, OutputReporting = r.OutputReporting, TaxReporting = r.TaxReporting,
            ValueAddedReporting = r.ValueAddedReporting, LandReporting = r.LandReporting,
            RevenueOnLand = Sum(r.RevenueOnLand), LandOfRevenue = Sum(r.LandOfRevenue), TaxOnLand = Sum(r.TaxOnLand), LandOfTax = Sum(r.LandOfTax),
        }).ToList();
    }

    private static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Scaled(string column) => $"CAST(ROUND(CAST(\"{column}\" AS REAL) * 10000) AS INTEGER)";

    // As EF reads SQLite's decimal sums back: the exact value, without trailing zeros but with at least one place ("0.0" for none).
    private static decimal Sum(long? scaled)
    {
        var units = scaled ?? 0;
        byte places = 4;
        while (places > 1 && units % 10 == 0)
        {
            units /= 10;
            places--;
        }
        var magnitude = (ulong)Math.Abs(units);
        return new decimal(unchecked((int)magnitude), (int)(magnitude >> 32), 0, units < 0, places);
    }

    private sealed class ScaledRow
    {
        public int Year { get; init; }
        public int Rows { get; init; }
        public long? Revenue { get; init; }
        public long? GrossOutput { get; init; }
        public long? ValueAdded { get; init; }
        public long? Tax { get; init; }
        public long? Profit { get; init; }
        public long? RdExpense { get; init; }
        public long? Exports { get; init; }
        public long? HighTechRevenue { get; init; }
        public long? LandMu { get; init; }
        public int Employees { get; init; }
        public int RevenueReporting { get; init; }
        public int OutputReporting { get; init; }
        public int TaxReporting { get; init; }
        public int ValueAddedReporting { get; init; }
        public int LandReporting { get; init; }
        public long? RevenueOnLand { get; init; }
        public long? LandOfRevenue { get; init; }
        public long? TaxOnLand { get; init; }
        public long? LandOfTax { get; init; }
        public int Places { get; init; }
        public int Point { get; init; }
    }
}
