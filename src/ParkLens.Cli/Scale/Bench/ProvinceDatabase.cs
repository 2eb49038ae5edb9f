using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.Reference;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>A migrated database holding the synthetic province, for the read benchmarks (search, dashboard, http).</summary>
internal sealed record ProvinceDatabase(string Engine, DatabaseSettings Settings, int LargestZoneId, string LargestZoneName, int LargestZoneEnterprises);

/// <summary>
/// Bench setup, not product: loads the province's zones through the ordinary importer, then its enterprises and yearly
/// figures straight into the tables (SQLite: one transaction of prepared inserts; PostgreSQL: binary COPY), so that a
/// million enterprises load in about a minute. Ids are the database's own; the search triggers and indexes are
/// maintained as they would be by any insert. One database per engine and bench run, shared by the benchmarks.
/// </summary>
internal static class ProvinceDatabases
{
    private static readonly ConcurrentDictionary<string, Task<ProvinceDatabase>> Databases = new();

    public static Task<ProvinceDatabase> SqliteAsync(BenchContext context, CancellationToken ct) =>
        Databases.GetOrAdd("sqlite:" + context.WorkDirectory, _ => LoadSqliteAsync(context, ct));

    public static Task<ProvinceDatabase> PostgresAsync(BenchContext context, CancellationToken ct) =>
        Databases.GetOrAdd("pg:" + context.Postgres, _ => LoadPostgresAsync(context, ct));

