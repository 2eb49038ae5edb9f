using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>专精特新“小巨人” (梯度培育办法 2022): all of 专, 精, 特, 新, 链, 品; 链 and 品 are staff-confirmed.</summary>
internal static class LittleGiantEvaluator
{
    public static readonly RuleSetSchema Schema = new(
        ["require_specialized", "min_years_in_segment", "min_main_share", "min_main_growth_2y", "max_debt_ratio", "min_market_share",
         "rd_band_large_min", "rd_band_medium_min", "rd_ratio_large", "rd_ratio_medium", "small_equity_2y", "small_rd_total_2y", "small_rd_staff_ratio",
         "min_rd_institution_level", "min_ip_class1", "direct_national_award_rank", "direct_chuangke_rank"],
        []);

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var holds = set.Number("require_specialized") == 0 ? true
            : b.Condition("holds_specialized", "已是专精特新中小企业", "Already a specialised-and-sophisticated SME", "前提条件", Tri.Flag(f[HoldsSpecialized]), Format.Flag(f[HoldsSpecialized]), "是", [HoldsSpecialized],
                noteZh: "前提条件依据记忆，待核对（[M]）", noteEn: "Precondition from memory, to be confirmed ([M])");

        var zhuan = Tri.All(
            AtLeast(b, "zhuan_years", "从事细分市场3年以上", "3+ years in the segment", "专", Measure.Plain(YearsInSegment, f, "从事细分市场年限", "Years in the segment"), set.Number("min_years_in_segment")),
            AtLeast(b, "zhuan_main_share", "主营业务收入占营业收入比重", "Main-business share of revenue", "专", Measures.MainShare(f), set.Number("min_main_share")),
            AtLeast(b, "zhuan_growth", "近2年主营业务收入平均增长率", "Average main-business growth, 2 years", "专",
                Measures.AverageGrowth2Y(f, MainRevenue, MainRevenueY1, MainRevenueY2, "主营业务收入（上年度）", "Main-business revenue (last year)"), set.Number("min_main_growth_2y")));
        var maxDebt = set.Number("max_debt_ratio");
        var debt = Measures.DebtRatio(f);
        var debtMet = debt.Value is { } dv ? dv <= maxDebt : (bool?)null;
        b.Condition("jing_debt", "资产负债率", "Debt ratio", "精", debtMet, debt.Display, "≤" + Format.PercentShort(maxDebt), debt.Inputs, "精");
        if (debtMet == false)
        {
            b.ProposeThreshold("jing_debt", debt, maxDebt, lowerIsBetter: true);
        }
        var jing = Tri.All(Flag(b, "jing_info_system", InfoSystem, "精"), Flag(b, "jing_cert", MgmtOrForeignCert, "精"), debtMet);
        var te = Tri.All(AtLeast(b, "te_market_share", "主导产品全国细分市场占有率", "National segment share", "特", Measure.Plain(MarketShare, f, "细分市场占有率", "Market share"), set.Number("min_market_share")),
            Flag(b, "te_brand", OwnBrand, "特"));
        var xin = New(b, set, f);
        var lian = Flag(b, "lian", ChainLinkConfirmed, "链", "链的判定需人工确认（[M]，原文未检索到）", "The chain test is confirmed by staff ([M], text not retrieved)");
        var pin = Flag(b, "pin", ProductFieldConfirmed, "品", "品的判定需人工确认（[M]，原文未检索到）", "The product-field test is confirmed by staff ([M], text not retrieved)");
        return b.Build(TechSmeEvaluator.ToVerdict(Tri.All(holds, zhuan, jing, te, xin, lian, pin)), null, null, null, null, scored: false);
    }

    /// <summary>新: R&amp;D intensity by last year's revenue band, an R&amp;D institution and 2+ Class I IP; or a direct route.</summary>
    private static bool? New(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var revenue = f[Revenue];
        bool? intensity;
        var large = set.Number("rd_band_large_min");
        var medium = set.Number("rd_band_medium_min");
        if (revenue is not { } rv)
        {
            intensity = b.Condition("xin_intensity", "研发投入强度", "R&D intensity", "新(一)", null, null, null, [Revenue], "新");
        }
        else if (rv >= medium)
        {
            var min = rv >= large ? set.Number("rd_ratio_large") : set.Number("rd_ratio_medium");
            var y0 = Measure.Ratio(RdExpense, f[RdExpense], f[Revenue], "研发费用（上年度）", "R&D expense (last year)", "营业收入", "revenue", [RdExpense, Revenue]);
            var y1 = Measure.Ratio(RdExpenseY1, f[RdExpenseY1], f[RevenueY1], "研发费用（前一年）", "R&D expense (year before)", "营业收入", "revenue", [RdExpenseY1, RevenueY1]);
            var band = rv >= large ? "营业收入≥1亿元" : "营业收入5000万–1亿元";
            intensity = Tri.All(
                AtLeast(b, "xin_intensity_y0", $"上年度研发费用占营业收入比重（{band}）", "R&D share of revenue, last year", "新(一)", y0, min),
                AtLeast(b, "xin_intensity_y1", $"前一年研发费用占营业收入比重（{band}）", "R&D share of revenue, year before", "新(一)", y1, min));
        }
        else
        {
            var rdTotal = f[RdExpense] is { } a && f[RdExpenseY1] is { } c ? a + c : (decimal?)null;
            intensity = Tri.All(
                AtLeast(b, "xin_equity", "近2年新增股权融资（营业收入<5000万元）", "Equity financing, 2 years (revenue < 50M)", "新(一)", Measure.Plain(EquityFinancing2Y, f, "近2年股权融资", "Equity financing"), set.Number("small_equity_2y")),
                AtLeast(b, "xin_rd_total", "近2年研发费用总额（营业收入<5000万元）", "R&D over 2 years (revenue < 50M)", "新(一)",
                    new Measure(RdExpense, rdTotal, 1, 1, 0, FactUnit.TenThousandYuan, "研发费用 2 年合计", "R&D over 2 years", "{0}", "{0}", [RdExpense, RdExpenseY1]), set.Number("small_rd_total_2y")),
                AtLeast(b, "xin_rd_staff", "研发人员占职工总数比重（营业收入<5000万元）", "R&D staff share (revenue < 50M)", "新(一)",
                    Measure.Ratio(RdStaff, f[RdStaff], f[Employees], "研发人员", "R&D staff", "职工总数", "employees", [RdStaff, Employees]), set.Number("small_rd_staff_ratio")));
        }
        var institution = AtLeast(b, "xin_institution", "自建或与高校、科研院所联合建立研发机构", "Own or joint R&D institution", "新(二)", Measure.Plain(RdInstitutionLevel, f, "研发机构级别", "R&D institution level"), set.Number("min_rd_institution_level"));
        var ip = AtLeast(b, "xin_ip", "与主导产品相关的Ⅰ类知识产权", "Class I IP on the main product", "新(三)", Measure.Plain(IpClass1, f, "Ⅰ类知识产权", "Class I IP"), set.Number("min_ip_class1"));
        var direct = Tri.Any(
            b.Condition("xin_direct_award", "近3年国家级科技奖励前三", "National S&T award top 3, last 3 years", "新(直接)", Tri.RankWithin(f[AwardNationalRank3Y], set.Number("direct_national_award_rank")),
                TechSmeEvaluator.Rank(f[AwardNationalRank3Y]), "前" + Format.Threshold(set.Number("direct_national_award_rank")), [AwardNationalRank3Y], "新", gating: false),
            b.Condition("xin_direct_chuangke", "近3年「创客中国」全国50强", "\"Maker China\" national top 50, last 3 years", "新(直接)", Tri.RankWithin(f[ChuangkeRank3Y], set.Number("direct_chuangke_rank")),
                TechSmeEvaluator.Rank(f[ChuangkeRank3Y]), "前" + Format.Threshold(set.Number("direct_chuangke_rank")), [ChuangkeRank3Y], "新", gating: false));
        return Tri.Any(Tri.All(intensity, institution, ip), direct);
    }

    private static bool? AtLeast(EvaluationBuilder b, string id, string zh, string en, string group, Measure m, decimal min)
    {
        var met = m.Value is { } v ? v >= min : (bool?)null;
        var threshold = m.Denominator == 1 && m.Offset == 0 ? "≥" + Format.Amount(min, m.NumeratorUnit) : "≥" + Format.PercentShort(min);
        b.Condition(id, zh, en, group, met, m.Display, threshold, m.Inputs, group);
        if (met == false)
        {
            b.ProposeThreshold(id, m, min);
        }
        return met;
    }

    private static bool? Flag(EvaluationBuilder b, string id, string fact, string group, string? noteZh = null, string? noteEn = null)
    {
        var def = FactCatalog.Get(fact);
        var met = b.Condition(id, def.NameZh, def.NameEn, group, Tri.Flag(b.Facts[fact]), Format.Flag(b.Facts[fact]), "是", [fact], group, noteZh: noteZh, noteEn: noteEn);
        b.ProposeFlag(id, fact, $"需满足：{def.NameZh}", $"Needs: {def.NameEn}");
        return met;
    }
}
