using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParkLens.Core;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// The zone dashboard (counts, breakdowns, five years of totals, year-on-year and 亩均 figures) and the chain atlas page
/// (every chain summarised plus one in full) of the province's largest zone, as that zone's user, on each engine. The
/// zone's enterprises are mapped onto the chains first (setup, not timed). Each page is timed twice: as the first call
/// after a write to the zone (an untimed one-row indicator import before each timed call, so the page is computed from
/// the database), and as a repeated call with no write in between (served from memory once the zone's data version is
/// read).
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
            var write = await WriterAsync(services, database, context.Spec.LastYear, ct);

            async Task Dashboard()
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(database.LargestZoneId, null, ct);
            }
            var dashboardCold = await AfterWriteAsync(context.Runs, write, Dashboard);
            rows.Add(await SearchBench.Logged(context, new BenchRow($"zone dashboard of the largest zone ({zone}), first call after a write", database.Engine,
                dashboardCold, null, null, "reported", null, "zone user; GetZoneDashboard computed from the database (one-row indicator import before each call, untimed)",
                BenchRow.PeakWorkingSet())));
            var dashboard = await Timing.MeasureAsync(context.Runs * 20, Dashboard);
            rows.Add(await SearchBench.Logged(context, new BenchRow($"zone dashboard of the largest zone ({zone}), repeated call", database.Engine, dashboard,
                null, null, "p95 < 150 ms", dashboard.P95Ms < 150, "zone user; GetZoneDashboard, no write in between: version read + result kept in memory",
                BenchRow.PeakWorkingSet())));

            var watch = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(database.LargestZoneId, null), ct);
            }
            await context.Log.WriteLineAsync($"  mapped {zone} onto the chains in {watch.Elapsed.TotalSeconds:0} s ({database.Engine})");
            var year = context.Spec.LastYear;
            async Task Atlas()
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(database.LargestZoneId, "new-energy-battery", year), ct);
            }
            var atlasCold = await AfterWriteAsync(context.Runs, write, Atlas);
            rows.Add(await SearchBench.Logged(context, new BenchRow($"chain atlas page of the largest zone ({zone}), first call after a write", database.Engine,
                atlasCold, null, null, "reported", null, "zone user; all chains summarised + new-energy-battery in full, computed from the database",
                BenchRow.PeakWorkingSet())));
            var atlas = await Timing.MeasureAsync(context.Runs * 20, Atlas);
            rows.Add(await SearchBench.Logged(context, new BenchRow($"chain atlas page of the largest zone ({zone}), repeated call", database.Engine, atlas,
                null, null, "p95 < 150 ms", atlas.P95Ms < 150, "zone user; all chains summarised + new-energy-battery in full, no write in between",
                BenchRow.PeakWorkingSet())));
        }
        return rows;
    }

    /// <summary>One warm-up call, then <paramref name="runs"/> times: a write to the zone (untimed), then the timed call.</summary>
    private static async Task<Timing> AfterWriteAsync(int runs, Func<int, Task> write, Func<Task> call)
    {
        await call();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            await write(i);
            var watch = Stopwatch.StartNew();
            await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Timing.Of(times);
    }

    // A one-row indicator import for an enterprise of the zone, as its staff would do it; each run a different revenue, so
    // the row is really updated (and the zone's data version raised) every time.
    private static async Task<Func<int, Task>> WriterAsync(ServiceProvider services, ProvinceDatabase database, int year, CancellationToken ct)
    {
        var uscc = await FirstUsccAsync(database, ct);
        return async run =>
        {
            var csv = $"统一社会信用代码,年度,营业收入(万元)\n{uscc},{year},{(1000 + run).ToString(CultureInfo.InvariantCulture)}\n";
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>()
                .HandleAsync(ImportKind.Indicators, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "bench-write.csv", null, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("bench write failed: " + string.Join("; ", result.Errors.Take(3)));
            }
        };
    }

    private static async Task<string> FirstUsccAsync(ProvinceDatabase database, CancellationToken ct)
    {
        await using DbConnection connection = database.Settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.Settings.ConnectionString)
            : new SqliteConnection(database.Settings.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT \"Uscc\" FROM \"Registry_Enterprises\" WHERE \"ZoneId\" = {database.LargestZoneId} ORDER BY \"Id\" LIMIT 1");
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
