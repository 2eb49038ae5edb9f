using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>The evaluation's words in the UI language, rendered from stored codes so a run reads in either language.</summary>
public static class LandTexts
{
    public static string? Reason(ReasonKind kind, string? detail, IReadOnlyList<IndicatorCode> missing, EvaluationInput input)
    {
        var parts = detail?.Split('|') ?? [];
        string Part(int i) => i < parts.Length ? parts[i] : "";
        return kind switch
        {
            ReasonKind.None => null,
            ReasonKind.NotIndustrial => UiLanguage.Pick($"非工业企业（行业 {Part(0)}）", $"not an industrial enterprise (industry {Part(0)})"),
            ReasonKind.ExcludedIndustry => UiLanguage.Pick($"行业 {Part(0)} 不适合评价（T 类）", $"industry {Part(0)} is not evaluated (T)"),
            ReasonKind.NewFirm => UiLanguage.Pick($"成立未满 {Part(1)} 年（{Part(0)}），暂不评价", $"founded {Part(0)}, under {Part(1)} years: not evaluated yet"),
            ReasonKind.FollowsLandlord => UiLanguage.Pick($"承租规下企业，评价等级跟随宗地主（{Part(0)}）", $"规下 tenant: takes its landlord's class ({Part(0)})"),
            ReasonKind.NoLand => UiLanguage.Pick("缺少用地面积，无法判断是否在评价范围内", "no land area: scope cannot be decided"),
            ReasonKind.SmallPlot => UiLanguage.Pick($"用地 {Part(0)} 亩，不足 {Part(1)} 亩", $"{Part(0)} mu of land, under {Part(1)} mu"),
            ReasonKind.PopulationNotEvaluated => UiLanguage.Pick("本方案不评价该类企业", "the scheme does not evaluate this population"),
            ReasonKind.MissingFigures => UiLanguage.Pick(
                $"缺少{string.Join("、", missing.SelectMany(c => Indicators.MissingFigures(c, input)).Distinct())}，未评分",
                $"missing {string.Join(", ", missing.SelectMany(c => Indicators.MissingFigures(c, input)).Distinct())}; not scored"),
            _ => kind.ToString(),
        };
    }

    public static string Explain(ItemScore item)
    {
        var score = LandEvaluator.Number(item.Score);
        if (item.Imputed)
        {
            return UiLanguage.Pick($"未报送，按本群体此项平均得分 {score} 赋分", $"not reported; scored at the population's average item score {score}");
        }
        var value = LandEvaluator.Number(item.Value ?? 0);
        if (item.Value is not > 0)
        {
            return UiLanguage.Pick($"{value} ≤ 0，得 0 分", $"{value} ≤ 0 scores 0");
        }
        return $"{value} ÷ {LandEvaluator.Number(item.Benchmark)} × {LandEvaluator.Number(item.Weight)} = {score}" + (item.Capped ? UiLanguage.Pick("（封顶）", " (capped)") : "");
    }

    public static string Population(string key) => key switch
    {
        "above" => UiLanguage.Pick("规上工业企业", "above designated size"),
        "below" => UiLanguage.Pick("规下工业企业", "below designated size"),
        _ => key,
    };

    public static string Class(EfficiencyClass c) => c switch
    {
        EfficiencyClass.A => UiLanguage.Pick("A 优先发展", "A develop first"),
        EfficiencyClass.B => UiLanguage.Pick("B 提升发展", "B improve"),
        EfficiencyClass.C => UiLanguage.Pick("C 帮扶转型", "C assist and transform"),
        EfficiencyClass.D => UiLanguage.Pick("D 倒逼整治", "D forced rectification"),
        _ => c.ToString(),
    };
}
