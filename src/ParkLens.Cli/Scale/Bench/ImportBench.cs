using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// Import of 1,000,000 yearly-indicator rows from one CSV file through <see cref="ImportRegistryFileHandler"/> (the
/// ordinary import: every row validated, USCC resolved to its enterprise, all-or-nothing, one transaction), on SQLite
/// and on PostgreSQL, each against the engine's own loader of the same file in the same run:
/// <list type="bullet">
/// <item>SQLite: the <c>sqlite3</c> shell's <c>.import --csv --skip 1</c> into a plain table of the file's columns;</item>
/// <item>PostgreSQL: <c>psql \copy … FROM … WITH (FORMAT csv, HEADER)</c> into such a table.</item>
/// </list>
/// The reference is the physical floor of getting those bytes into the engine: one table without keys, indexes or
/// foreign keys, typed as ParkLens types the same columns, in the same database. It parses the CSV and converts the
/// text to the column types, and that is all: it checks no USCC or range, resolves no USCC to an enterprise, finds no
/// duplicate and no existing row, and keeps no provenance. ParkLens does all of that and writes into the real table
/// with its primary key, unique (enterprise, year) index, zone index and foreign keys, so the ratio is the price of a
/// validated, referentially checked import over a raw load.
/// Setup (untimed): a fresh database per engine, migrated, with the province's zones and enterprises imported; before
/// each timed run the indicator rows (and the reference table) are removed, so every run creates the same rows.
/// </summary>
internal sealed class ImportBench : IBenchmark
{
    private const int Rows = 1_000_000;
    private const string ReferenceTable = "bench_reference_indicators";
    private const string Target = "≤ 2.0× sqlite3 .import / ≤ 1.5× psql \\copy";

    public string Key => "import";

    public async Task<IReadOnlyList<BenchRow>> RunAsync(BenchContext context, CancellationToken ct)
    {
        var files = await context.FilesAsync(ct);
        var directory = Path.Combine(context.WorkDirectory, "import");
        Directory.CreateDirectory(directory);
        var csv = Path.Combine(directory, "indicators.csv");
        var rows = await CopyFirstRowsAsync(files.Indicators, csv, Rows, ct);
        var what = $"import {rows:N0} yearly-indicator rows from CSV, validated";
        await context.Log.WriteLineAsync($"  {rows:N0} rows in {csv} ({new FileInfo(csv).Length / (1024 * 1024)} MiB)");
        var result = new List<BenchRow>
        {
            await RunSqliteAsync(context, files, csv, rows, what, Path.Combine(directory, "bench.db"), ct),
        };
        if (context.Postgres is null)
        {
            result.Add(new BenchRow(what, "PostgreSQL", default, "psql \\copy", null, Target, null, "skipped: no PostgreSQL server (--postgres or PARKLENS_BENCH_PG)", BenchRow.PeakWorkingSet()));
        }
        else
        {
            result.Add(await RunPostgresAsync(context, files, csv, rows, what, context.Postgres, ct));
        }
        return result;
    }

