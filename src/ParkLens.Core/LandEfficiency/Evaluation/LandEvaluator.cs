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
        var hasAbove = scheme.Populations.Any(p => p.Key == "above");
        var hasBelow = scheme.Populations.Any(p => p.Key == "below");
        foreach (var input in inputs)
        {
            if (OutOfScope(scheme, input, year) is { } excluded)
            {
                results.Add(excluded);
                continue;
            }
            var key = input.AboveScale ? "above" : "below";
            if (!(input.AboveScale ? hasAbove : hasBelow))
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

    // Linear in the population apart from the one sort: each indicator value is computed once, benchmarks and class
    // bounds once per population, industry ranks in one pass over the sorted totals (a province is a million firms).
    private static List<EvaluationResult> ScorePopulation(EvaluationScheme scheme, Population population, List<EvaluationInput> members, List<BenchmarkUsed> benchmarks)
    {
        var results = new List<EvaluationResult>(members.Count);
        var rules = population.Indicators;
        var k = rules.Count;
        var values = new decimal?[members.Count * k];
        var complete = new List<int>(members.Count);
        for (var m = 0; m < members.Count; m++)
        {
            var e = members[m];
            List<IndicatorCode>? missing = null;
            for (var j = 0; j < k; j++)
            {
                var value = values[m * k + j] = Indicators.Value(rules[j].Code, e);
                if (value is null && rules[j].Missing == MissingPolicy.Incomplete)
                {
                    (missing ??= []).Add(rules[j].Code);
                }
            }
            if (missing is null)
            {
                complete.Add(m);
                continue;
            }
            results.Add(new EvaluationResult(e, population.Key, ResultStatus.Incomplete, [], null, null, null, null, null, missing, ReasonKind.MissingFigures));
        }
        var items = new ItemScore[complete.Count][];
        var filled = new int[complete.Count];
        for (var c = 0; c < complete.Count; c++)
        {
            items[c] = new ItemScore[k];
        }
        for (var j = 0; j < k; j++)
        {
            var indicator = rules[j];
            int reported = 0;
            decimal numerator = 0, denominator = 0;
            for (var c = 0; c < complete.Count; c++)
            {
                if (values[complete[c] * k + j] is not null)
                {
                    reported++;
                    var (n, d) = Parts(indicator.Code, members[complete[c]]);
                    numerator += n;
                    denominator += d;
                }
            }
            if (reported == 0)
            {
                // Nobody reported this item: it cannot be scored for anyone, and the method card says so.
                benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, 0, 0));
                continue;
            }
            var benchmark = indicator.Benchmark.Kind == BenchmarkKind.Fixed ? indicator.Benchmark.Value!.Value : denominator > 0 ? numerator / denominator : 0;
            var shownBenchmark = Math.Round(benchmark, 4);
            benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, shownBenchmark, reported));
            decimal sum = 0;
            for (var c = 0; c < complete.Count; c++)
            {
                if (values[complete[c] * k + j] is { } value)
                {
                    var item = Score(indicator, value, benchmark, shownBenchmark, scheme.ItemCap);
                    items[c][filled[c]++] = item;
                    sum += item.Score;
                }
            }
            if (reported < complete.Count)
            {
                var average = Math.Round(sum / reported, 3, MidpointRounding.AwayFromZero);
                var imputed = new ItemScore(indicator.Code, null, benchmark, indicator.Weight, average, Imputed: true);
                for (var c = 0; c < complete.Count; c++)
                {
                    if (values[complete[c] * k + j] is null)
                    {
                        items[c][filled[c]++] = imputed;
                    }
                }
            }
        }
        var order = new (decimal Total, int Id, int Index)[complete.Count];
        for (var c = 0; c < complete.Count; c++)
        {
            decimal total = 0;
            var list = items[c];
            for (var i = 0; i < filled[c]; i++)
            {
                total += list[i].Score;
            }
            if (filled[c] < k)
            {
                Array.Resize(ref items[c], filled[c]);
            }
            order[c] = (total, members[complete[c]].EnterpriseId, c);
        }
        Array.Sort(order, static (a, b) => a.Total != b.Total ? b.Total.CompareTo(a.Total) : a.Id.CompareTo(b.Id));
        var bounds = ClassBounds(scheme.Classes, order.Length);
        var inIndustry = new Dictionary<int, (decimal Total, int Rank, int Count)>();
        var rank = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var (total, _, c) = order[i];
            rank = i > 0 && total == order[i - 1].Total ? rank : i + 1;
            var input = members[complete[c]];
            var division = DivisionKey(input.IndustryCode);
            var industry = inIndustry.TryGetValue(division, out var last)
                ? (total, last.Total == total ? last.Rank : last.Count + 1, last.Count + 1)
                : (total, 1, 1);
            inIndustry[division] = industry;
            results.Add(new EvaluationResult(input, population.Key, ResultStatus.Scored, items[c], total, rank, order.Length,
                industry.Item2, ClassOf(scheme.Classes, bounds, rank, total), []));
        }
        return results;
    }

    // The rank bound of each percentile class for a population of this size (unused for score thresholds).
    private static int[] ClassBounds(ClassRule rule, int count) =>
        rule.Method == ClassMethod.Percentile
            ? rule.Cuts.Select(c => (int)Math.Round(count * c.UpTo, MidpointRounding.AwayFromZero)).ToArray()
            : [];

    private static EfficiencyClass ClassOf(ClassRule rule, int[] bounds, int rank, decimal total)
    {
        for (var i = 0; i < rule.Cuts.Count; i++)
        {
            if (rule.Method == ClassMethod.Percentile ? rank <= bounds[i] : total >= rule.Cuts[i].UpTo)
            {
                return rule.Cuts[i].Class;
            }
        }
        return rule.Cuts[^1].Class;
    }

    private static int DivisionKey(string industryCode) =>
        industryCode.Length >= 2 ? (industryCode[0] << 16) | industryCode[1] : industryCode.Length == 1 ? industryCode[0] : 0;

    internal static ItemScore Score(IndicatorRule indicator, decimal value, decimal benchmark, decimal? cap) =>
        Score(indicator, value, benchmark, Math.Round(benchmark, 4), cap);

    private static ItemScore Score(IndicatorRule indicator, decimal value, decimal benchmark, decimal shownBenchmark, decimal? cap)
    {
        var raw = value <= 0 || benchmark <= 0 ? 0 : indicator.Weight * value / benchmark;
        var capped = cap is { } c && raw > c * indicator.Weight ? c * indicator.Weight : raw;
        var score = Math.Round(capped, 3, MidpointRounding.AwayFromZero);
        return new ItemScore(indicator.Code, Math.Round(value, 4), shownBenchmark, indicator.Weight, score, Imputed: false, Capped: capped < raw);
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
        var division = e.IndustryCode.AsSpan(0, Math.Min(2, e.IndustryCode.Length));
        if (scheme.Scope.IndustrialOnly && (division.CompareTo("06", StringComparison.Ordinal) < 0 || division.CompareTo("46", StringComparison.Ordinal) > 0))
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

    internal static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
