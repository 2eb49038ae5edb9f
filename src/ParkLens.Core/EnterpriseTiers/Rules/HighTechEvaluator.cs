using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>
/// 高新技术企业认定 (2016): the 8 conditions of 第十一条 and the 工作指引 innovation score. Bands give point ranges;
/// an expert-entered integer inside the range replaces it, so the total is an interval until experts have scored.
/// </summary>
internal static class HighTechEvaluator
{
    public static readonly RuleSetSchema Schema = new(
        ["min_operating_days", "min_tech_staff_ratio", "rd_band_small_max", "rd_band_medium_max", "rd_ratio_small", "rd_ratio_medium", "rd_ratio_large",
         "min_domestic_rd_ratio", "min_high_tech_revenue_ratio", "pass_score", "ip_cap", "conversion_years"],
        ["ip_advance", "ip_core", "ip_count", "ip_acquisition", "ip_standard", "conversion", "rd_org", "growth_assets", "growth_sales"]);

    private const string Group = "创新能力评价";

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var days = f[OperatingDays];
        var years = days is { } d ? (int)Math.Floor(d / 365m) : (int?)null;
        var c1 = b.Condition("registered", "注册成立一年以上", "Registered one year or more", "第十一条(一)", Tri.AtLeast(days, set.Number("min_operating_days")),
            days is { } dd ? Format.Number(dd) + "天" : null, "≥" + Format.Threshold(set.Number("min_operating_days")) + "天", [OperatingDays]);
        var c2 = b.Condition("core_ip", "拥有核心支持作用的知识产权所有权", "Owns core IP", "第十一条(二)", Tri.Flag(f[CoreIpOwned]), Format.Flag(f[CoreIpOwned]), "是", [CoreIpOwned]);
        var c3 = b.Condition("supported_field", "属国家重点支持的高新技术领域", "In a state-supported high-tech field", "第十一条(三)", Tri.Flag(f[TechInSupportedField]), Format.Flag(f[TechInSupportedField]), "是", [TechInSupportedField]);
        var c4 = TechStaff(b, set, f);
        var (c5, c5b) = ResearchRatio(b, set, f, years);
        var c6 = HighTechRevenue(b, set, f);
        var c8 = b.Condition("no_incident", "申请前一年内无重大安全、质量事故或严重环境违法", "No major incident in the year before", "第十一条(八)", Tri.Flag(f[NoMajorIncident]), Format.Flag(f[NoMajorIncident]), "是", [NoMajorIncident]);