    private static async Task<ProvinceDatabase> LoadSqliteAsync(BenchContext context, CancellationToken ct)
    {
        var path = Path.Combine(context.WorkDirectory, "province.db");
        var settings = DatabaseSettings.Parse($"Data Source={path}");
        // A --work directory keeps the loaded database for the next run of the same spec.
        var marker = path + ".spec";
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, ct) == context.Spec.ToString())
        {
            await context.Log.WriteLineAsync($"  reusing {path}");
            // A build with newer migrations than the kept database brings it up to date first.
            await DatabaseMigrator.MigrateAsync(settings, ct);
            return Largest("SQLite", settings, await ZoneIdsAsync(context, settings, ct));
        }
        foreach (var f in new[] { path, path + "-wal", path + "-shm", marker })
        {
            File.Delete(f);
        }
        var watch = Stopwatch.StartNew();
        var zones = await MigrateAndImportZonesAsync(context, settings, ct);
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;", ct);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO "Registry_Enterprises" ("Id", "ZoneId", "SubParkId", "Uscc", "UsccIsPlaceholder", "Name", "NameInitials", "IndustryCode",
                    "IndustrySection", "FoundedOn", "Ownership", "IsListed", "Certifications", "Tags", "IsSynthetic", "Provenance_Source",
                    "Provenance_SourceRef", "Provenance_UpdatedAtUtc", "Provenance_UpdatedBy", "BusinessScope", "MainProducts")
                VALUES ($12, $1, NULL, $2, 0, $3, $4, $5, $6, $7, $8, $9, 0, '', 1, 'Synthetic', NULL, $10, 'bench', '', $11)
                """;
            // Zone-owned tables are keyed (ZoneId, Id) and SQLite generates no Id for such a key: the ids are given here,
            // from 1 in generator order, and the id sequences are set past them at the end.
            var p = Enumerable.Range(1, 12).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
            var nextId = 0;
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            await insert.PrepareAsync(ct);
            foreach (var e in Enterprises(context.Spec, zones))
            {
                p[0].Value = e.ZoneId;
                p[1].Value = e.Row.Uscc;
                p[2].Value = e.Row.Name;
                p[3].Value = PinyinInitials.Of(e.Row.Name);
                p[4].Value = e.Row.IndustryCode;
                p[5].Value = e.Section;
                p[6].Value = e.Row.FoundedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                p[7].Value = e.Ownership.ToString();
                p[8].Value = e.Row.Listed ? 1 : 0;
                p[9].Value = now;
                p[10].Value = e.Row.MainProducts;
                p[11].Value = ++nextId;
                await insert.ExecuteNonQueryAsync(ct);
            }
            var ids = await IdsAsync(connection, transaction, ct);
            insert.Parameters.Clear();
            insert.CommandText = """
                INSERT INTO "Registry_EnterpriseIndicators" ("Id", "ZoneId", "EnterpriseId", "Year", "Revenue", "GrossOutput", "ValueAdded", "Profit", "Tax",
                    "RdExpense", "Employees", "RdStaff", "EnergyTce", "LandMu", "Exports", "InventionPatents", "HighTechRevenue",
                    "Provenance_Source", "Provenance_SourceRef", "Provenance_UpdatedAtUtc", "Provenance_UpdatedBy")
                VALUES ($18, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'Synthetic', NULL, $17, 'bench')
                """;
            p = Enumerable.Range(1, 18).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
            nextId = 0;
            await insert.PrepareAsync(ct);
            foreach (var e in Enterprises(context.Spec, zones))
            {
                foreach (var f in ProvinceGenerator.Figures(context.Spec, e.Row))
                {
                    object?[] values = [e.ZoneId, ids[e.Row.Index], f.Year, f.Revenue, f.GrossOutput, f.ValueAdded, f.Profit, f.Tax, f.RdExpense, f.Employees, f.RdStaff,
                        f.EnergyTce, f.LandMu, f.Exports, f.InventionPatents, f.HighTechRevenue, now, ++nextId];
                    for (var i = 0; i < values.Length; i++)
                    {
                        // The context stores decimals as text on SQLite (EF's convention); the same here.
                        p[i].Value = values[i] switch
                        {
                            null => DBNull.Value,
                            decimal d => d.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture),
                            var v => v,
                        };
                    }
                    await insert.ExecuteNonQueryAsync(ct);
                }
            }
            insert.Parameters.Clear();
            insert.CommandText = """
                INSERT INTO "Data_IdSequences" ("Table", "Next")
                SELECT 'Registry_Enterprises', MAX("Id") FROM "Registry_Enterprises" WHERE true
                UNION ALL SELECT 'Registry_EnterpriseIndicators', MAX("Id") FROM "Registry_EnterpriseIndicators" WHERE true
                ON CONFLICT ("Table") DO UPDATE SET "Next" = MAX("Next", excluded."Next")
                """;
            await insert.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await ExecuteAsync(connection, "ANALYZE; PRAGMA synchronous=NORMAL;", ct);
        await File.WriteAllTextAsync(marker, context.Spec.ToString(), ct);
        await context.Log.WriteLineAsync($"  SQLite province database loaded in {watch.Elapsed.TotalSeconds:0} s ({new FileInfo(path).Length / (1024 * 1024):N0} MiB)");
        return Largest("SQLite", settings, zones);
    }

    private static async Task<ProvinceDatabase> LoadPostgresAsync(BenchContext context, CancellationToken ct)
    {
        const string name = "parklens_bench_province";
        var server = new NpgsqlConnectionStringBuilder(context.Postgres) { Database = "postgres" }.ConnectionString;
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(ct);
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", ct);
            await ExecuteAsync(admin, $"CREATE DATABASE {name}", ct);
        }
        // COPY into tables with GIN indexes outlasts the default 30 s command timeout.
        var settings = DatabaseSettings.Parse(new NpgsqlConnectionStringBuilder(context.Postgres) { Database = name, CommandTimeout = 0 }.ConnectionString);
        var watch = Stopwatch.StartNew();
        var zones = await MigrateAndImportZonesAsync(context, settings, ct);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(ct);
        var now = DateTime.UtcNow;
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Registry_Enterprises" ("ZoneId", "Uscc", "UsccIsPlaceholder", "Name", "NameInitials", "IndustryCode", "IndustrySection", "FoundedOn",
                "Ownership", "IsListed", "Certifications", "Tags", "IsSynthetic", "Provenance_Source", "Provenance_UpdatedAtUtc", "Provenance_UpdatedBy",
                "BusinessScope", "MainProducts") FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var e in Enterprises(context.Spec, zones))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(e.ZoneId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(e.Row.Uscc, NpgsqlDbType.Char, ct);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await copy.WriteAsync(e.Row.Name, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(PinyinInitials.Of(e.Row.Name), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(e.Row.IndustryCode, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(e.Section, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(e.Row.FoundedOn, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(e.Ownership.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(e.Row.Listed, NpgsqlDbType.Boolean, ct);
                await copy.WriteAsync(0, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync("", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean, ct);
                await copy.WriteAsync("Synthetic", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("", NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Row.MainProducts, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        var ids = await IdsAsync(connection, null, ct);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Registry_EnterpriseIndicators" ("ZoneId", "EnterpriseId", "Year", "Revenue", "GrossOutput", "ValueAdded", "Profit", "Tax",
                "RdExpense", "Employees", "RdStaff", "EnergyTce", "LandMu", "Exports", "InventionPatents", "HighTechRevenue",
                "Provenance_Source", "Provenance_UpdatedAtUtc", "Provenance_UpdatedBy") FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var e in Enterprises(context.Spec, zones))
            {
                foreach (var f in ProvinceGenerator.Figures(context.Spec, e.Row))
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(e.ZoneId, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(ids[e.Row.Index], NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(f.Year, NpgsqlDbType.Integer, ct);
                    foreach (var value in new object?[] { f.Revenue, f.GrossOutput, f.ValueAdded, f.Profit, f.Tax, f.RdExpense, f.Employees, f.RdStaff,
                        f.EnergyTce, f.LandMu, f.Exports, f.InventionPatents, f.HighTechRevenue })
                    {
                        switch (value)
                        {
                            case null:
                                await copy.WriteNullAsync(ct);
                                break;
                            case decimal d:
                                await copy.WriteAsync(d, NpgsqlDbType.Numeric, ct);
                                break;
                            case int i:
                                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct);
                                break;
                        }
                    }
                    await copy.WriteAsync("Synthetic", NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                    await copy.WriteAsync("bench", NpgsqlDbType.Varchar, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        await ExecuteAsync(connection, "VACUUM ANALYZE", ct);
        await context.Log.WriteLineAsync($"  PostgreSQL province database loaded in {watch.Elapsed.TotalSeconds:0} s");
        return Largest("PostgreSQL", settings, zones);
    }

    private sealed record Zones(IReadOnlyList<SyntheticZoneRow> Rows, int[] Ids);

    private static async Task<Zones> MigrateAndImportZonesAsync(BenchContext context, DatabaseSettings settings, CancellationToken ct)
    {
        await DatabaseMigrator.MigrateAsync(settings, ct);
        var files = await context.FilesAsync(ct);
        await using (var services = new ServiceCollection().AddParkCore(settings)
            .AddSingleton<ICurrentActor>(new FixedActor("cli:bench", DataScope.Everything)).BuildServiceProvider())
        {
            await using var scope = services.CreateAsyncScope();
            await using var stream = File.OpenRead(files.Zones);
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Zones, stream, "zones.csv", null, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("zones import failed: " + string.Join("; ", result.Errors.Take(5)));
            }
        }
        return await ZoneIdsAsync(context, settings, ct);
    }

    private static async Task<Zones> ZoneIdsAsync(BenchContext context, DatabaseSettings settings, CancellationToken ct)
    {
        var rows = ProvinceGenerator.Zones(context.Spec);
        await using var connection = Open(settings);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Name" FROM "Registry_Zones" """;
        var byName = new Dictionary<string, int>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                byName[reader.GetString(1)] = reader.GetInt32(0);
            }
        }
        return new Zones(rows, rows.Select(z => byName[z.Name]).ToArray());
    }

    private static DbConnection Open(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(settings.ConnectionString)
        : new SqliteConnection(settings.ConnectionString);

    private sealed record Loaded(SyntheticEnterpriseRow Row, int ZoneId, string Section, Ownership Ownership);

    private static IEnumerable<Loaded> Enterprises(ProvinceSpec spec, Zones zones)
    {
        var industries = IndustryCatalog.Instance;
        var ownerships = RegistryTerms.Ownerships.ToDictionary(o => o.Value, o => o.Key);
        foreach (var e in ProvinceGenerator.Enterprises(spec, zones.Rows))
        {
            yield return new Loaded(e, zones.Ids[e.ZoneIndex], industries.Find(e.IndustryCode)!.Section, ownerships[e.Ownership]);
        }
    }

    // Inserted in generator order into an empty table, so the ids in ascending order are the enterprises in index order.
    private static async Task<int[]> IdsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Id" FROM "Registry_Enterprises" ORDER BY "Id" """;
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt32(0));
        }
        return [.. ids];
    }

    private static ProvinceDatabase Largest(string engine, DatabaseSettings settings, Zones zones)
    {
        var largest = zones.Rows.MaxBy(z => z.EnterpriseCount)!;
        return new ProvinceDatabase(engine, settings, zones.Ids[largest.Index], largest.ShortName, largest.EnterpriseCount);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
