using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.Tests.EnterpriseTiers;

/// <summary>Builds fact sets for the tier tests.</summary>
internal static class TierTestFacts
{
    public static TierFacts Of(params (string Key, decimal? Value)[] values) => Of(null, values);

    public static TierFacts Of(string? industry, params (string Key, decimal? Value)[] values) =>
        TierFacts.Create(values.ToDictionary(v => v.Key, v => v.Value), industry);

    public static TierFacts With(this TierFacts facts, params (string Key, decimal? Value)[] values) =>
        values.Aggregate(facts, (f, v) => f.With(v.Key, v.Value));

    public static CriterionResult Criterion(this TierEvaluation evaluation, string id) =>
        evaluation.Criteria.Single(c => c.Id == id);
}
