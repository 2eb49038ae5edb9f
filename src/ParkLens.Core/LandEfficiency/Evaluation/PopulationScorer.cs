using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>
/// Scores one population (规上 or 规下) of a run. Linear apart from the one sort, and built for a province of a million
/// firms: <see cref="Add"/> reads each firm's figures once, while the evaluator has it in hand, keeping what scoring needs
/// (each indicator's value as a double, the id, the industry division) in flat arrays and summing the benchmarks;
/// <see cref="Score"/> then works on those arrays only, going back to a firm's decimal figures just where
/// <see cref="ItemScoring.Fast"/> needs the exact path. The item scores live in one array, each firm's items a segment.
/// </summary>
internal sealed class PopulationScorer
{
    private readonly EvaluationScheme scheme;
    private readonly Population population;
    private readonly IReadOnlyList<IndicatorRule> rules;
    private readonly int k;
    private readonly List<EvaluationResult> incomplete = [];
    private readonly List<EvaluationInput> complete;
    private readonly List<double> values;
    private readonly List<int> ids;
    private readonly List<int> divisions;
    private readonly int[] reported;
    private readonly decimal[] numerators;
    private readonly decimal[] denominators;

    public PopulationScorer(EvaluationScheme scheme, Population population, int capacity)
    {
        this.scheme = scheme;
        this.population = population;
        rules = population.Indicators;
        k = rules.Count;
        complete = new List<EvaluationInput>(capacity);
        values = new List<double>(capacity * k);
        ids = new List<int>(capacity);
        divisions = new List<int>(capacity);
        reported = new int[k];
        numerators = new decimal[k];
        denominators = new decimal[k];
    }

    public void Add(EvaluationInput e)
    {
        List<IndicatorCode>? missing = null;
        for (var j = 0; j < k; j++)
        {
            if (!Indicators.TryParts(rules[j].Code, e, out _, out _) && rules[j].Missing == MissingPolicy.Incomplete)
            {
                (missing ??= []).Add(rules[j].Code);
            }
        }
        if (missing is not null)
        {
            incomplete.Add(new EvaluationResult(e, population.Key, ResultStatus.Incomplete, [], null, null, null, null, null, missing, ReasonKind.MissingFigures));
            return;
        }
        complete.Add(e);
        ids.Add(e.EnterpriseId);
        divisions.Add(DivisionKey(e.IndustryCode));
        for (var j = 0; j < k; j++)
        {
            if (Indicators.TryParts(rules[j].Code, e, out var n, out var d))
            {
                reported[j]++;
                numerators[j] += n;
                denominators[j] += d;
                values.Add((double)n / (double)d);
            }
            else
            {
                values.Add(double.NaN);
            }
        }
    }

