using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.Schemes;

public enum IndicatorCode
{
    /// <summary>亩均税收: tax ÷ land (万元/亩).</summary>
    TaxPerMu,

    /// <summary>亩均增加值: value added ÷ land (万元/亩).</summary>
    ValueAddedPerMu,

    /// <summary>亩均营业收入: revenue ÷ land (万元/亩).</summary>
    RevenuePerMu,

    /// <summary>单位能耗增加值: value added ÷ energy (万元/吨标煤).</summary>
    ValueAddedPerEnergy,

    /// <summary>单位排放增加值: value added ÷ main pollutant emissions (万元/吨).</summary>
    ValueAddedPerEmission,

    /// <summary>全员劳动生产率: value added ÷ employees (万元/人·年).</summary>
    LabourProductivity,

    /// <summary>研发经费占营业收入比重: R&amp;D expense ÷ revenue (a fraction).</summary>
    RdIntensity,
}

public enum BenchmarkKind
{
    Fixed,
    PopulationAverage,
}

/// <summary>What happens to a firm without the figures an indicator needs.</summary>
public enum MissingPolicy
{
    /// <summary>The firm is listed with what is missing and not scored (never a silent zero).</summary>
    Incomplete,

    /// <summary>The item scores the population's average score of that item (黄岩: 规上无排放数据).</summary>
    PopulationAverageScore,
}

public enum ClassMethod
{
    Percentile,
    Threshold,
}

public enum EfficiencyClass
{
    A,
    B,
    C,
    D,
}

public sealed record Benchmark(BenchmarkKind Kind, decimal? Value = null);

public sealed record IndicatorRule(IndicatorCode Code, decimal Weight, Benchmark Benchmark, MissingPolicy Missing);

/// <summary>A population scored and ranked on its own (规上, 规下).</summary>
public sealed record Population(string Key, SchemeText Name, IReadOnlyList<IndicatorRule> Indicators);

/// <summary>
/// Who is evaluated. With <c>TenantsFollowLandlord</c> a 规下 firm without land of its own that leases space from an
/// evaluated firm takes its landlord's class, unless the space is in a 小微企业园 (江山 2023 draft: "评价等级跟随宗地主",
/// 小微园 excepted).
/// </summary>
public sealed record SchemeScope(decimal MinLandMu, int NewFirmYears, IReadOnlyList<string> ExcludedIndustryPrefixes, bool IndustrialOnly, bool TenantsFollowLandlord = false);

/// <summary>A class and its bound: the largest rank share for <see cref="ClassMethod.Percentile"/>, the lowest score for <see cref="ClassMethod.Threshold"/>.</summary>
public sealed record ClassCut(EfficiencyClass Class, decimal UpTo);

public sealed record ClassRule(ClassMethod Method, IReadOnlyList<ClassCut> Cuts);

public sealed record ClassMeasure(EfficiencyClass Class, string Zh, string En);

/// <summary>
/// A 亩均效益 evaluation scheme as data: scope, populations with their indicators, weights and benchmarks, what to do
/// with missing figures, how classes are cut, and the measures per class.
/// </summary>
public sealed record EvaluationScheme(
    string Key, int Version, SchemeText Name, IReadOnlyList<string> Sources, SchemeScope Scope, IReadOnlyList<Population> Populations,
    decimal? ItemCap, ClassRule Classes, IReadOnlyList<ClassMeasure> Measures);

public sealed record SchemeText(string Zh, string En)
{
    public string Text => UiLanguage.Pick(Zh, En);

    public override string ToString() => Text;
}
