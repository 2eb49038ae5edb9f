using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Cli.ChainAtlas;

/// <summary>
/// `parklens chains bench`: builds a throwaway SQLite database with one synthetic zone of N enterprises (through the
/// ordinary import), maps it, then times the whole atlas (every chain's summary plus each chain in full) against a
/// reference in the same run: reading the same zone's enterprises and figures through the registry contract alone.
/// </summary>
internal static class ChainsBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var enterprises = new Option<int>("--enterprises") { Description = "synthetic enterprises in the zone", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "timed runs of each measurement (after one warm-up)", DefaultValueFactory = _ => 15 };
        var record = new Option<FileInfo?>("--record") { Description = "append the result table to this Markdown file (e.g. docs/benchmarks.md)" };
        var command = new Command("bench", "Time the chain atlas of one zone of N synthetic enterprises (SQLite, throwaway database)") { enterprises, runs, record };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(enterprises);
            var path = Path.Combine(Path.GetTempPath(), $"parklens-chains-bench-{Environment.ProcessId}.db");
            var settings = DatabaseSettings.Parse($"Data Source={path}");
            try
            {
                await DatabaseMigrator.MigrateAsync(settings, ct);
                // A new result cache for every handler: this bench times computing the atlas, not handing out a kept one (ADR 0011).
                await using var services = new ServiceCollection().AddParkCore(settings).AddTransient<ResultCache>()
                    .AddSingleton<ICurrentActor>(new FixedActor("cli:bench", DataScope.Everything)).BuildServiceProvider();
                var year = 2024;
                var setup = Stopwatch.StartNew();
                var zoneId = await BuildZoneAsync(services, n, year, error, ct);
                if (zoneId is null)
                {
                    return 1;
                }
                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(zoneId, null), ct);
                }
                await output.WriteLineAsync($"built and mapped a zone of {n} enterprises in {setup.Elapsed.TotalSeconds:0.0} s");

                var reference = await TimeAsync(parse.GetValue(runs), async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var dbs = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParkDbContext>>();
                    var directory = scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>();
                    await using var db = await dbs.CreateDbContextAsync(ct);
                    await directory.ZoneProfilesAsync(db, zoneId.Value, ct);
                    await directory.ZoneSizesAsync(db, zoneId.Value, year - 1, year, ct);
                });
                var atlas = await TimeAsync(parse.GetValue(runs), async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var handler = scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>();
                    foreach (var chain in BuiltInChains.All)
                    {
                        await handler.HandleAsync(new GetChainAtlasQuery(zoneId.Value, chain.Template.Key, year), ct);
                    }
                });
                var oneChain = await TimeAsync(parse.GetValue(runs), async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(zoneId.Value, "new-energy-battery", year), ct);
                });
                var table = new StringBuilder()
                    .AppendLine(CultureInfo.InvariantCulture, $"| measurement ({n:N0} enterprises, SQLite, {parse.GetValue(runs)} runs) | median ms | p95 ms | ratio to reference |")
                    .AppendLine("|---|---|---|---|")
                    .AppendLine(Row("reference: read the zone's enterprises and two years of figures (registry contract)", reference, reference))
                    .AppendLine(Row("chain atlas page: all 16 chains summarised + one chain in full", oneChain, reference))
                    .AppendLine(Row("whole atlas: the page above for each of the 16 chains in turn", atlas, reference))
                    .ToString();
                await output.WriteLineAsync(table);
                if (parse.GetValue(record) is { } file)
                {
                    var header = $"\n### Chain atlas, {DateTime.UtcNow:yyyy-MM-dd} — `parklens chains bench --enterprises {n} --runs {parse.GetValue(runs)}`\n\n" +
                        $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB.\n\n";
                    await File.AppendAllTextAsync(file.FullName, header + table, ct);
                }
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(path);
            }
        });
        return command;
    }

    private static string Row(string name, (double Median, double P95) t, (double Median, double P95) reference) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {t.Median:0.0} | {t.P95:0.0} | {t.Median / reference.Median:0.00}× |");

    private static async Task<(double Median, double P95)> TimeAsync(int runs, Func<Task> work)
    {
        await work();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    // Enterprises spread over every industry class the built-in chains name, with the class name as their product, and
    // log-normal revenues for two years: a zone as the registry import would hold it.
    private static async Task<int?> BuildZoneAsync(IServiceProvider services, int count, int year, TextWriter error, CancellationToken ct)
    {
        var random = new Random(42);
        var codes = BuiltInChains.All.SelectMany(c => c.Template.Leaves).SelectMany(l => l.IndustryCodes).Where(c => c.Length == 4).Distinct().Order(StringComparer.Ordinal).ToList();
        var zones = "开发区名称,简称,级别,类型,省级区划代码,地级区划代码,主管机构\n合成基准高新技术产业开发区,合成基准高新区,国家级,高新区,53,5304,合成基准省\n";
        var companies = new StringBuilder("统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,主营产品\n");
        var figures = new StringBuilder("统一社会信用代码,年度,营业收入(万元),工业总产值(万元)\n");
        for (var i = 0; i < count; i++)
        {
            var uscc = Uscc.Generate(random, "530400");
            var code = codes[random.Next(codes.Count)];
            var product = ReferenceCodes.IndustryName(code)!.Replace("制造", "", StringComparison.Ordinal);
            companies.Append(CultureInfo.InvariantCulture, $"{uscc},合成基准企业{i:D6}有限公司,合成基准高新区,{code},民营,{product}\n");
            var revenue = Math.Round(Math.Exp(8 + 1.5 * random.NextDouble()), 1);
            figures.Append(CultureInfo.InvariantCulture, $"{uscc},{year - 1},{revenue},{revenue}\n");
            figures.Append(CultureInfo.InvariantCulture, $"{uscc},{year},{Math.Round(revenue * (0.9 + random.NextDouble() * 0.4), 1)},{revenue}\n");
        }
        foreach (var (kind, text) in new[] { (ImportKind.Zones, zones), (ImportKind.Enterprises, companies.ToString()), (ImportKind.Indicators, figures.ToString()) })
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>()
                .HandleAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(text)), $"bench-{kind}.csv", null, ct);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"{kind}: {string.Join("; ", result.Errors.Take(3))}");
                return null;
            }
        }
        await using var last = services.CreateAsyncScope();
        await using var db = await last.ServiceProvider.GetRequiredService<IDbContextFactory<ParkDbContext>>().CreateDbContextAsync(ct);
        return (await last.ServiceProvider.GetRequiredService<IEnterpriseDirectory>().ZonesAsync(db, ct)).Single().Id;
    }
}
