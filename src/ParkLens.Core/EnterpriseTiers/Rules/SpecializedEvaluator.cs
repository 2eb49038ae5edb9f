using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>专精特新中小企业 (梯度培育办法 2022): four conditions, the 13-indicator table (row 9 set by the province) or a direct route.</summary>
internal static class SpecializedEvaluator
{
    public static readonly RuleSetSchema Schema = new(
        ["require_sme", "min_years_in_segment", "min_rd_expense", "min_rd_ratio", "min_revenue", "alt_equity_2y", "pass_score",
         "direct_provincial_award_rank", "direct_national_award_rank", "direct_avg_rd_2y", "direct_equity_2y", "direct_chuangke_rank",
         "segment_years_per_point", "segment_max_points", "quality_points_per_item", "quality_max_points", "local_max_points"],
        ["main_share", "main_growth_2y", "segment_years", "chain_role", "digital", "quality", "net_margin", "debt_ratio", "local_feature",
         "ip", "rd_amount", "rd_ratio", "rd_staff", "rd_institution"]);

    private static readonly string[] QualityItems = [QualityAwardProvincial, QualityCertification, OwnBrand, ParticipatedStandard];

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var sme = TierEngine.IsSme(b, set);
        var c1 = b.Condition("in_segment", "从事特定细分市场时间", "Years in the market segment", "第十条(一)", Tri.AtLeast(f[YearsInSegment], set.Number("min_years_in_segment")),
            TechSmeEvaluator.Show(f[YearsInSegment]) + "年", "≥" + Format.Threshold(set.Number("min_years_in_segment")) + "年", [YearsInSegment]);
        var c2 = Research(b, set, f);
        var minRevenue = set.Number("min_revenue");
        var revenueMet = Tri.AtLeast(f[Revenue], minRevenue);
        var c3 = b.Condition("revenue", "上年度营业收入，或近2年新增股权融资", "Revenue last year, or equity financing in 2 years", "第十条(三)",
            Tri.Any(revenueMet, Tri.AtLeast(f[EquityFinancing2Y], set.Number("alt_equity_2y"))), $"{TechSmeEvaluator.Show(f[Revenue])}万元 / {TechSmeEvaluator.Show(f[EquityFinancing2Y])}万元",
            $"≥{Format.Number(minRevenue)}万元，或融资≥{Format.Threshold(set.Number("alt_equity_2y"))}万元", [Revenue, EquityFinancing2Y]);
        if (revenueMet == false)
        {
            b.ProposeThreshold("revenue", Measure.Plain(Revenue, f, "营业收入", "Revenue"), minRevenue);
        }

        Score(b, set, f);
        var pass = set.Number("pass_score");
        var score = b.Condition("score", "评价得分", "Score", "第十条(四)", TechSmeEvaluator.ScoreAtLeast(b, pass), Format.Points(b.ScoreMin, b.ScoreMax), "≥" + Format.Threshold(pass), [], gating: false);
        var direct = Tri.Any(
            b.Condition("direct_award", "近3年省级科技奖励前三或国家级前五", "Provincial S&T award top 3 or national top 5, last 3 years", "第十条(四)1",
                Tri.Any(Tri.RankWithin(f[AwardProvincialRank3Y], set.Number("direct_provincial_award_rank")), Tri.RankWithin(f[AwardNationalRank3Y], set.Number("direct_national_award_rank"))),
                $"{TechSmeEvaluator.Rank(f[AwardProvincialRank3Y])}/{TechSmeEvaluator.Rank(f[AwardNationalRank3Y])}", null, [AwardProvincialRank3Y, AwardNationalRank3Y], "直接认定", gating: false),
            b.Condition("direct_avg_rd", "近2年研发费用年均", "Average R&D over 2 years", "第十条(四)2",
                f[RdExpense] is { } r0 && f[RdExpenseY1] is { } r1 ? (r0 + r1) / 2 >= set.Number("direct_avg_rd_2y") : null,
                f[RdExpense] is { } a && f[RdExpenseY1] is { } c ? Format.Money((a + c) / 2) : null, "≥" + Format.Threshold(set.Number("direct_avg_rd_2y")) + "万元", [RdExpense, RdExpenseY1], "直接认定", gating: false),
            b.Condition("direct_equity", "近2年新增股权融资", "Equity financing, last 2 years", "第十条(四)3", Tri.AtLeast(f[EquityFinancing2Y], set.Number("direct_equity_2y")),
                TechSmeEvaluator.Show(f[EquityFinancing2Y]) + "万元", "≥" + Format.Threshold(set.Number("direct_equity_2y")) + "万元", [EquityFinancing2Y], "直接认定", gating: false),
            b.Condition("direct_chuangke", "近3年「创客中国」全国500强", "\"Maker China\" national top 500, last 3 years", "第十条(四)4", Tri.RankWithin(f[ChuangkeRank3Y], set.Number("direct_chuangke_rank")),
                TechSmeEvaluator.Rank(f[ChuangkeRank3Y]), "前" + Format.Threshold(set.Number("direct_chuangke_rank")), [ChuangkeRank3Y], "直接认定", gating: false));

