using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.GetZoneDashboard;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// The zone dashboard (counts, breakdowns, five years of totals, year-on-year and 亩均 figures) and the chain atlas page
/// (every chain summarised plus one in full) of the province's largest zone, as that zone's user, on each engine. The
/// zone's enterprises are mapped onto the chains first (setup, not timed).
/// </summary>
internal sealed class DashboardBench : IBenchmark
{
    public string Key => "dashboard";

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
            await using var services = new ServiceCollection().AddParkCore(database.Settings)
                .AddSingleton<ICurrentActor>(new FixedActor("bench", DataScope.Zones([database.LargestZoneId]))).BuildServiceProvider();
            var zone = $"{database.LargestZoneName}, {database.LargestZoneEnterprises:N0} enterprises";
            var dashboard = await Timing.MeasureAsync(context.Runs * 4, async () =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(database.LargestZoneId, null, ct);
            });
            rows.Add(await SearchBench.Logged(context, new BenchRow($"zone dashboard of the largest zone ({zone})", database.Engine, dashboard, null, null, "p95 < 150 ms", dashboard.P95Ms < 150,
                "zone user; GetZoneDashboard", BenchRow.PeakWorkingSet())));

            var watch = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(database.LargestZoneId, null), ct);
            }
            await context.Log.WriteLineAsync($"  mapped {zone} onto the chains in {watch.Elapsed.TotalSeconds:0} s ({database.Engine})");
            var year = context.Spec.LastYear;
            var atlas = await Timing.MeasureAsync(context.Runs * 2, async () =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(database.LargestZoneId, "new-energy-battery", year), ct);
            });
            rows.Add(await SearchBench.Logged(context, new BenchRow($"chain atlas page of the largest zone ({zone})", database.Engine, atlas, null, null, "p95 < 150 ms", atlas.P95Ms < 150,
                "zone user; all chains summarised + new-energy-battery in full", BenchRow.PeakWorkingSet())));
        }
        return rows;
    }
}
