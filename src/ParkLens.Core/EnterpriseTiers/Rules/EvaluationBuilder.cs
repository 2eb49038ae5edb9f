namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>The points a score table gives: an interval while facts are missing or experts have not scored.</summary>
internal readonly record struct BandOutcome(decimal Min, decimal Max, int? Index, IReadOnlyList<string> Missing)
{
    public bool Known => Index is not null;
}

/// <summary>Collects criteria, score interval, missing facts and improvement candidates of one evaluation.</summary>
internal sealed class EvaluationBuilder(TierRuleSet set, TierFacts facts)
{
    private readonly List<CriterionResult> criteria = [];
    private readonly List<string> missing = [];
    private readonly HashSet<string> gatingFailed = new(StringComparer.Ordinal);
    private readonly List<(Func<Improvement> Improvement, decimal? PointsGained, string[] Resolves)> candidates = [];
    private int gatingUnknown;

    public TierRuleSet Set => set;

    public TierFacts Facts => facts;

    public decimal ScoreMin { get; private set; }

    public decimal ScoreMax { get; private set; }

    public IReadOnlyList<CriterionResult> Criteria => criteria;

    /// <summary>A required condition. Gating conditions decide PassesAlone of the improvements.</summary>
    public bool? Condition(string id, string nameZh, string nameEn, string clause, bool? met, string? value, string? threshold,
        IEnumerable<string> inputs, string? group = null, bool gating = true, string? noteZh = null, string? noteEn = null)
    {
        var absent = met is null ? inputs.Where(k => facts[k] is null).Distinct().ToList() : [];
        Add(new CriterionResult(id, nameZh, nameEn, clause, group, Tri.State(met), value, threshold, null, null, null, null, absent, noteZh, noteEn));
        if (gating)
        {
            if (met == false)
            {
                gatingFailed.Add(id);
            }
            else if (met is null)
            {
                gatingUnknown++;
            }
        }
        return met;
    }

    public void Info(string id, string nameZh, string nameEn, string clause, string? value, string? noteZh = null, string? noteEn = null) =>
        criteria.Add(new CriterionResult(id, nameZh, nameEn, clause, null, CriterionState.Info, value, null, null, null, null, null, [], noteZh, noteEn));

    /// <summary>Scores a table on a measure (or on the facts its bands name) and adds the points to the total.</summary>
    public BandOutcome Score(ScoreTable table, Measure? measure, string? noteZh = null, string? noteEn = null, bool lowerIsBetter = false, string? criterionId = null)
    {
        var outcome = Evaluate(table, measure?.Value, facts);
        var absent = outcome.Missing.Concat(measure is not null && measure.Value is null ? measure.Missing(facts) : []).Distinct().ToList();
        var state = outcome.Known ? CriterionState.Met : CriterionState.Unknown;
        AddPoints(table, criterionId ?? table.Key, state, measure?.Display, outcome.Min, outcome.Max, absent, noteZh, noteEn);
        if (outcome.Index is { } index)
        {
            ProposeBetterBands(table, measure, index, lowerIsBetter, criterionId ?? table.Key);
        }
        return outcome;
    }

    /// <summary>Adds an already computed points interval as a criterion.</summary>
    public void AddPoints(ScoreTable table, string id, CriterionState state, string? value, decimal min, decimal max, IReadOnlyList<string> absent, string? noteZh = null, string? noteEn = null, bool countsTowardScore = true)
    {
        if (countsTowardScore)
        {
            AddScore(min, max);
        }
        Add(new CriterionResult(id, table.NameZh, table.NameEn, table.Clause, table.Group, state, value, null,
            min == max ? min : null, min, max, table.MaxPoints, absent, noteZh, noteEn));
    }

    public void AddScore(decimal min, decimal max)
    {
        ScoreMin += min;
        ScoreMax += max;
    }

    /// <summary>Proposes reaching a condition's threshold on a measure.</summary>
    public void ProposeThreshold(string criterionId, Measure measure, decimal threshold, bool exclusive = false, bool lowerIsBetter = false, decimal? pointsGained = null, params string[] alsoResolves)
    {
        if (measure.Numerator is not { } current || measure.Required(threshold, exclusive, lowerIsBetter) is not { } required)
        {
            return;
        }
        var delta = required - current;
        if (lowerIsBetter ? delta >= 0 : delta <= 0)
        {
            return;
        }
        var factCurrent = facts[measure.Fact];
        var effort = current != 0 ? (double)Math.Abs(delta / current) : 1d;
        // Texts are rendered only when the evaluation does not pass: most candidates are never shown.
        candidates.Add((() => Describe(criterionId, measure, threshold, delta, factCurrent, pointsGained, effort), pointsGained, [criterionId, .. alsoResolves]));
    }