        var c4 = Tri.Any(score, direct);
        var passes = Tri.All(sme, c1, c2, c3, c4);
        var route = passes == true && score != true ? "直接认定 / direct entry" : "评分 / score";
        return b.Build(TechSmeEvaluator.ToVerdict(passes), route, null, null, pass);
    }

    private static bool? Research(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var (minAmount, minRatio) = (set.Number("min_rd_expense"), set.Number("min_rd_ratio"));
        var ratio = Measures.RdToRevenue(f);
        var amountMet = Tri.AtLeast(f[RdExpense], minAmount);
        var ratioMet = ratio.Value is { } v ? v >= minRatio : (bool?)null;
        var met = b.Condition("rd", "上年度研发费用总额及占营业收入比重", "R&D last year: amount and share of revenue", "第十条(二)", Tri.All(amountMet, ratioMet),
            $"{TechSmeEvaluator.Show(f[RdExpense])}万元，{ratio.Display ?? "?"}", $"≥{Format.Number(minAmount)}万元 且 ≥{Format.PercentShort(minRatio)}", ratio.Inputs);
        if (amountMet == false)
        {
            b.ProposeThreshold("rd", Measure.Plain(RdExpense, f, "研发费用", "R&D expense"), minAmount);
        }
        if (ratioMet == false)
        {
            b.ProposeThreshold("rd", ratio, minRatio);
        }
        return met;
    }

    private static void Score(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        b.Score(set.Table("main_share"), Measures.MainShare(f));
        b.Score(set.Table("main_growth_2y"), Measures.AverageGrowth2Y(f, MainRevenue, MainRevenueY1, MainRevenueY2, "主营业务收入（上年度）", "Main-business revenue (last year)"));
        SegmentYears(b, set, f);
        b.Score(set.Table("chain_role"), null);
        b.Score(set.Table("digital"), null);
        Quality(b, set, f);
        b.Score(set.Table("net_margin"), Measure.Ratio(NetProfit, f[NetProfit], f[Revenue], "净利润", "Net profit", "营业收入", "revenue", [NetProfit, Revenue]));
        b.Score(set.Table("debt_ratio"), Measures.DebtRatio(f), lowerIsBetter: true);
        LocalFeature(b, set, f);
        b.Score(set.Table("ip"), null);
        ResearchInput(b, set, f);
        b.Score(set.Table("rd_staff"), Measure.Ratio(RdStaff, f[RdStaff], f[Employees], "研发人员", "R&D staff", "职工总数", "employees", [RdStaff, Employees]));
        b.Score(set.Table("rd_institution"), null);
    }

    /// <summary>Row 3: one point per full N years in the segment, capped.</summary>
    private static void SegmentYears(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var table = set.Table("segment_years");
        var (per, cap) = (set.Number("segment_years_per_point"), set.Number("segment_max_points"));
        if (f[YearsInSegment] is not { } years)
        {
            b.AddPoints(table, table.Key, CriterionState.Unknown, null, 0, cap, [YearsInSegment]);
            return;
        }
        var points = Math.Min(cap, Math.Floor(years / per));
        b.AddPoints(table, table.Key, CriterionState.Met, Format.Number(years) + "年", points, points, []);
        if (points < cap)
        {
            b.ProposeThreshold(table.Key, Measure.Plain(YearsInSegment, f, "从事细分市场年限", "Years in the segment"), (points + 1) * per, pointsGained: 1);
        }
    }

    /// <summary>Row 6: points per item met, capped; unknown items widen the interval.</summary>
    private static void Quality(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var table = set.Table("quality");
        var (per, cap) = (set.Number("quality_points_per_item"), set.Number("quality_max_points"));
        var met = QualityItems.Count(k => f[k] is > 0);
        var unknown = QualityItems.Where(k => f[k] is null).ToList();
        var (min, max) = (Math.Min(cap, met * per), Math.Min(cap, (met + unknown.Count) * per));
        b.AddPoints(table, table.Key, unknown.Count == 0 ? CriterionState.Met : CriterionState.Unknown, $"{met} 项", min, max, unknown);
        if (unknown.Count == 0 && min < cap)
        {
            var gained = Math.Min(cap, min + per) - min;
            foreach (var item in QualityItems.Where(k => f[k] is 0))
            {
                b.ProposeFlag(table.Key, item, $"取得“{FactCatalog.Get(item).NameZh}”可加 {Format.Number(gained)} 分", $"\"{FactCatalog.Get(item).NameEn}\" gives +{Format.Number(gained)} points", 1d, gained);
            }
        }
    }

    /// <summary>Row 9: the province's indicators; a directly entered local score wins over the configured ones.</summary>
    private static void LocalFeature(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var table = set.Table("local_feature");
        var cap = set.Number("local_max_points");
        if (f[LocalFeaturePoints] is { } entered)
        {
            var points = Math.Clamp(entered, 0, cap);
            b.AddPoints(table, table.Key, CriterionState.Met, Format.Number(entered) + "（直接录入）", points, points, []);
            return;
        }
        decimal min = 0, max = 0;
        var missing = new List<string>();
        foreach (var local in set.LocalIndicators)
        {
            var outcome = EvaluationBuilder.Evaluate(local, null, f);
            (min, max) = (min + outcome.Min, max + outcome.Max);
            missing.AddRange(outcome.Missing);
        }
        (min, max) = (Math.Min(min, cap), Math.Min(max, cap));
        var note = set.LocalIndicators.Count > 0 ? string.Join("；", set.LocalIndicators.Select(l => l.NameZh)) : "未配置地方指标";
        b.AddPoints(table, table.Key, missing.Count == 0 ? CriterionState.Met : CriterionState.Unknown, Format.Points(min, max), min, max, missing,
            "地方特色指标（示例配置）：" + note, "Local indicators (example configuration)");
    }

    /// <summary>Row 11: amount or ratio ("或"), the better of the two.</summary>
    private static void ResearchInput(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var (amountTable, ratioTable) = (set.Table("rd_amount"), set.Table("rd_ratio"));
        var amount = Measure.Plain(RdExpense, f, "研发费用", "R&D expense");
        var ratio = Measures.RdToRevenue(f);
        var a = EvaluationBuilder.Evaluate(amountTable, amount.Value, f);
        var r = EvaluationBuilder.Evaluate(ratioTable, ratio.Value, f);
        var known = a.Known && r.Known;
        var (min, max) = known ? (Math.Max(a.Min, r.Min), Math.Max(a.Max, r.Max)) : (Math.Max(a.Known ? a.Min : 0, r.Known ? r.Min : 0), amountTable.MaxPoints);
        b.AddPoints(amountTable, "rd_input", min == max ? CriterionState.Met : CriterionState.Unknown, $"{amount.Display ?? "?"} / {ratio.Display ?? "?"}", min, max, known ? [] : ratio.Missing(f));
        if (a.Index is { } ai)
        {
            b.ProposeBetterBands(amountTable, amount, ai, false, "rd_input", min);
        }
        if (r.Index is { } ri)
        {
            b.ProposeBetterBands(ratioTable, ratio, ri, false, "rd_input", min);
        }
    }
}
