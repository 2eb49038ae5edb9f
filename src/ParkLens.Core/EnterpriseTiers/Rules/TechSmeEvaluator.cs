using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>科技型中小企业评价办法: eligibility 1–4, then direct entry or the 100-point table (≥60 and 科技人员 ≠ 0).</summary>
internal static class TechSmeEvaluator
{
    public static readonly RuleSetSchema Schema = new(
        ["max_employees", "max_revenue", "max_assets", "pass_score", "direct_award_rank", "direct_rd_institution_level"],
        ["tech_staff", "rd_to_sales", "rd_to_cost", "achievements"]);

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var resident = b.Condition("resident", "境内注册居民企业", "Resident enterprise in mainland China", "第六条(一)", Tri.Flag(f[ResidentEnterprise]), Format.Flag(f[ResidentEnterprise]), "是", [ResidentEnterprise]);
        var size = Size(b, set, f);
        var products = b.Condition("products", "产品和服务不属禁止、限制和淘汰类", "Products not prohibited, restricted or obsolete", "第六条(三)", Tri.Flag(f[ProductsNotRestricted]), Format.Flag(f[ProductsNotRestricted]), "是", [ProductsNotRestricted]);
        var clean = b.Condition("clean_record", "无重大事故、严重违法失信，未列入经营异常名录", "No major incident or violation; not on the lists", "第六条(四)",
            Tri.All(Tri.Flag(f[NoMajorIncident]), Tri.Flag(f[NotOnBlacklists])), $"{Format.Flag(f[NoMajorIncident])}/{Format.Flag(f[NotOnBlacklists])}", "是", [NoMajorIncident, NotOnBlacklists]);
        var eligible = Tri.All(resident, size, products, clean);

        var direct = Tri.Any(
            b.Condition("direct_high_tech", "有效期内高新技术企业", "Valid high-tech enterprise certificate", "直接认定(一)", Tri.Flag(f[HoldsHighTech]), Format.Flag(f[HoldsHighTech]), "是", [HoldsHighTech], "直接认定", gating: false),
            b.Condition("direct_award", "近5年国家级科技奖励前三名", "National S&T award, top 3, last 5 years", "直接认定(二)", Tri.RankWithin(f[AwardNationalRank5Y], set.Number("direct_award_rank")), Rank(f[AwardNationalRank5Y]), "前" + Format.Threshold(set.Number("direct_award_rank")), [AwardNationalRank5Y], "直接认定", gating: false),
            b.Condition("direct_rd_institution", "省部级以上研发机构", "Provincial/ministerial or higher R&D institution", "直接认定(三)", Tri.AtLeast(f[RdInstitutionLevel], set.Number("direct_rd_institution_level")), f[RdInstitutionLevel]?.ToString(System.Globalization.CultureInfo.InvariantCulture), "≥" + Format.Threshold(set.Number("direct_rd_institution_level")), [RdInstitutionLevel], "直接认定", gating: false),
            b.Condition("direct_standard", "近5年主导制定国际、国家或行业标准", "Led a standard in the last 5 years", "直接认定(四)", Tri.Flag(f[LedStandard5Y]), Format.Flag(f[LedStandard5Y]), "是", [LedStandard5Y], "直接认定", gating: false));

        var staffTable = set.Table("tech_staff");
        var staff = b.Score(staffTable, Measure.Ratio(TechStaff, f[TechStaff], f[Employees], "科技人员", "S&T staff", "职工总数", "total employees", [TechStaff, Employees]));
        ResearchInput(b, set, f);
        b.Score(set.Table("achievements"), null);

        var pass = set.Number("pass_score");
        var staffNonZero = b.Condition("tech_staff_nonzero", "科技人员指标得分不为0", "S&T staff score is not 0", "第六条(五)", staff.Min > 0 ? true : staff.Max == 0 ? false : null,
            Format.Points(staff.Min, staff.Max), "≠0", [TechStaff, Employees], gating: false);
        var scoreOk = Tri.All(ScoreAtLeast(b, pass), staffNonZero);
        b.Condition("score", "综合评价得分", "Total score", "第六条(五)", ScoreAtLeast(b, pass), Format.Points(b.ScoreMin, b.ScoreMax), "≥" + Format.Threshold(pass), [], gating: false);

