using System.Diagnostics;
using DuckDB.NET.Data;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// Land-efficiency evaluation of every enterprise of the province for its last year under the default scheme, zone by
/// zone as ParkLens runs it (<see cref="LandEvaluator"/>, zones in parallel), against the same scoring as one DuckDB
/// query over the same rows already loaded in DuckDB. Both sides start from data in memory and keep every result;
/// afterwards every enterprise's status and class are compared.
/// </summary>
internal sealed class LandEvaluationBench : IBenchmark
{
    public string Key => "land";

    public async Task<IReadOnlyList<BenchRow>> RunAsync(BenchContext context, CancellationToken ct)
    {
        var scheme = BuiltInSchemes.Default;
        if (LandEvaluationSql.Check(scheme) is { } why)
        {
            throw new InvalidOperationException(why);
        }
        var year = context.Spec.LastYear;
        var watch = Stopwatch.StartNew();
        var zones = Inputs(context.Spec, year);
        var count = zones.Sum(z => z.Count);
        await context.Log.WriteLineAsync($"  {count:N0} enterprise-years of {zones.Count} zones built in {watch.Elapsed.TotalSeconds:0.0} s");

        EvaluationOutcome[] outcomes = [];
        var ours = await Timing.MeasureAsync(context.Runs, () =>
        {
            outcomes = EvaluateAll(scheme, zones, year);
            return Task.CompletedTask;
        });
        var peak = BenchRow.PeakWorkingSet();

        await using var duck = new DuckDBConnection("DataSource=:memory:");
        await duck.OpenAsync(ct);
        await LoadAsync(duck, zones, ct);
        var sql = LandEvaluationSql.Query(scheme, year);
        var reference = await Timing.MeasureAsync(context.Runs, async () =>
        {
            await using var command = duck.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        });
        var (compared, differences, example) = await CompareAsync(duck, outcomes, ct);
        var note = differences == 0
            ? $"same status and class for all {compared:N0} enterprises"
            : $"{differences:N0} of {compared:N0} differ, e.g. {example}";
        var scored = outcomes.Sum(o => o.Results.Count(r => r.Status == ResultStatus.Scored));
        return
        [
            new BenchRow($"land evaluation, default scheme, {count:N0} enterprise-years ({scored:N0} scored) in {zones.Count} zone runs", "in-process (LandEvaluator)",
                ours, "one DuckDB query (DuckDB.NET, in memory)", reference, "no slower than DuckDB, same classes",
                ours.MedianMs <= reference.MedianMs && differences == 0, note, peak),
        ];
    }

    internal static EvaluationOutcome[] EvaluateAll(EvaluationScheme scheme, IReadOnlyList<List<EvaluationInput>> zones, int year)
    {
        var outcomes = new EvaluationOutcome[zones.Count];
        Parallel.For(0, zones.Count, i => outcomes[i] = LandEvaluator.Evaluate(scheme, zones[i], year));
        return outcomes;
    }

    /// <summary>
    /// Each enterprise's figures for the year as the land module reads them from the registry (规上 from 2,000万元 of
    /// revenue). The registry keeps no emission figures, so the bench adds a synthetic one to about 60 % of firms: it
    /// exercises the rule that a missing emission figure takes the population's average item score.
    /// </summary>
    internal static List<List<EvaluationInput>> Inputs(ProvinceSpec spec, int year)
    {
        var zoneRows = ProvinceGenerator.Zones(spec);
        var zones = zoneRows.Select(z => new List<EvaluationInput>(z.EnterpriseCount)).ToList();
        var random = new Random(spec.Seed);
        foreach (var e in ProvinceGenerator.Enterprises(spec, zoneRows))
        {
            var f = ProvinceGenerator.Figures(spec, e).FirstOrDefault(r => r.Year == year);
            decimal? emission = f?.ValueAdded is { } va && random.NextDouble() < 0.6 ? Math.Round(va / (decimal)(5 + random.NextDouble() * 40), 1) : null;
            zones[e.ZoneIndex].Add(new EvaluationInput(e.Index + 1, e.ZoneIndex + 1, null, e.Name, e.IndustryCode, f?.Revenue >= 2000m, e.FoundedOn,
                f?.LandMu ?? e.LandMu, f?.Tax, f?.ValueAdded, f?.Revenue, f?.EnergyTce, emission is > 0 ? emission : null, f?.Employees, f?.RdExpense, IsSynthetic: true));
        }
        return zones;
    }

    private static async Task LoadAsync(DuckDBConnection duck, List<List<EvaluationInput>> zones, CancellationToken ct)
    {
        await using (var create = duck.CreateCommand())
        {
            create.CommandText = LandEvaluationSql.CreateInputs;
            await create.ExecuteNonQueryAsync(ct);
        }
        using var appender = duck.CreateAppender("inputs");
        foreach (var e in zones.SelectMany(z => z))
        {
            var row = appender.CreateRow();
            row.AppendValue(e.EnterpriseId).AppendValue(e.ZoneId).AppendValue(e.IndustryCode).AppendValue(e.AboveScale);
            if (e.FoundedOn is { } founded)
            {
                row.AppendValue(founded);
            }
            else
            {
                row.AppendNullValue();
            }
            Append(row, e.LandMu);
            Append(row, e.Tax);
            Append(row, e.ValueAdded);
            Append(row, e.Revenue);
            Append(row, e.EnergyTce);
            Append(row, e.EmissionTonnes);
            if (e.Employees is { } employees)
            {
                row.AppendValue(employees);
            }
            else
            {
                row.AppendNullValue();
            }
            Append(row, e.RdExpense);
            row.EndRow();
        }
    }

    private static void Append(IDuckDBAppenderRow row, decimal? value)
    {
        if (value is { } v)
        {
            row.AppendValue(v);
        }
        else
        {
            row.AppendNullValue();
        }
    }

    private static async Task<(int Compared, int Differences, string? Example)> CompareAsync(DuckDBConnection duck, EvaluationOutcome[] outcomes, CancellationToken ct)
    {
        var ours = outcomes.SelectMany(o => o.Results).ToDictionary(r => r.Input.EnterpriseId, r => (Status: r.Status.ToString(), Class: r.Class?.ToString()));
        await using var command = duck.CreateCommand();
        command.CommandText = "SELECT enterprise_id, status, class FROM results";
        await using var reader = await command.ExecuteReaderAsync(ct);
        int compared = 0, differences = 0;
        string? example = null;
        while (await reader.ReadAsync(ct))
        {
            compared++;
            var id = reader.GetInt32(0);
            var theirs = (Status: reader.GetString(1), Class: reader.IsDBNull(2) ? null : reader.GetString(2));
            if (!ours.Remove(id, out var mine) || mine != theirs)
            {
                differences++;
                example ??= $"enterprise {id}: ParkLens {mine.Status} {mine.Class}, DuckDB {theirs.Status} {theirs.Class}";
            }
        }
        differences += ours.Count;
        return (compared + ours.Count, differences, example ?? (ours.Count > 0 ? $"{ours.Count} missing from DuckDB" : null));
    }
}
