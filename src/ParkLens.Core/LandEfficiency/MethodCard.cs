using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency;

/// <summary>
/// What anyone needs to reproduce a run's numbers: the scheme and its sources, scope, indicators with weights and the
/// benchmarks actually used, the class rule with its rounding, exclusions by reason, and the data vintage.
/// </summary>
public sealed record MethodCard(
    string SchemeKey, int SchemeVersion, string SchemeNameZh, IReadOnlyList<string> Sources, SchemeScope Scope,
    IReadOnlyList<MethodIndicator> Indicators, ClassRule Classes, string ClassRounding, string Conventions,
    IReadOnlyDictionary<string, int> Exclusions, int Year, int Enterprises, int Scored, int Incomplete, int Excluded, DateTime ComputedAtUtc,
    string ComputedBy, string DataVintage)
{
    public const string Rounding = "名次 ≤ 四舍五入(N × 比例) 者归入该级；同分同名次同等级";

    public const string ConventionsText = "基准值为本群体完整数据企业的合计比值（Σ分子 ÷ Σ分母）；指标值 ≤ 0 得 0 分；单项得分保留 3 位小数，总分为单项之和；无企业报送的指标本次不计分；规上以营业收入 ≥ 2000 万元判定";

    public static MethodCard Of(EvaluationScheme scheme, EvaluationOutcome outcome, int year, DateTime nowUtc, string by) => new(
        scheme.Key, scheme.Version, scheme.Name.Zh, scheme.Sources, scheme.Scope,
        outcome.Benchmarks.Select(b => new MethodIndicator(b.Population, b.Code,
            scheme.Populations.Single(p => p.Key == b.Population).Indicators.Single(i => i.Code == b.Code).Weight, b.Kind, b.Value, b.Basis)).ToList(),
        scheme.Classes, Rounding, ConventionsText,
        outcome.Results.Where(r => r.Status != ResultStatus.Scored).GroupBy(r => r.ReasonKind.ToString()).ToDictionary(g => g.Key, g => g.Count()),
        year, outcome.Results.Count, outcome.Results.Count(r => r.Status == ResultStatus.Scored), outcome.Results.Count(r => r.Status == ResultStatus.Incomplete),
        outcome.Results.Count(r => r.Status == ResultStatus.Excluded), nowUtc, by,
        $"企业库 {year} 年度指标，{nowUtc:yyyy-MM-dd HH:mm} UTC 读取");
}

/// <summary>An indicator as the run used it: weight and the benchmark value over how many firms (0: nobody reported it, not scored).</summary>
public sealed record MethodIndicator(string Population, IndicatorCode Code, decimal Weight, BenchmarkKind BenchmarkKind, decimal Benchmark, int Basis);