        var passes = Tri.All(eligible, Tri.Any(direct, scoreOk));
        var route = eligible == true && direct == true ? "直接认定 / direct entry" : "评分 / score";
        return b.Build(ToVerdict(passes), route, null, null, pass, alsoRequired: i => staff.Min > 0 || i.CriterionId == staffTable.Key);
    }

    private static bool? Size(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var employees = Tri.AtMost(f[Employees], set.Number("max_employees"));
        var revenue = Tri.AtMost(f[Revenue], set.Number("max_revenue"));
        var assets = Tri.AtMost(f[TotalAssets], set.Number("max_assets"));
        return b.Condition("size", "职工总数、年销售收入、资产总额", "Employees, annual sales, total assets", "第六条(二)", Tri.All(employees, revenue, assets),
            $"{Show(f[Employees])}人 / {Show(f[Revenue])}万元 / {Show(f[TotalAssets])}万元",
            $"≤{Format.Threshold(set.Number("max_employees"))}人, ≤{Format.Threshold(set.Number("max_revenue"))}万元, ≤{Format.Threshold(set.Number("max_assets"))}万元",
            [Employees, Revenue, TotalAssets]);
    }

    /// <summary>The firm picks option (1) R&amp;D/sales or (2) R&amp;D/costs; the better one counts.</summary>
    private static void ResearchInput(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var salesTable = set.Table("rd_to_sales");
        var costTable = set.Table("rd_to_cost");
        var bySales = Measure.Ratio(RdExpense, f[RdExpense], f[Revenue], "研发费用", "R&D expense", "销售收入", "sales", [RdExpense, Revenue]);
        var byCost = Measure.Ratio(RdExpense, f[RdExpense], f[CostExpenseTotal], "研发费用", "R&D expense", "成本费用支出总额", "total costs", [RdExpense, CostExpenseTotal]);
        var s = EvaluationBuilder.Evaluate(salesTable, bySales.Value, f);
        var c = EvaluationBuilder.Evaluate(costTable, byCost.Value, f);
        decimal min, max;
        IReadOnlyList<string> absent;
        if (s.Known && c.Known)
        {
            (min, max, absent) = (Math.Max(s.Min, c.Min), Math.Max(s.Max, c.Max), []);
        }
        else if (s.Known || c.Known)
        {
            var known = s.Known ? s : c;
            var other = s.Known ? costTable : salesTable;
            (min, max) = (known.Min, Math.Max(known.Max, other.Bands.Max(x => x.PointsMax)));
            absent = (s.Known ? byCost : bySales).Missing(f);
        }
        else
        {
            (min, max, absent) = (0, salesTable.MaxPoints, bySales.Missing(f).Concat(byCost.Missing(f)).Distinct().ToList());
        }
        var value = $"{bySales.Display ?? "?"} / {byCost.Display ?? "?"}";
        b.AddPoints(new ScoreTable("rd_input", "研发投入（两种方式取高）", "R&D input (better of the two options)", salesTable.Clause, salesTable.Group, salesTable.MaxPoints, salesTable.Confidence, salesTable.Bands),
            "rd_input", min == max ? CriterionState.Met : CriterionState.Unknown, value, min, max, absent);
        if (s.Index is { } si)
        {
            b.ProposeBetterBands(salesTable, bySales, si, false, "rd_input", min);
        }
        if (c.Index is { } ci)
        {
            b.ProposeBetterBands(costTable, byCost, ci, false, "rd_input", min);
        }
    }

    internal static bool? ScoreAtLeast(EvaluationBuilder b, decimal pass) => b.ScoreMin >= pass ? true : b.ScoreMax < pass ? false : null;

    internal static Verdict ToVerdict(bool? passes) => passes switch { true => Verdict.Pass, false => Verdict.Fail, null => Verdict.CannotDecide };

    internal static string Show(decimal? value) => value is { } v ? Format.Number(v) : "?";

    internal static string Rank(decimal? rank) => rank switch { null => "?", 0 => "无", { } r => "第" + Format.Number(r) + "名" };
}
