namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>The numbers and tables the evaluator of a tier reads; a rule file must provide all of them.</summary>
internal sealed record RuleSetSchema(IReadOnlyList<string> Numbers, IReadOnlyList<string> Tables)
{
    public static RuleSetSchema For(Tier tier) => tier switch
    {
        Tier.SizeClass => new([], []),
        Tier.TechSme => TechSmeEvaluator.Schema,
        Tier.HighTech => HighTechEvaluator.Schema,
        Tier.InnovativeSme => InnovativeSmeEvaluator.Schema,
        Tier.Specialized => SpecializedEvaluator.Schema,
        Tier.LittleGiant => LittleGiantEvaluator.Schema,
        Tier.Gazelle => GazelleEvaluator.Schema,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
