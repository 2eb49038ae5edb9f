using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>创新型中小企业 (梯度培育办法 2022): six indicators with category minimums, or one direct route; SME precondition.</summary>
internal static class InnovativeSmeEvaluator
{
    public static readonly RuleSetSchema Schema = new(
        ["require_sme", "pass_score", "min_innovation", "min_growth", "min_specialization", "direct_equity_3y", "direct_rd_institution_level"],
        ["ip", "rd_ratio", "main_growth", "debt_ratio", "field", "main_share"]);

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var sme = TierEngine.IsSme(b, set);

        var ip = b.Score(set.Table("ip"), null);
        var rd = b.Score(set.Table("rd_ratio"), Measures.RdToRevenue(f));
        var growth = b.Score(set.Table("main_growth"), Measure.Growth(MainRevenue, MainRevenueY1, f, "主营业务收入", "Main-business revenue"));
        var debt = b.Score(set.Table("debt_ratio"), Measures.DebtRatio(f), lowerIsBetter: true);
        var field = b.Score(set.Table("field"), null);
        var share = b.Score(set.Table("main_share"), Measures.MainShare(f));

        var innovation = Category(b, "innovation", "创新能力", "Innovation", set.Number("min_innovation"), ip, rd);
        var growthOk = Category(b, "growth", "成长性", "Growth", set.Number("min_growth"), growth, debt);
        var specialization = Category(b, "specialization", "专业化", "Specialisation", set.Number("min_specialization"), field, share);
        var pass = set.Number("pass_score");
        var total = b.Condition("score", "综合评价得分", "Total score", "评价标准", TechSmeEvaluator.ScoreAtLeast(b, pass), Format.Points(b.ScoreMin, b.ScoreMax), "≥" + Format.Threshold(pass), [], gating: false);
        var scoreOk = Tri.All(total, innovation, growthOk, specialization);

        var direct = Tri.Any(
            b.Condition("direct_award", "近3年获国家级或省级科技奖励", "National or provincial S&T award, last 3 years", "直接认定(一)",
                Tri.Any(Tri.AtLeast(f[AwardNationalRank3Y], 1), Tri.AtLeast(f[AwardProvincialRank3Y], 1)), $"{TechSmeEvaluator.Rank(f[AwardNationalRank3Y])}/{TechSmeEvaluator.Rank(f[AwardProvincialRank3Y])}", "有", [AwardNationalRank3Y, AwardProvincialRank3Y], "直接认定", gating: false),
            b.Condition("direct_honour", "有效期内高新技术企业、国家级技术创新示范企业、知识产权优势/示范企业等荣誉", "Valid high-tech or other national honour", "直接认定(二)",
                Tri.Any(Tri.Flag(f[HoldsHighTech]), Tri.Flag(f[InnovationHonour])), $"{Format.Flag(f[HoldsHighTech])}/{Format.Flag(f[InnovationHonour])}", "是", [HoldsHighTech, InnovationHonour], "直接认定", gating: false),
            b.Condition("direct_rd_institution", "省部级以上研发机构", "Provincial/ministerial or higher R&D institution", "直接认定(三)",
                Tri.AtLeast(f[RdInstitutionLevel], set.Number("direct_rd_institution_level")), TechSmeEvaluator.Show(f[RdInstitutionLevel]), "≥" + Format.Threshold(set.Number("direct_rd_institution_level")), [RdInstitutionLevel], "直接认定", gating: false),
            b.Condition("direct_equity", "近3年新增股权融资总额（合格机构投资者实缴）", "New equity financing, last 3 years", "直接认定(四)",
                Tri.AtLeast(f[EquityFinancing3Y], set.Number("direct_equity_3y")), TechSmeEvaluator.Show(f[EquityFinancing3Y]) + "万元", "≥" + Format.Threshold(set.Number("direct_equity_3y")) + "万元", [EquityFinancing3Y], "直接认定", gating: false));

        var passes = Tri.All(sme, Tri.Any(direct, scoreOk));
        var route = sme == true && direct == true ? "直接认定 / direct entry" : "评分 / score";
        // An improvement passes alone only if every category minimum also holds after its points are added.
        (string[] Tables, decimal Points, decimal Min)[] categories =
        [
            (["ip", "rd_ratio"], ip.Min + rd.Min, set.Number("min_innovation")),
            (["main_growth", "debt_ratio"], growth.Min + debt.Min, set.Number("min_growth")),
            (["field", "main_share"], field.Min + share.Min, set.Number("min_specialization")),
        ];
        return b.Build(TechSmeEvaluator.ToVerdict(passes), route, null, null, pass,
            alsoRequired: i => categories.All(c => c.Points + (c.Tables.Contains(i.CriterionId) ? i.PointsGained ?? 0 : 0) >= c.Min));
    }

    internal static bool? Category(EvaluationBuilder b, string id, string zh, string en, decimal min, params BandOutcome[] parts)
    {
        var (lo, hi) = (parts.Sum(p => p.Min), parts.Sum(p => p.Max));
        bool? met = lo >= min ? true : hi < min ? false : null;
        return b.Condition("category_" + id, zh + "类得分", en + " category score", "评价标准", met, Format.Points(lo, hi), "≥" + Format.Threshold(min), [], zh, gating: false);
    }
}
