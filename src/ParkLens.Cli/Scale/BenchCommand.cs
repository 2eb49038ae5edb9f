using System.CommandLine;
using System.Globalization;
using System.Text;
using ParkLens.Cli.Scale.Bench;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale;

/// <summary>
/// `parklens bench`: generates a synthetic province once, runs each benchmark against its reference in the same run,
/// prints one table (median of several runs, ratio to the reference, peak memory) and with --record appends it, with
/// the machine and the command, to docs/benchmarks.md.
/// </summary>
internal static class BenchCommand
{
    // Each benchmark in the order the table prints them; --only picks by key.
    private static IReadOnlyList<IBenchmark> All() =>
    [
        new LandEvaluationBench(),
        new ImportBench(),
        new SearchBench(),
        new DashboardBench(),
        new HttpBench(),
    ];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var zones = new Option<int>("--zones") { Description = "zones in the synthetic province", DefaultValueFactory = _ => 100 };
        var enterprises = new Option<int>("--enterprises") { Description = "enterprises in all", DefaultValueFactory = _ => 1_000_000 };
        var years = new Option<int>("--years") { Description = "years of figures", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var runs = new Option<int>("--runs") { Description = "timed runs per measurement, after one warm-up", DefaultValueFactory = _ => 5 };
        var only = new Option<string[]>("--only") { Description = "run only these benchmarks: " + string.Join(", ", All().Select(b => b.Key)), AllowMultipleArgumentsPerToken = true };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string (a server the bench may create databases on); default $PARKLENS_BENCH_PG; without it the PostgreSQL rows are skipped" };
        var work = new Option<DirectoryInfo?>("--work") { Description = "working directory for generated files and throwaway databases (default: a temp folder, deleted after)" };
        var record = new Option<FileInfo?>("--record") { Description = "append the table to this Markdown file (docs/benchmarks.md)" };
        var command = new Command("bench", "Run the scale benchmarks against their references and print one table")
        {
            zones, enterprises, years, seed, runs, only, postgres, work, record,
        };
        command.SetAction(async (parse, ct) =>
        {
            var spec = new ProvinceSpec(parse.GetValue(zones), parse.GetValue(enterprises), parse.GetValue(years), parse.GetValue(seed), 2024);
            var problems = spec.Problems().ToList();
            var selected = parse.GetValue(only) is { Length: > 0 } keys
                ? All().Where(b => keys.Contains(b.Key, StringComparer.OrdinalIgnoreCase)).ToList()
                : All().ToList();
            if (parse.GetValue(only) is { Length: > 0 } named && named.Except(All().Select(b => b.Key), StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } unknown)
            {
                problems.Add($"unknown benchmark(s): {string.Join(", ", unknown)}; known: {string.Join(", ", All().Select(b => b.Key))}");
            }
            if (problems.Count > 0)
            {
                foreach (var p in problems)
                {
                    await error.WriteLineAsync(p);
                }
                return 2;
            }
            var ownWork = parse.GetValue(work) is null;
            var directory = parse.GetValue(work)?.FullName ?? Path.Combine(Path.GetTempPath(), $"parklens-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(directory);
            var pg = parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("PARKLENS_BENCH_PG");
            var context = new BenchContext(spec, Math.Max(1, parse.GetValue(runs)), directory, string.IsNullOrWhiteSpace(pg) ? null : pg, output);
            var rows = new List<BenchRow>();
            try
            {
                foreach (var benchmark in selected)
                {
                    await output.WriteLineAsync($"— {benchmark.Key} …");
                    rows.AddRange(await benchmark.RunAsync(context, ct));
                }
            }
            finally
            {
                if (ownWork)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(directory, true);
                }
            }
            var table = Table(spec, context.Runs, rows);
            await output.WriteLineAsync(table);
            if (parse.GetValue(record) is { } file)
            {
                var header = $"\n### Scale bench, {DateTime.UtcNow:yyyy-MM-dd} — `parklens bench {string.Join(' ', parse.Tokens.Select(t => t.Value).SkipWhile(t => t != "bench").Skip(1))}`\n\n"
                    + $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; synthetic province (合成, seed {spec.Seed}): "
                    + $"{spec.Zones} zones, {spec.Enterprises:N0} enterprises, {spec.Years} years; peak working set of the bench process {BenchRow.PeakWorkingSet() / (1024 * 1024)} MiB.\n\n";
                await File.AppendAllTextAsync(file.FullName, header + table, ct);
            }
            return rows.Any(r => r.Met == false) ? 3 : 0;
        });
        return command;
    }

    internal static string Table(ProvinceSpec spec, int runs, IReadOnlyList<BenchRow> rows)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| what ({spec.Enterprises:N0} enterprises, {runs} runs) | engine | median ms | p95 ms | p99 ms | reference | ref. median ms | ratio | target | met | peak MiB | note |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.What} | {r.Engine} | {r.Measured.MedianMs:0.0} | {r.Measured.P95Ms:0.0} | {r.Measured.P99Ms:0.0} | {r.ReferenceName ?? "—"} | "
                + $"{(r.Reference is { } reference ? reference.MedianMs.ToString("0.0", CultureInfo.InvariantCulture) : "—")} | "
                + $"{(r.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—")} | {r.Target} | "
                + $"{(r.Met switch { true => "yes", false => "**no**", null => "—" })} | {r.PeakWorkingSetBytes / (1024 * 1024)} | {r.Note} |");
        }
        return text.ToString();
    }
}
