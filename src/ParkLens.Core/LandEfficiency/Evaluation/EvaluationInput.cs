using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>
/// One enterprise's figures for the evaluation year (万元, 亩, 吨标煤, 吨, persons). Null means not reported, never zero.
/// <see cref="LandlordId"/>: the firm whose space it leases (outside any 小微企业园), when it leases any.
/// </summary>
public sealed record EvaluationInput(
    int EnterpriseId, int ZoneId, int? SubParkId, string Name, string IndustryCode, bool AboveScale, DateOnly? FoundedOn,
    decimal? LandMu, decimal? Tax, decimal? ValueAdded, decimal? Revenue, decimal? EnergyTce, decimal? EmissionTonnes, int? Employees,
    decimal? RdExpense, bool IsSynthetic = false, int? LandlordId = null);

public enum ResultStatus
{
    /// <summary>Scored, ranked and classed.</summary>
    Scored,

    /// <summary>Figures the scheme needs are missing: listed with them, not scored.</summary>
    Incomplete,

    /// <summary>Outside the scheme's scope (T 不适合评价 / 暂不评价).</summary>
    Excluded,
}

/// <summary>
/// One indicator of one enterprise: its value, the benchmark, the score and how it was reached. A value type, because a
/// provincial run holds millions of them (one array per population, see <see cref="LandEvaluator"/>).
/// </summary>
public readonly record struct ItemScore(IndicatorCode Code, decimal? Value, decimal Benchmark, decimal Weight, decimal Score, bool Imputed = false, bool Capped = false)
{
    /// <summary>How the score was reached, in the UI language: "36 ÷ 24.097 × 30 = 44.819".</summary>
    public string Explanation => LandTexts.Explain(this);
}

/// <summary>Why a firm is not scored; <see cref="EvaluationResult.Detail"/> carries the figures of the reason (invariant text).</summary>
public enum ReasonKind
{
    None,
    NotIndustrial,
    ExcludedIndustry,
    NewFirm,
    NoLand,
    SmallPlot,
    PopulationNotEvaluated,
    MissingFigures,

    /// <summary>A 规下 tenant without land of its own: takes its landlord's class (Detail: the landlord's name).</summary>
    FollowsLandlord,
}

public sealed record EvaluationResult(
    EvaluationInput Input, string Population, ResultStatus Status, IReadOnlyList<ItemScore> Items, decimal? Total, int? Rank, int? PopulationSize,
    int? RankInIndustry, EfficiencyClass? Class, IReadOnlyList<IndicatorCode> Missing, ReasonKind ReasonKind = ReasonKind.None, string? Detail = null)
{
    /// <summary>The reason in the UI language.</summary>
    public string? Reason => LandTexts.Reason(ReasonKind, Detail, Missing, Input);
}

/// <summary>The benchmarks a run used per population and indicator (the method card prints them).</summary>
public sealed record BenchmarkUsed(string Population, IndicatorCode Code, BenchmarkKind Kind, decimal Value, int Basis);

public sealed record EvaluationOutcome(IReadOnlyList<EvaluationResult> Results, IReadOnlyList<BenchmarkUsed> Benchmarks);

public static class ItemScoreLists
{
    /// <summary>The item of this indicator, or null when the run did not score it for this firm.</summary>
    public static ItemScore? FindItem(this IEnumerable<ItemScore> items, IndicatorCode code)
    {
        foreach (var item in items)
        {
            if (item.Code == code)
            {
                return item;
            }
        }
        return null;
    }
}