    public void Score(List<EvaluationResult> results, List<BenchmarkUsed> benchmarks)
    {
        results.AddRange(incomplete);
        var count = complete.Count;
        if (count == 0)
        {
            return;
        }
        // Every complete firm gets an item for each indicator somebody reported (its own or the imputed one), so all
        // firms hold the same number of items, in the scheme's order.
        var slots = new int[k];
        var benchmark = new decimal[k];
        var shown = new decimal[k];
        var weightPerBenchmark = new double[k];
        var slotCount = 0;
        for (var j = 0; j < k; j++)
        {
            var indicator = rules[j];
            if (reported[j] == 0)
            {
                // Nobody reported this item: it cannot be scored for anyone, and the method card says so.
                benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, 0, 0));
                slots[j] = -1;
                continue;
            }
            slots[j] = slotCount++;
            benchmark[j] = indicator.Benchmark.Kind == BenchmarkKind.Fixed ? indicator.Benchmark.Value!.Value
                : denominators[j] > 0 ? numerators[j] / denominators[j] : 0;
            shown[j] = Math.Round(benchmark[j], 4);
            weightPerBenchmark[j] = benchmark[j] > 0 ? (double)indicator.Weight / (double)benchmark[j] : 0;
            benchmarks.Add(new BenchmarkUsed(population.Key, indicator.Code, indicator.Benchmark.Kind, shown[j], reported[j]));
        }
        var items = new ItemScore[count * k];
        var totals = new decimal[count];
        var sums = new decimal[k];
        for (var c = 0; c < count; c++)
        {
            decimal total = 0;
            for (var j = 0; j < k; j++)
            {
                var value = values[c * k + j];
                if (!double.IsNaN(value))
                {
                    var item = items[c * k + slots[j]] = ItemScoring.Fast(rules[j], value, complete[c], benchmark[j], weightPerBenchmark[j], shown[j], scheme.ItemCap);
                    total += item.Score;
                    sums[j] += item.Score;
                }
            }
            totals[c] = total;
        }
        for (var j = 0; j < k; j++)
        {
            if (slots[j] < 0 || reported[j] == count)
            {
                continue;
            }
            var average = Math.Round(sums[j] / reported[j], 3, MidpointRounding.AwayFromZero);
            var imputed = new ItemScore(rules[j].Code, null, benchmark[j], rules[j].Weight, average, Imputed: true);
            for (var c = 0; c < count; c++)
            {
                if (double.IsNaN(values[c * k + j]))
                {
                    items[c * k + slots[j]] = imputed;
                    totals[c] += average;
                }
            }
        }
        var order = RankOrder(totals);
        var bounds = ClassBounds(scheme.Classes, count);
        var inIndustry = new Dictionary<int, (decimal Total, int Rank, int Count)>();
        var rank = 0;
        for (var i = 0; i < count; i++)
        {
            var c = order[i];
            var total = totals[c];
            rank = i > 0 && total == totals[order[i - 1]] ? rank : i + 1;
            var industry = inIndustry.TryGetValue(divisions[c], out var last)
                ? (total, last.Total == total ? last.Rank : last.Count + 1, last.Count + 1)
                : (total, 1, 1);
            inIndustry[divisions[c]] = industry;
            results.Add(new EvaluationResult(complete[c], population.Key, ResultStatus.Scored, new ArraySegment<ItemScore>(items, c * k, slotCount), total, rank,
                count, industry.Item2, ClassOf(bounds, rank, total), []));
        }
    }

    /// <summary>
    /// The complete firms' positions by total descending, then enterprise id. Totals are sums of scores rounded to
    /// 0.001, so a total in thousandths is an exact integer and the order is one sort of 64-bit keys; totals beyond
    /// that range (a firm thousands of times the benchmark) fall back to comparing decimals.
    /// </summary>
    private int[] RankOrder(decimal[] totals)
    {
        var order = new int[totals.Length];
        var keys = new long[totals.Length];
        for (var c = 0; c < totals.Length; c++)
        {
            order[c] = c;
            var thousandths = totals[c] * 1000;
            if (thousandths is < 0 or >= int.MaxValue || ids[c] < 0 || decimal.Truncate(thousandths) != thousandths)
            {
                Array.Sort(order, (a, b) => totals[a] != totals[b] ? totals[b].CompareTo(totals[a]) : ids[a].CompareTo(ids[b]));
                return order;
            }
            keys[c] = ((long)(int.MaxValue - (int)thousandths) << 32) | (uint)ids[c];
        }
        Array.Sort(keys, order);
        return order;
    }

    // The rank bound of each percentile class for a population of this size (unused for score thresholds).
    private static int[] ClassBounds(ClassRule rule, int count) =>
        rule.Method == ClassMethod.Percentile
            ? rule.Cuts.Select(c => (int)Math.Round(count * c.UpTo, MidpointRounding.AwayFromZero)).ToArray()
            : [];

    private EfficiencyClass ClassOf(int[] bounds, int rank, decimal total)
    {
        var rule = scheme.Classes;
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
}
