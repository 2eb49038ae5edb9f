using System.Globalization;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>
/// Scores enterprises under a scheme: scope first (land, industry, age), then per population each indicator as
/// weight × value ÷ benchmark (a population benchmark is the population's aggregate ratio, Σ numerator ÷ Σ denominator,
/// over the firms with complete figures), the total, the rank and the class. Missing figures never count as zero: the
/// firm is listed as incomplete with what is missing, or, where the scheme says so, the item takes the population's
/// average item score; an item nobody reported is left out of the run and says so.
/// </summary>
public static class LandEvaluator
{
    public static EvaluationOutcome Evaluate(EvaluationScheme scheme, IReadOnlyList<EvaluationInput> inputs, int year)
    {
        var results = new List<EvaluationResult>(inputs.Count);
        var benchmarks = new List<BenchmarkUsed>();
        var byPopulation = new Dictionary<string, List<EvaluationInput>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (OutOfScope(scheme, input, year) is { } excluded)
            {
                results.Add(excluded);
                continue;
            }
            var key = input.AboveScale ? "above" : "below";
            if (scheme.Populations.All(p => p.Key != key))
            {
                results.Add(Excluded(input, key, ReasonKind.PopulationNotEvaluated, null));
                continue;
            }
            if (!byPopulation.TryGetValue(key, out var list))
            {
                byPopulation[key] = list = [];
            }
            list.Add(input);
        }
        foreach (var population in scheme.Populations)
        {
            if (byPopulation.TryGetValue(population.Key, out var members))
            {
                results.AddRange(ScorePopulation(scheme, population, members, benchmarks));
            }
        }
        return new EvaluationOutcome(results, benchmarks);
    }

    private static List<EvaluationResult> ScorePopulation(EvaluationScheme scheme, Population population, List<EvaluationInput> members, List<BenchmarkUsed> benchmarks)
    {
        var results = new List<EvaluationResult>(members.Count);
        var required = population.Indicators.Where(i => i.Missing == MissingPolicy.Incomplete).ToList();
        var complete = new List<EvaluationInput>(members.Count);
        foreach (var e in members)
        {
            var missing = required.Where(i => Indicators.Value(i.Code, e) is null).ToList();
            if (missing.Count == 0)
            {
                complete.Add(e);
                continue;
            }
            results.Add(new EvaluationResult(e, population.Key, ResultStatus.Incomplete, [], null, null, null, null, null, missing.Select(i => i.Code).ToList(),
                ReasonKind.MissingFigures));
        }
        var items = new Dictionary<int, List<ItemScore>>(complete.Count);
        foreach (var e in complete)
        {
            items[e.EnterpriseId] = new List<ItemScore>(population.Indicators.Count);
        }
        foreach (var indicator in population.Indicators)
        {
            var reported = complete.Where(e => Indicators.Value(indicator.Code, e) is not null).ToList();
            if (reported.Count == 0)
            {
                // Nobody reported this item: it cannot be scored for anyone, and the method card says so.
                benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, 0, 0));
                continue;
            }
            var benchmark = indicator.Benchmark.Kind == BenchmarkKind.Fixed ? indicator.Benchmark.Value!.Value : AggregateRatio(indicator.Code, reported);
            benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, Math.Round(benchmark, 4), reported.Count));
            var scored = new List<decimal>(reported.Count);
            foreach (var e in reported)
            {
                var item = Score(indicator, Indicators.Value(indicator.Code, e)!.Value, benchmark, scheme.ItemCap);
                items[e.EnterpriseId].Add(item);
                scored.Add(item.Score);
            }
            if (reported.Count < complete.Count)
            {
                var average = Math.Round(scored.Average(), 3, MidpointRounding.AwayFromZero);
                foreach (var e in complete.Where(e => Indicators.Value(indicator.Code, e) is null))
                {
                    items[e.EnterpriseId].Add(new ItemScore(indicator.Code, null, benchmark, indicator.Weight, average, Imputed: true));
                }
            }
        }
        var totals = complete.Select(e => (Input: e, Total: items[e.EnterpriseId].Sum(i => i.Score))).OrderByDescending(x => x.Total).ThenBy(x => x.Input.EnterpriseId).ToList();
        var ranks = Ranks(totals.Select(t => t.Total).ToList());
        var industryRanks = totals.Select((t, i) => (t, i)).GroupBy(x => Division(x.t.Input.IndustryCode))
            .SelectMany(g => g.Select((x, j) => (x.t.Input.EnterpriseId, Rank: Ranks(g.Select(y => y.t.Total).ToList())[j])))
            .ToDictionary(x => x.EnterpriseId, x => x.Rank);
        for (var i = 0; i < totals.Count; i++)
        {
            var (input, total) = totals[i];
            results.Add(new EvaluationResult(input, population.Key, ResultStatus.Scored, items[input.EnterpriseId], total, ranks[i], totals.Count,
                industryRanks[input.EnterpriseId], ClassOf(scheme.Classes, ranks[i], totals.Count, total), []));
        }
        return results;
    }

    internal static ItemScore Score(IndicatorRule indicator, decimal value, decimal benchmark, decimal? cap)
    {
        var raw = value <= 0 || benchmark <= 0 ? 0 : indicator.Weight * value / benchmark;
        var capped = cap is { } c && raw > c * indicator.Weight ? c * indicator.Weight : raw;
        var score = Math.Round(capped, 3, MidpointRounding.AwayFromZero);
        return new ItemScore(indicator.Code, Math.Round(value, 4), Math.Round(benchmark, 4), indicator.Weight, score, Imputed: false, Capped: capped < raw);
    }

    /// <summary>Competition ranking over totals sorted descending: equal totals share the better rank (1, 2, 2, 4).</summary>
    internal static int[] Ranks(IReadOnlyList<decimal> sortedTotals)
    {
        var ranks = new int[sortedTotals.Count];
        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = i > 0 && sortedTotals[i] == sortedTotals[i - 1] ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    /// <summary>By rank: the first class whose bound round-half-up(N × share) covers the rank; by score: the first threshold reached.</summary>
    public static EfficiencyClass ClassOf(ClassRule rule, int rank, int count, decimal total)
    {
        foreach (var cut in rule.Cuts)
        {
            if (rule.Method == ClassMethod.Percentile
                ? rank <= (int)Math.Round(count * cut.UpTo, MidpointRounding.AwayFromZero)
                : total >= cut.UpTo)
            {
                return cut.Class;
            }
        }
        return rule.Cuts[^1].Class;
    }

    private static EvaluationResult? OutOfScope(EvaluationScheme scheme, EvaluationInput e, int year)
    {
        var key = e.AboveScale ? "above" : "below";
        var division = Division(e.IndustryCode);
        if (scheme.Scope.IndustrialOnly && (string.CompareOrdinal(division, "06") < 0 || string.CompareOrdinal(division, "46") > 0))
        {
            return Excluded(e, key, ReasonKind.NotIndustrial, e.IndustryCode);
        }
        if (scheme.Scope.ExcludedIndustryPrefixes.Any(p => e.IndustryCode.StartsWith(p, StringComparison.Ordinal)))
        {
            return Excluded(e, key, ReasonKind.ExcludedIndustry, e.IndustryCode);
        }
        if (scheme.Scope.NewFirmYears > 0 && e.FoundedOn is { } founded && founded > new DateOnly(year - scheme.Scope.NewFirmYears, 12, 31))
        {
            return Excluded(e, key, ReasonKind.NewFirm, string.Create(CultureInfo.InvariantCulture, $"{founded:yyyy-MM-dd}|{scheme.Scope.NewFirmYears}"));
        }
        if (e.LandMu is not > 0)
        {
            return new EvaluationResult(e, key, ResultStatus.Incomplete, [], null, null, null, null, null, [], ReasonKind.NoLand);
        }
        if (e.LandMu < scheme.Scope.MinLandMu)
        {
            return Excluded(e, key, ReasonKind.SmallPlot, $"{Number(e.LandMu.Value)}|{Number(scheme.Scope.MinLandMu)}");
        }
        return null;
    }

    private static EvaluationResult Excluded(EvaluationInput e, string population, ReasonKind reason, string? detail) =>
        new(e, population, ResultStatus.Excluded, [], null, null, null, null, null, [], reason, detail);

    private static decimal AggregateRatio(IndicatorCode code, List<EvaluationInput> reported)
    {
        decimal numerator = 0, denominator = 0;
        foreach (var e in reported)
        {
            var (n, d) = Parts(code, e);
            numerator += n;
            denominator += d;
        }
        return denominator > 0 ? numerator / denominator : 0;
    }

    private static (decimal, decimal) Parts(IndicatorCode code, EvaluationInput e) => code switch
    {
        IndicatorCode.TaxPerMu => (e.Tax!.Value, e.LandMu!.Value),
        IndicatorCode.ValueAddedPerMu => (e.ValueAdded!.Value, e.LandMu!.Value),
        IndicatorCode.RevenuePerMu => (e.Revenue!.Value, e.LandMu!.Value),
        IndicatorCode.ValueAddedPerEnergy => (e.ValueAdded!.Value, e.EnergyTce!.Value),
        IndicatorCode.ValueAddedPerEmission => (e.ValueAdded!.Value, e.EmissionTonnes!.Value),
        IndicatorCode.LabourProductivity => (e.ValueAdded!.Value, e.Employees!.Value),
        IndicatorCode.RdIntensity => (e.RdExpense!.Value, e.Revenue!.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    private static string Division(string industryCode) => industryCode.Length >= 2 ? industryCode[..2] : industryCode;

    internal static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
