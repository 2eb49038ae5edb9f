using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// Enterprise search through the list handler (count, ranking and the first page of 20 rows, as the list page and the
/// API run it) over the province on each engine, for a seeded set of queries of each kind drawn from real names: the
/// 2-character stem of a trade name (e.g. "鼎盛"), 4 characters of it, a 15-character USCC prefix and the first 6 pinyin
/// initials; once as the province's user and once as the largest zone's user (queries drawn from that zone).
/// </summary>
internal sealed class SearchBench : IBenchmark
{
    public const int QueriesPerKind = 20;

    public string Key => "search";

    public async Task<IReadOnlyList<BenchRow>> RunAsync(BenchContext context, CancellationToken ct)
    {
        var rows = new List<BenchRow>();
        var databases = new List<Func<Task<ProvinceDatabase>>> { () => ProvinceDatabases.SqliteAsync(context, ct) };
        if (context.Postgres is not null)
        {
            databases.Add(() => ProvinceDatabases.PostgresAsync(context, ct));
        }
        foreach (var load in databases)
        {
            var database = await load();
            foreach (var (who, scope, zone) in new[] { ("province user", DataScope.Everything, (int?)null), ($"zone user ({database.LargestZoneName})", DataScope.Zones([database.LargestZoneId]), database.LargestZoneId) })
            {
                await using var services = new ServiceCollection().AddParkCore(database.Settings)
                    .AddSingleton<ICurrentActor>(new FixedActor("bench", scope)).BuildServiceProvider();
                foreach (var (kind, queries) in Queries(context.Spec, zone is null ? null : database.LargestZoneName))
                {
                    var hits = new List<int>();
                    var timing = await MeasureAsync(context.Runs, queries, async q =>
                    {
                        await using var call = services.CreateAsyncScope();
                        var page = await call.ServiceProvider.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { Q = q }, ct);
                        hits.Add(page.Total);
                    });
                    hits.Sort();
                    rows.Add(await Logged(context, new BenchRow($"search, {kind}, {who}", database.Engine, timing, null, null, "p95 < 50 ms", timing.P95Ms < 50,
                        $"{queries.Count} queries × {context.Runs} runs; hits median {hits[hits.Count / 2]:N0}, max {hits[^1]:N0}", BenchRow.PeakWorkingSet())));
                }
            }
        }
        return rows;
    }

    /// <summary>Prints the row as soon as it is measured, so a later failure does not lose it.</summary>
    internal static async Task<BenchRow> Logged(BenchContext context, BenchRow row)
    {
        await context.Log.WriteLineAsync(BenchCommand.Table(context.Spec, context.Runs, [row]).Split('\n')[2]);
        return row;
    }

    /// <summary>One warm-up of each query, then every query <paramref name="runs"/> times, each call timed.</summary>
    internal static async Task<Timing> MeasureAsync(int runs, IReadOnlyList<string> queries, Func<string, Task> work)
    {
        foreach (var q in queries)
        {
            await work(q);
        }
        var times = new List<double>(runs * queries.Count);
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                var watch = Stopwatch.StartNew();
                await work(q);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return Timing.Of(times);
    }

    /// <summary>
    /// The seeded queries of each kind, from enterprises of the whole province or of one zone. A synthetic name is
    /// 合成 + 2 characters of the city + a 2-character stem + a 2-character brand + industry word + suffix.
    /// </summary>
    internal static IReadOnlyList<(string Kind, IReadOnlyList<string> Queries)> Queries(ProvinceSpec spec, string? zoneShortName)
    {
        var zones = ProvinceGenerator.Zones(spec);
        var pool = zoneShortName is null
            ? zones
            : zones.Where(z => z.ShortName == zoneShortName).ToList();
        var random = new Random(spec.Seed + (zoneShortName is null ? 0 : 1));
        var picked = new List<SyntheticEnterpriseRow>();
        var total = pool.Sum(z => z.EnterpriseCount);
        var first = pool.Select(z => zones.Take(z.Index).Sum(x => x.EnterpriseCount)).ToList();
        for (var i = 0; i < QueriesPerKind; i++)
        {
            var n = random.Next(total);
            var zone = 0;
            while (n >= pool[zone].EnterpriseCount)
            {
                n -= pool[zone].EnterpriseCount;
                zone++;
            }
            picked.Add(ProvinceGenerator.Enterprise(spec, pool[zone], first[zone] + n));
        }
        return
        [
            ("2-char name fragment", picked.Select((e, i) => i % 2 == 0 ? e.Name.Substring(4, 2) : e.Name.Substring(6, 2)).ToList()),
            ("4-char name fragment", picked.Select((e, i) => i % 2 == 0 ? e.Name.Substring(4, 4) : e.Name.Substring(6, 4)).ToList()),
            ("USCC prefix (15)", picked.Select(e => e.Uscc[..15]).ToList()),
            ("pinyin initials (6)", picked.Select(e => PinyinInitials.Of(e.Name)[..6]).ToList()),
        ];
    }
}
