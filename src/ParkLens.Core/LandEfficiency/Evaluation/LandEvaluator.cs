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
        var hasAbove = scheme.Populations.Any(p => p.Key == "above");
        var hasBelow = scheme.Populations.Any(p => p.Key == "below");
        var scorers = scheme.Populations.ToDictionary(p => p.Key, p => new PopulationScorer(scheme, p, inputs.Count), StringComparer.Ordinal);
        DateOnly? lastNewFirmDay = scheme.Scope.NewFirmYears > 0 ? new DateOnly(year - scheme.Scope.NewFirmYears, 12, 31) : null;
        foreach (var input in inputs)
        {
            if (OutOfScope(scheme, input, lastNewFirmDay) is { } excluded)
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
            scorers[key].Add(input);
        }
        foreach (var population in scheme.Populations)
        {
            scorers[population.Key].Score(results, benchmarks);
        }
        if (scheme.Scope.TenantsFollowLandlord)
        {
            FollowLandlords(results);
        }
        return new EvaluationOutcome(results, benchmarks);
    }

    // A 规下 tenant without land takes the class its landlord earned in this run; with no classed landlord it stays
    // unscored for want of land.
    private static void FollowLandlords(List<EvaluationResult> results)
    {
        var classed = new Dictionary<int, EvaluationResult>();
        foreach (var r in results)
        {
            if (r.Class is not null)
            {
                classed[r.Input.EnterpriseId] = r;
            }
        }
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.ReasonKind == ReasonKind.NoLand && !r.Input.AboveScale && r.Input.LandlordId is { } landlordId
                && landlordId != r.Input.EnterpriseId && classed.TryGetValue(landlordId, out var landlord))
            {
                results[i] = new EvaluationResult(r.Input, r.Population, ResultStatus.Scored, [], null, null, null, null, landlord.Class, [],
                    ReasonKind.FollowsLandlord, landlord.Input.Name);
            }
        }
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

    private static EvaluationResult? OutOfScope(EvaluationScheme scheme, EvaluationInput e, DateOnly? lastNewFirmDay)
    {
        var key = e.AboveScale ? "above" : "below";
        var division = e.IndustryCode.AsSpan(0, Math.Min(2, e.IndustryCode.Length));
        if (scheme.Scope.IndustrialOnly && (division.CompareTo("06", StringComparison.Ordinal) < 0 || division.CompareTo("46", StringComparison.Ordinal) > 0))
        {
            return Excluded(e, key, ReasonKind.NotIndustrial, e.IndustryCode);
        }
        foreach (var prefix in scheme.Scope.ExcludedIndustryPrefixes)
        {
            if (e.IndustryCode.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Excluded(e, key, ReasonKind.ExcludedIndustry, e.IndustryCode);
            }
        }
        if (lastNewFirmDay is { } lastNew && e.FoundedOn is { } founded && founded > lastNew)
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

    internal static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