    private static Improvement Describe(string criterionId, Measure measure, decimal threshold, decimal delta, decimal? factCurrent, decimal? pointsGained, double effort)
    {
        if (measure.Fact.StartsWith("ip_", StringComparison.Ordinal) && pointsGained is { } ipPoints && delta > 0)
        {
            var name = FactCatalog.Get(measure.Fact);
            return new Improvement(criterionId, measure.Fact, factCurrent, (factCurrent ?? 0) + delta, delta,
                $"再取得 {Format.Number(delta)} 件{name.NameZh}可加 {Format.Number(ipPoints)} 分", $"{Format.Number(delta)} more {name.NameEn} gives +{Format.Number(ipPoints)} points",
                pointsGained, false, effort);
        }
        var targetText = string.Format(System.Globalization.CultureInfo.InvariantCulture, measure.TargetZh, ThresholdText(threshold, measure));
        var targetTextEn = string.Format(System.Globalization.CultureInfo.InvariantCulture, measure.TargetEn, ThresholdText(threshold, measure));
        var change = Format.Amount(Math.Abs(delta), measure.NumeratorUnit);
        var changeEn = Format.AmountEn(Math.Abs(delta), measure.NumeratorUnit);
        var zh = $"{measure.SubjectZh}需{(delta > 0 ? "增加" : "减少")} {change}，达到{targetText}" + (pointsGained is { } g ? $"，可加 {Format.Number(g)} 分" : "");
        var en = $"{measure.SubjectEn} needs {(delta > 0 ? "+" : "−")}{changeEn} to reach {targetTextEn}" + (pointsGained is { } p ? $", +{Format.Number(p)} points" : "");
        return new Improvement(criterionId, measure.Fact, factCurrent, (factCurrent ?? 0) + delta, delta, zh, en, pointsGained, false, effort);
    }

    /// <summary>Proposes turning a yes/no fact on (a qualification, a certificate, a staff confirmation).</summary>
    public void ProposeFlag(string criterionId, string fact, string textZh, string textEn, double effort = 1d, decimal? pointsGained = null)
    {
        if (facts[fact] is 0)
        {
            candidates.Add((() => new Improvement(criterionId, fact, 0, 1, 1, textZh, textEn, pointsGained, false, effort), pointsGained, [criterionId]));
        }
    }

    public TierEvaluation Build(Verdict verdict, string? route, string? resultZh, string? resultEn, decimal? passScore, bool scored = true, Func<Improvement, bool>? alsoRequired = null)
    {
        var improvements = new List<Improvement>();
        if (verdict != Verdict.Pass)
        {
            foreach (var (describe, gained, resolves) in candidates)
            {
                var improvement = describe();
                // With any fact still unknown nothing can be promised to pass.
                var conditionsClear = gatingUnknown == 0 && missing.Count == 0 && gatingFailed.All(resolves.Contains);
                var scoreClears = passScore is not { } pass || ScoreMin + (gained ?? 0) >= pass;
                improvements.Add(improvement with { PassesAlone = conditionsClear && scoreClears && (alsoRequired?.Invoke(improvement) ?? true) });
            }
        }
        return new TierEvaluation(set, verdict, route, resultZh, resultEn,
            scored && ScoreMin == ScoreMax ? ScoreMin : null, scored ? ScoreMin : null, scored ? ScoreMax : null, passScore, criteria, missing,
            improvements.OrderBy(i => i.Effort).ThenByDescending(i => i.PointsGained ?? 0).ToList());
    }

    public static BandOutcome Evaluate(ScoreTable table, decimal? measure, TierFacts facts)
    {
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        int? index = null;
        var unknown = new List<string>();
        var matched = false;
        for (var i = 0; i < table.Bands.Count && !matched; i++)
        {
            var band = table.Bands[i];
            var value = band.Fact is null ? measure : facts[band.Fact];
            bool? holds = band.IsCatchAll ? true : value is { } v ? band.Holds(v) : null;
            if (holds == false)
            {
                continue;
            }
            min = Math.Min(min, band.Points);
            max = Math.Max(max, band.PointsMax);
            if (holds == true)
            {
                matched = true;
                index = unknown.Count == 0 ? i : null;
            }
            else if (band.Fact is not null)
            {
                unknown.Add(band.Fact);
            }
            else
            {
                unknown.Add("");
            }
        }
        if (!matched)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
            index = unknown.Count == 0 ? table.Bands.Count : null;
        }
        return new BandOutcome(min, max, index, unknown.Where(k => k.Length > 0).Distinct().ToList());
    }

    public void ProposeBetterBands(ScoreTable table, Measure? measure, int index, bool lowerIsBetter, string criterionId, decimal? currentPoints = null)
    {
        var current = currentPoints ?? (index < table.Bands.Count ? table.Bands[index].Points : 0);
        for (var j = index - 1; j >= 0; j--)
        {
            var band = table.Bands[j];
            var gained = band.Points - current;
            var m = band.Fact is { } fact ? Measure.Plain(fact, facts, FactCatalog.Get(fact).NameZh, FactCatalog.Get(fact).NameEn) : measure;
            if (gained <= 0 || m is null)
            {
                continue;
            }
            if (lowerIsBetter)
            {
                if (band.Max is { } max)
                {
                    ProposeThreshold(criterionId, m, max, false, true, gained);
                }
                else if (band.Below is { } below)
                {
                    ProposeThreshold(criterionId, m, below, true, true, gained);
                }
            }
            else if (band.Min is { } min)
            {
                ProposeThreshold(criterionId, m, min, false, false, gained);
            }
            else if (band.Over is { } over)
            {
                ProposeThreshold(criterionId, m, over, true, false, gained);
            }
        }
    }

    private static string ThresholdText(decimal threshold, Measure measure) =>
        measure.Scale == 1 && measure.Offset == 0 && measure.Denominator == 1 ? Format.Amount(threshold, measure.NumeratorUnit)
        : measure.ThresholdUnit == FactUnit.Ratio ? Format.PercentShort(threshold) : Format.Number(threshold);

    private void Add(CriterionResult result)
    {
        criteria.Add(result);
        foreach (var key in result.MissingFacts.Where(k => !missing.Contains(k)))
        {
            missing.Add(key);
        }
    }

    public void AddMissing(IEnumerable<string> keys)
    {
        foreach (var key in keys.Where(k => !missing.Contains(k)))
        {
            missing.Add(key);
        }
    }
}