    private static async Task<BenchRow> RunSqliteAsync(BenchContext context, Core.Scale.Synthetic.ProvinceFiles files, string csv, int rows, string what, string path, CancellationToken ct)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
        var settings = DatabaseSettings.Parse(path);
        var ours = await MeasureOursAsync(context, settings, files, csv, rows, ct);
        await using var db = ParkDbContextFactory.Create(settings, Actor);
        var columns = ReferenceColumns(db.Model);
        var reference = await MeasureAsync(context, "sqlite3 .import", async () =>
        {
            await ExecuteAsync(db, $"DROP TABLE IF EXISTS {ReferenceTable}", ct);
            await ExecuteAsync(db, $"CREATE TABLE {ReferenceTable} ({columns})", ct);
            await ExecuteAsync(db, "PRAGMA wal_checkpoint(TRUNCATE)", ct);
            await db.Database.CloseConnectionAsync();
            SqliteConnection.ClearAllPools();
        }, () => RunProcessAsync("sqlite3", [path, $".import --csv --skip 1 '{csv}' {ReferenceTable}"], null, ct),
            async () => await CountAsync(db, ReferenceTable, ct), rows);
        var met = ours.MedianMs <= 2.0 * reference.MedianMs;
        return new BenchRow(what, "SQLite", ours, "sqlite3 .import (same file, plain table, same database)", reference, "≤ 2.0× sqlite3 .import", met,
            "reference: CSV parse + type conversion into a table without keys or indexes; no validation, no USCC lookup", BenchRow.PeakWorkingSet());
    }

    private static async Task<BenchRow> RunPostgresAsync(BenchContext context, Core.Scale.Synthetic.ProvinceFiles files, string csv, int rows, string what, string server, CancellationToken ct)
    {
        var name = $"parklens_bench_import_{Environment.ProcessId}";
        var admin = new NpgsqlConnectionStringBuilder(server);
        // Both sides talk to the server the same way: through its Unix socket when bench.sh gives one.
        if (Environment.GetEnvironmentVariable("PARKLENS_BENCH_PG_SOCKET") is { Length: > 0 } socket)
        {
            admin.Host = socket;
        }
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        var target = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
        try
        {
            var settings = DatabaseSettings.Parse(target.ConnectionString);
            var ours = await MeasureOursAsync(context, settings, files, csv, rows, ct);
            await using var db = ParkDbContextFactory.Create(settings, Actor);
            var columns = ReferenceColumns(db.Model);
            string[] psql = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", target.Username ?? "postgres", "-d", name, "-c", $"\\copy {ReferenceTable} FROM '{csv}' WITH (FORMAT csv, HEADER)"];
            var reference = await MeasureAsync(context, "psql \\copy", async () =>
            {
                await ExecuteAsync(db, $"DROP TABLE IF EXISTS {ReferenceTable}; CREATE TABLE {ReferenceTable} ({columns})", ct);
                await ExecuteAsync(db, "CHECKPOINT", ct);
            }, () => RunProcessAsync("psql", psql, target.Password, ct), async () => await CountAsync(db, ReferenceTable, ct), rows);
            var met = ours.MedianMs <= 1.5 * reference.MedianMs;
            return new BenchRow(what, "PostgreSQL", ours, "psql \\copy (same file, plain table, same database)", reference, "≤ 1.5× psql \\copy", met,
                "reference: CSV parse + type conversion into a table without keys or indexes; no validation, no USCC lookup", BenchRow.PeakWorkingSet());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static readonly FixedActor Actor = new("bench", DataScope.Everything);

    // Migrates, imports the province's zones and enterprises (untimed), then times the indicator file's import.
    private static async Task<Timing> MeasureOursAsync(BenchContext context, DatabaseSettings settings, Core.Scale.Synthetic.ProvinceFiles files, string csv, int rows, CancellationToken ct)
    {
        await DatabaseMigrator.MigrateAsync(settings, ct);
        var handler = new ImportRegistryFileHandler(new ParkDbContextFactory(settings, Actor), Actor, TimeProvider.System);
        foreach (var (kind, path) in new[] { (ImportKind.Zones, files.Zones), (ImportKind.Enterprises, files.Enterprises) })
        {
            var watch = Stopwatch.StartNew();
            var setup = await ImportAsync(handler, kind, path, ct);
            await context.Log.WriteLineAsync($"  {settings.Provider}: setup imported {setup.Created:N0} {kind.ToString().ToLowerInvariant()} in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        await using var db = ParkDbContextFactory.Create(settings, Actor);
        var table = Delimited(IndicatorEntity(db.Model).GetTableName()!);
        return await MeasureAsync(context, "ParkLens import", async () =>
        {
            // Untimed: the rows of the previous run go, and nothing of that is left for the timed run to write out.
            await ExecuteAsync(db, db.Database.IsNpgsql() ? $"TRUNCATE {table}" : $"DELETE FROM {table}", ct);
            await ExecuteAsync(db, db.Database.IsNpgsql() ? "CHECKPOINT" : "PRAGMA wal_checkpoint(TRUNCATE)", ct);
            await db.Database.CloseConnectionAsync();
        }, async () =>
        {
            var result = await ImportAsync(handler, ImportKind.Indicators, csv, ct);
            if (result.Created != rows)
            {
                throw new InvalidOperationException($"expected {rows} new rows, the import created {result.Created}");
            }
        }, async () => await CountAsync(db, table, ct), rows, inProcess: true);
    }

    private static async Task<ImportResult> ImportAsync(ImportRegistryFileHandler handler, ImportKind kind, string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var result = await handler.HandleAsync(kind, stream, Path.GetFileName(path), null, ct);
        return result.Succeeded ? result : throw new InvalidOperationException($"{kind} import failed: {string.Join("; ", result.Errors.Take(5))}");
    }

    /// <summary>Each run: reset (untimed), the timed work, then a check (untimed) that it wrote every row.</summary>
    private static async Task<Timing> MeasureAsync(BenchContext context, string name, Func<Task> reset, Func<Task> work, Func<Task<long>> count, int rows, bool inProcess = false)
    {
        var times = new List<double>(context.Runs);
        for (var i = 0; i < context.Runs; i++)
        {
            await reset();
            // On a shared machine the wall time depends on what else runs; this process's CPU time does not.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var written = await count();
            if (written != rows)
            {
                throw new InvalidOperationException($"{name} wrote {written} rows, expected {rows}");
            }
            await context.Log.WriteLineAsync($"  {name}: {watch.Elapsed.TotalSeconds:0.00} s" + (inProcess ? $", {cpu.TotalSeconds:0.00} s CPU of this process" : ""));
        }
        return Timing.Of(times);
    }

    private static async Task RunProcessAsync(string file, string[] arguments, string? password, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (password is not null)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    // Table and column names here come from the EF model and constants, never from input.
    private static Task<int> ExecuteAsync(DbContext db, string sql, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(sql, ct);

    private static async Task<long> CountAsync(ParkDbContext db, string table, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IEntityType IndicatorEntity(IModel model) => model.GetEntityTypes().Single(t => t.ClrType.Name == "EnterpriseIndicator");

    private static string Delimited(string name) => $"\"{name}\"";

    /// <summary>The file's columns in the file's order, typed as the real tables type them (USCC as the enterprise's, the rest as the indicator's).</summary>
    private static string ReferenceColumns(IModel model)
    {
        var indicator = IndicatorEntity(model);
        var uscc = model.GetEntityTypes().Single(t => t.ClrType.Name == "Enterprise").FindProperty("Uscc")!;
        return string.Join(", ", ImportColumns.Indicators.Select(c =>
        {
            var property = c.Key == "uscc" ? uscc : indicator.FindProperty(Pascal(c.Key)) ?? throw new InvalidOperationException($"no property for {c.Key}");
            return $"{c.Key} {property.GetColumnType()}";
        }));
    }

    private static string Pascal(string key) => string.Concat(key.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    // The first rows of the province's indicator file, byte for byte, so both sides read the identical file.
    private static async Task<int> CopyFirstRowsAsync(string source, string target, int rows, CancellationToken ct)
    {
        using var reader = new StreamReader(source, new UTF8Encoding(false));
        await using var writer = new StreamWriter(target, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var header = await reader.ReadLineAsync(ct) ?? throw new InvalidOperationException("the indicator file is empty");
        await writer.WriteLineAsync(header);
        var written = 0;
        while (written < rows && await reader.ReadLineAsync(ct) is { } line)
        {
            await writer.WriteLineAsync(line);
            written++;
        }
        return written;
    }
}
