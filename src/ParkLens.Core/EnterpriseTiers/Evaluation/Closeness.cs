using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Evaluation;

/// <summary>
/// How far an enterprise is from passing a rule set, for ranking "closest to the next tier": a passing enterprise that does
/// not yet hold the tier is at 0; otherwise the cheapest single change that passes, or the sum of the listed changes and
/// the failed conditions. Missing inputs are not distance: the list ranks by them first (an unknown is a conversation
/// with the enterprise, not a change it must make).
/// </summary>
internal static class Closeness
{
    public static ClosestEnterprise Of(EnterpriseSnapshot enterprise, TierEvaluation result)
    {
        var failed = result.Criteria.Count(c => c.State == CriterionState.NotMet);
        var best = result.Improvements.Where(i => i.PassesAlone).OrderBy(i => i.Effort).FirstOrDefault()
            ?? result.Improvements.OrderBy(i => i.Effort).FirstOrDefault();
        var distance = result.Verdict switch
        {
            Verdict.Pass => 0,
            _ when best is { PassesAlone: true } => best.Effort,
            _ => result.Improvements.Sum(i => i.Effort) + failed,
        };
        return new ClosestEnterprise(enterprise.Id, enterprise.Name, enterprise.IsSynthetic, result.Verdict, result.Score, result.PassScore, failed,
            result.MissingFacts, best, distance);
    }
}
