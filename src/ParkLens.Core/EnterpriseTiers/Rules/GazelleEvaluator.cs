using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>瞪羚企业: a local rule. The shipped numbers are an example; each zone replaces them with its own document.</summary>
internal static class GazelleEvaluator
{
    public static readonly RuleSetSchema Schema = new(["max_age_days", "min_revenue", "min_avg_growth"], []);

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var maxAge = set.Number("max_age_days");
        var age = b.Condition("age", "成立年限", "Age", "示例条件一", Tri.AtMost(f[OperatingDays], maxAge),
            TechSmeEvaluator.Show(f[OperatingDays]) + "天", "≤" + Format.Threshold(maxAge) + "天", [OperatingDays]);
        var minRevenue = set.Number("min_revenue");
        var revenue = b.Condition("revenue", "上年度营业收入", "Revenue last year", "示例条件二", Tri.AtLeast(f[Revenue], minRevenue),
            TechSmeEvaluator.Show(f[Revenue]) + "万元", "≥" + Format.Threshold(minRevenue) + "万元", [Revenue]);
        if (revenue == false)
        {
            b.ProposeThreshold("revenue", Measure.Plain(Revenue, f, "营业收入", "Revenue"), minRevenue);
        }
        var minGrowth = set.Number("min_avg_growth");
        var g = Measures.AverageGrowth2Y(f, Revenue, RevenueY1, RevenueY2, "营业收入（上年度）", "Revenue (last year)");
        var growth = b.Condition("growth", "营业收入平均增长率（y2→y0）", "Average revenue growth (y2→y0)", "示例条件三", g.Value is { } v ? v >= minGrowth : null,
            g.Value is { } gv ? Format.Percent(gv) : null, "≥" + Format.PercentShort(minGrowth), g.Inputs);
        if (growth == false)
        {
            b.ProposeThreshold("growth", g, minGrowth);
        }
        return b.Build(TechSmeEvaluator.ToVerdict(Tri.All(age, revenue, growth)), "地方示例规则 / local example rule", null, null, null, scored: false);
    }
}
