using System.Globalization;
using System.Text;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Core.Scale.Synthetic;

/// <summary>The files <c>parklens generate --out</c> writes, each in the import layout of its kind.</summary>
public sealed record ProvinceFiles(
    string Zones, string Enterprises, string Indicators, string SubParks, int ZoneRows, int EnterpriseRows, int IndicatorRows,
    IReadOnlyList<(string ZoneName, string File)> Projects, int ProjectRows);

/// <summary>
/// Writes a synthetic province as CSV files that <c>parklens import</c> reads as they are: zones, enterprises and yearly
/// indicators with the import templates' Chinese headers, and one project list (项目清单) per zone. Sub-parks, parcels
/// and buildings have no import yet: sub-parks go to their own file, and the enterprise file leaves the sub-park
/// column out so the files import into any database.
/// </summary>
public static class ProvinceCsv
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static async Task<ProvinceFiles> WriteAsync(ProvinceSpec spec, string directory, IProgress<double>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var zones = ProvinceGenerator.Zones(spec);
        var files = new ProvinceFiles(Path.Combine(directory, "zones.csv"), Path.Combine(directory, "enterprises.csv"),
            Path.Combine(directory, "indicators.csv"), Path.Combine(directory, "sub-parks.csv"), zones.Count, spec.Enterprises, 0, [], 0);
        await using (var writer = Open(files.Zones))
        {
            await writer.WriteLineAsync(Header(ImportColumns.Zones, "name", "short_name", "level", "kind", "province_code", "city_code", "approval_year", "approved_area_ha", "authority"));
            foreach (var z in zones)
            {
                await writer.WriteLineAsync(Line(z.Name, z.ShortName, z.Level, z.Kind, z.ProvinceCode, z.CityCode, Number(z.ApprovalYear), Number(z.ApprovedAreaHa), z.Authority));
            }
        }
        await using (var writer = Open(files.SubParks))
        {
            await writer.WriteLineAsync("开发区名称,园区名称");
            foreach (var z in zones.Where(z => z.SubParks.Count > 1))
            {
                foreach (var s in z.SubParks)
                {
                    await writer.WriteLineAsync(Line(z.Name, s));
                }
            }
        }
        var indicatorRows = 0;
        await using (var companies = Open(files.Enterprises))
        await using (var figures = Open(files.Indicators))
        {
            await companies.WriteLineAsync(Header(ImportColumns.Enterprises, "uscc", "name", "zone", "industry_code", "founded_on", "ownership", "listed", "main_products"));
            var keys = ImportColumns.Indicators.Select(c => c.Key).ToArray();
            await figures.WriteLineAsync(Header(ImportColumns.Indicators, keys));
            var done = 0;
            foreach (var e in ProvinceGenerator.Enterprises(spec, zones))
            {
                ct.ThrowIfCancellationRequested();
                await companies.WriteLineAsync(Line(e.Uscc, e.Name, zones[e.ZoneIndex].Name, e.IndustryCode,
                    e.FoundedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Ownership, e.Listed ? "是" : "否", e.MainProducts));
                foreach (var f in ProvinceGenerator.Figures(spec, e))
                {
                    await figures.WriteLineAsync(Line(f.Uscc, Number(f.Year), Number(f.Revenue), Number(f.GrossOutput), Number(f.ValueAdded), Number(f.Profit),
                        Number(f.Tax), Number(f.RdExpense), Number(f.Employees), Number(f.RdStaff), Number(f.EnergyTce), Number(f.LandMu), Number(f.Exports),
                        Number(f.InventionPatents), Number(f.HighTechRevenue)));
                    indicatorRows++;
                }
                if (++done % 10_000 == 0)
                {
                    progress?.Report((double)done / spec.Enterprises);
                }
            }
        }
        var (projects, projectRows) = await WriteProjectsAsync(spec, zones, Path.Combine(directory, "projects"));
        progress?.Report(1);
        return files with { IndicatorRows = indicatorRows, Projects = projects, ProjectRows = projectRows };
    }

    // The project list is imported per zone, so each zone gets its own file.
    private static async Task<(List<(string, string)> Files, int Rows)> WriteProjectsAsync(ProvinceSpec spec, IReadOnlyList<SyntheticZoneRow> zones, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<(string, string)>();
        var rows = 0;
        string[] header =
        [
            ProjectColumns.Name, ProjectColumns.Investor, ProjectColumns.Source, ProjectColumns.Total, ProjectColumns.FixedAssets, ProjectColumns.LandMu,
            ProjectColumns.FloorM2, ProjectColumns.Output, ProjectColumns.Tax, ProjectColumns.Jobs, ProjectColumns.Commissioner, ProjectColumns.Department,
            ProjectColumns.Priority, ProjectColumns.Route, ProjectColumns.Stage, ProjectColumns.StageDate, ProjectColumns.PlanSign, ProjectColumns.Note,
        ];
        foreach (var zone in zones)
        {
            var path = Path.Combine(directory, $"zone-{zone.Index + 1:D4}.csv");
            await using var writer = Open(path);
            await writer.WriteLineAsync(string.Join(",", header));
            foreach (var p in ProvinceGenerator.Projects(spec, zone))
            {
                await writer.WriteLineAsync(Line(p.Name, p.Investor, p.Source, Number(p.TotalInvestment), Number(p.FixedAssets), Number(p.LandMu), Number(p.FloorM2),
                    Number(p.ExpectedOutput), Number(p.ExpectedTax), Number(p.Jobs), p.Commissioner, p.Department, p.Priority, p.Route, p.Stage,
                    p.StageDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.PlannedSigning.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "合成数据"));
                rows++;
            }
            files.Add((zone.Name, path));
        }
        return (files, rows);
    }

    private static StreamWriter Open(string path) => new(path, false, Utf8, 1 << 16) { NewLine = "\n" };

    private static string Header(IReadOnlyList<ImportColumn> columns, params string[] keys) =>
        string.Join(",", keys.Select(k => columns.First(c => c.Key == k).Label));

    private static string Line(params string?[] cells) => string.Join(",", cells);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
