namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Evaluates an enterprise's facts against tier rule sets. Pure and allocation-light: no I/O, no state.</summary>
public static class TierEngine
{
    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts facts) => set.Tier switch
    {
        Tier.SizeClass => SizeClassEvaluator.Evaluate(set, facts),
        Tier.TechSme => TechSmeEvaluator.Evaluate(set, facts),
        Tier.HighTech => HighTechEvaluator.Evaluate(set, facts),
        Tier.InnovativeSme => InnovativeSmeEvaluator.Evaluate(set, facts),
        Tier.Specialized => SpecializedEvaluator.Evaluate(set, facts),
        Tier.LittleGiant => LittleGiantEvaluator.Evaluate(set, facts),
        Tier.Gazelle => GazelleEvaluator.Evaluate(set, facts),
        _ => throw new ArgumentOutOfRangeException(nameof(set), set.Tier, "Unknown tier."),
    };

    /// <summary>One evaluation per tier, with the rule set in force at <paramref name="asOf"/> (tiers without one are skipped).</summary>
    public static IReadOnlyList<TierEvaluation> EvaluateAll(TierFacts facts, DateOnly asOf, string? region = null)
    {
        var results = new List<TierEvaluation>(7);
        foreach (var tier in Enum.GetValues<Tier>())
        {
            if (TierRuleCatalog.Current(tier, asOf, region) is { } set)
            {
                results.Add(Evaluate(set, facts));
            }
        }
        return results;
    }

    /// <summary>The 中小企业划型 precondition of the 梯度培育 tiers, judged with the size-class rules in force when the set took effect.</summary>
    internal static bool? IsSme(EvaluationBuilder b, TierRuleSet set)
    {
        if (set.Number("require_sme") == 0)
        {
            return true;
        }
        var sizeSet = TierRuleCatalog.Current(Tier.SizeClass, set.EffectiveFrom) ?? TierRuleCatalog.All.First(s => s.Tier == Tier.SizeClass);
        var size = SizeClassEvaluator.Evaluate(sizeSet, b.Facts);
        bool? sme = size.Verdict switch { Verdict.Pass => true, Verdict.Fail => false, _ => null };
        b.Condition("sme", "属中小企业（划型）", "Is an SME (size class)", "前提条件", sme, size.ResultZh ?? "?", "中型、小型或微型",
            size.MissingFacts.Where(k => k != SizeClassEvaluator.IndustryCodeKey), noteZh: "前提条件依据记忆，待核对（[M]）", noteEn: "Precondition from memory, to be confirmed ([M])");
        if (size.MissingFacts.Contains(SizeClassEvaluator.IndustryCodeKey))
        {
            b.AddMissing([SizeClassEvaluator.IndustryCodeKey]);
        }
        return sme;
    }
}
