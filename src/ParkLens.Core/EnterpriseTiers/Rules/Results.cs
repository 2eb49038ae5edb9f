namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>One judged line of a rule set: a condition, a scored indicator or an informational line.</summary>
public sealed record CriterionResult(
    string Id,
    string NameZh,
    string NameEn,
    string Clause,
    string? Group,
    CriterionState State,
    string? Value,
    string? Threshold,
    decimal? Points,
    decimal? PointsMin,
    decimal? PointsMax,
    decimal? MaxPoints,
    IReadOnlyList<string> MissingFacts,
    string? NoteZh,
    string? NoteEn);

/// <summary>A concrete change of one fact that brings the enterprise closer to (or over) the line.</summary>
public sealed record Improvement(
    string CriterionId,
    string FactKey,
    decimal? Current,
    decimal Target,
    decimal Delta,
    string TextZh,
    string TextEn,
    decimal? PointsGained,
    bool PassesAlone,
    double Effort);

public sealed record TierEvaluation(
    TierRuleSet RuleSet,
    Verdict Verdict,
    string? Route,
    string? ResultZh,
    string? ResultEn,
    decimal? Score,
    decimal? ScoreMin,
    decimal? ScoreMax,
    decimal? PassScore,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Improvement> Improvements)
{
    public Tier Tier => RuleSet.Tier;
}