        Innovation(b, set, f, years);
        var pass = set.Number("pass_score");
        var c7 = b.Condition("innovation_score", "企业创新能力评价", "Innovation-capability score", "第十一条(七)", TechSmeEvaluator.ScoreAtLeast(b, pass),
            Format.Points(b.ScoreMin, b.ScoreMax), "≥" + Format.Threshold(pass), [], Group, gating: false);
        return b.Build(TechSmeEvaluator.ToVerdict(Tri.All(c1, c2, c3, c4, c5, c5b, c6, c7, c8)), "认定条件 / conditions", null, null, pass);
    }

    private static bool? TechStaff(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var min = set.Number("min_tech_staff_ratio");
        var m = Measure.Ratio(FactKeys.TechStaff, f[FactKeys.TechStaff], f[Employees], "科技人员", "S&T staff", "职工总数", "total employees", [FactKeys.TechStaff, Employees]);
        var met = m.Value is { } v ? v >= min : (bool?)null;
        b.Condition("tech_staff", "科技人员占职工总数比例", "S&T staff share of employees", "第十一条(四)", met, m.Display, "≥" + Format.PercentShort(min), m.Inputs);
        if (met == false)
        {
            b.ProposeThreshold("tech_staff", m, min);
        }
        return met;
    }

    /// <summary>R&amp;D over the last 3 years (or the operating period) against sales of the same years; the band is set by the latest year's sales.</summary>
    private static (bool?, bool?) ResearchRatio(EvaluationBuilder b, TierRuleSet set, TierFacts f, int? years)
    {
        var span = Math.Clamp(years ?? 3, 1, 3);
        string[] rd = [RdExpense, RdExpenseY1, RdExpenseY2];
        string[] sales = [Revenue, RevenueY1, RevenueY2];
        var inputs = rd.Take(span).Concat(sales.Take(span)).ToList();
        var rdSum = Sum(f, rd.Take(span));
        var salesSum = Sum(f, sales.Take(span));
        var latest = f[Revenue];
        decimal? required = latest is not { } s ? null
            : s <= set.Number("rd_band_small_max") ? set.Number("rd_ratio_small")
            : s <= set.Number("rd_band_medium_max") ? set.Number("rd_ratio_medium")
            : set.Number("rd_ratio_large");
        var m = Measure.Ratio(RdExpense, rdSum, salesSum, $"研发费用 {span} 年合计", $"R&D over {span} years", "销售收入", "sales", inputs);
        var met = m.Value is { } v && required is { } r ? v >= r : (bool?)null;
        b.Condition("rd_ratio", "近三个会计年度研发费用占同期销售收入比例", "R&D share of sales, last 3 fiscal years", "第十一条(五)", met, m.Display,
            required is { } req ? $"≥{Format.PercentShort(req)}（最近一年销售收入 {TechSmeEvaluator.Show(latest)}万元）" : null, inputs);
        if (met == false)
        {
            b.ProposeThreshold("rd_ratio", m, required!.Value);
        }

        var minDomestic = set.Number("min_domestic_rd_ratio");
        var domestic = new Measure(RdExpenseDomestic3Y, f[RdExpenseDomestic3Y], rdSum, 1, 0, FactUnit.TenThousandYuan, "境内研发费用", "Domestic R&D", "研发费用总额的 {0}", "{0} of total R&D", [RdExpenseDomestic3Y, .. rd.Take(span)]);
        var domesticMet = domestic.Value is { } dv ? dv >= minDomestic : (bool?)null;
        b.Condition("rd_domestic", "境内研发费用占全部研发费用比例", "Domestic share of R&D", "第十一条(五)", domesticMet, domestic.Display, "≥" + Format.PercentShort(minDomestic), domestic.Inputs);
        if (domesticMet == false)
        {
            b.ProposeThreshold("rd_domestic", domestic, minDomestic);
        }
        return (met, domesticMet);
    }

    private static bool? HighTechRevenue(EvaluationBuilder b, TierRuleSet set, TierFacts f)
    {
        var min = set.Number("min_high_tech_revenue_ratio");
        var m = Measure.Ratio(FactKeys.HighTechRevenue, f[FactKeys.HighTechRevenue], f[Revenue], "高新技术产品（服务）收入", "High-tech revenue", "同期总收入", "total revenue", [FactKeys.HighTechRevenue, Revenue]);
        var met = m.Value is { } v ? v >= min : (bool?)null;
        b.Condition("high_tech_revenue", "高新技术产品（服务）收入占总收入比例", "High-tech share of revenue", "第十一条(六)", met, m.Display, "≥" + Format.PercentShort(min), m.Inputs);
        if (met == false)
        {
            b.ProposeThreshold("high_tech_revenue", m, min);
        }
        return met;
    }

    private static void Innovation(EvaluationBuilder b, TierRuleSet set, TierFacts f, int? years)
    {
        Expert(b, set.Table("ip_advance"), EvaluationBuilder.Evaluate(set.Table("ip_advance"), null, f), HtScoreIpAdvance, null, false);
        Expert(b, set.Table("ip_core"), EvaluationBuilder.Evaluate(set.Table("ip_core"), null, f), HtScoreIpCore, null, false);
        var count = EvaluationBuilder.Evaluate(set.Table("ip_count"), null, f);
        Expert(b, set.Table("ip_count"), count, HtScoreIpCount, $"Ⅰ类 {TechSmeEvaluator.Show(f[IpClass1])}，Ⅱ类 {TechSmeEvaluator.Show(f[IpClass2])}", false);
        Expert(b, set.Table("ip_acquisition"), EvaluationBuilder.Evaluate(set.Table("ip_acquisition"), null, f), HtScoreIpAcquisition, Format.Flag(f[IpHasSelfDeveloped]), false);
        Expert(b, set.Table("ip_standard"), EvaluationBuilder.Evaluate(set.Table("ip_standard"), null, f), HtScoreStandard, Format.Flag(f[ParticipatedStandard]), false);
        var ip = b.Criteria.Skip(b.Criteria.Count - 5).ToList();
        var cap = set.Number("ip_cap");
        var ipMin = Math.Min(cap, ip.Sum(c => c.PointsMin ?? 0));
        var ipMax = Math.Min(cap, ip.Sum(c => c.PointsMax ?? 0));
        b.AddPoints(new ScoreTable("ip_total", "知识产权（小计，封顶）", "Intellectual property (subtotal, capped)", "工作指引 知识产权", Group, cap, "V", []),
            "ip_total", ipMin == ipMax ? CriterionState.Met : CriterionState.Unknown, Format.Points(ipMin, ipMax), ipMin, ipMax, [],
            $"含加分，合计不超过 {Format.Number(cap)} 分", $"Bonus included, capped at {Format.Number(cap)}");
        if (count.Index is { } ci)
        {
            b.ProposeBetterBands(set.Table("ip_count"), null, ci, false, "ip_count");
        }

        var divisor = Math.Clamp(years ?? (int)set.Number("conversion_years"), 1, (int)set.Number("conversion_years"));
        var conversion = new Measure(Conversions3Y, f[Conversions3Y], divisor, 1, 0, FactUnit.Count, "近3年科技成果转化数", "Conversions over 3 years", "年均 {0} 项", "an annual average of {0}",
            [Conversions3Y], f[Conversions3Y] is { } n ? $"年均 {Format.Number(Math.Round(n / divisor, 2))} 项（{Format.Number(n)}/{divisor}）" : null, FactUnit.Count);
        var conv = EvaluationBuilder.Evaluate(set.Table("conversion"), conversion.Value, f);
        Expert(b, set.Table("conversion"), conv with { Missing = conversion.Missing(f) }, HtScoreConversion, conversion.Display, true);
        if (conv.Index is { } vi)
        {
            b.ProposeBetterBands(set.Table("conversion"), conversion, vi, false, "conversion");
        }

        var org = EvaluationBuilder.Evaluate(set.Table("rd_org"), null, f);
        Expert(b, set.Table("rd_org"), org, HtScoreRdOrg, null, true);

        Growth(b, set.Table("growth_assets"), f, years, HtScoreGrowthAssets, "净资产", "Net assets",
            [(TotalAssetsY2, TotalLiabilitiesY2), (TotalAssetsY1, TotalLiabilitiesY1), (TotalAssets, TotalLiabilities)]);
        Growth(b, set.Table("growth_sales"), f, years, HtScoreGrowthSales, "销售收入", "Sales", [(RevenueY2, null), (RevenueY1, null), (Revenue, null)]);
    }

    /// <summary>Net assets = assets − liabilities per year; sales are read as they are.</summary>
    private static void Growth(EvaluationBuilder b, ScoreTable table, TierFacts f, int? years, string expertKey, string zh, string en, (string Value, string? Less)[] series)
    {
        var span = Math.Clamp(years ?? 3, 1, 3);
        var used = series.Skip(3 - Math.Max(span, 2)).ToArray();
        var inputs = used.SelectMany(s => s.Less is null ? new[] { s.Value } : [s.Value, s.Less]).Append(OperatingDays).ToList();
        decimal? Year(int i) => f[series[i].Value] is { } v ? (series[i].Less is { } l ? (f[l] is { } lv ? v - lv : null) : v) : null;
        var missing = inputs.Where(k => f[k] is null).ToList();
        if (years is null || (span > 1 && missing.Count > 0))
        {
            Expert(b, table, new BandOutcome(0, table.MaxPoints, null, missing), expertKey, null, true);
            return;
        }
        var rate = HighTechGrowth.Rate(span >= 3 ? Year(0)!.Value : 0, Year(1) ?? 0, Year(2) ?? 0, span, out var zero, out var lever, series[2].Value, zh + "（最近一年）", en + " (latest year)");
        if (zero || rate is null)
        {
            Expert(b, table, new BandOutcome(0, 0, table.Bands.Count, []), expertKey, "0（经营不足两年或第二年为0）", true);
            return;
        }
        var outcome = EvaluationBuilder.Evaluate(table, rate, f);
        Expert(b, table, outcome, expertKey, Format.Percent(rate.Value), true);
        if (outcome.Index is { } i)
        {
            b.ProposeBetterBands(table, lever, i, false, table.Key);
        }
    }

    /// <summary>Uses the expert's integer when it lies in the band's range; otherwise keeps the range and says why.</summary>
    private static void Expert(EvaluationBuilder b, ScoreTable table, BandOutcome outcome, string expertKey, string? value, bool countsTowardScore)
    {
        var entered = b.Facts[expertKey];
        var (min, max) = (outcome.Min, outcome.Max);
        string? noteZh = null, noteEn = null;
        var missing = outcome.Missing.ToList();
        if (entered is { } s)
        {
            if (s >= min && s <= max && decimal.Truncate(s) == s)
            {
                (min, max) = (s, s);
            }
            else
            {
                noteZh = $"专家分 {Format.Number(s)} 不在本档分值区间 {Format.Points(min, max)} 内，未采用";
                noteEn = $"Expert score {Format.Number(s)} is outside the band's range {Format.Points(min, max)} and was not used";
            }
        }
        if (min != max && entered is null)
        {
            missing.Add(expertKey);
        }
        var state = min == max && noteZh is null ? CriterionState.Met : CriterionState.Unknown;
        b.AddPoints(table, table.Key, state, value, min, max, missing, noteZh, noteEn, countsTowardScore);
    }

    private static decimal? Sum(TierFacts f, IEnumerable<string> keys)
    {
        decimal total = 0;
        foreach (var key in keys)
        {
            if (f[key] is not { } v)
            {
                return null;
            }
            total += v;
        }
        return total;
    }
}
