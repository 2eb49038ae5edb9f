using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

/// <summary>创新型中小企业 (2022).</summary>
public sealed class InnovativeSmeTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("innovative-sme-2022");

    /// <summary>A small manufacturer: IP 10 + R&amp;D 15 = 25; growth 15 + debt 10 = 25; field 5 + share 20 = 25; total 75.</summary>
    internal static TierFacts Firm() => TierTestFacts.Of("C3911",
        (Employees, 100), (Revenue, 5000), (RdExpense, 150), (MainRevenue, 3500), (MainRevenueY1, 3125), (TotalAssets, 4000), (TotalLiabilities, 2000),
        (IpClass1HighValue, 0), (IpClass1SelfDeveloped, 0), (IpClass1, 1), (IpClass2, 3), (StrategicEmerging, 0),
        (AwardNationalRank3Y, 0), (AwardProvincialRank3Y, 0), (HoldsHighTech, 0), (InnovationHonour, 0), (RdInstitutionLevel, 0), (EquityFinancing3Y, 0));

    [Fact]
    public void ScoresByCategory_AndPasses()
    {
        var result = TierEngine.Evaluate(Set, Firm());

        result.Score.ShouldBe(75);
        result.Criterion("category_innovation").Value.ShouldBe("25");
        result.Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void CategoryMinimum_FailsEvenAboveSixty()
    {
        // Specialisation 5 + 0 = 5 < 15; the total 55 also fails.
        var result = TierEngine.Evaluate(Set, Firm().With((MainRevenue, 2400), (MainRevenueY1, 2000), (IpClass1HighValue, 1), (RdExpense, 250)));

        result.Criterion("category_specialization").State.ShouldBe(CriterionState.NotMet);
        result.Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void LargeFirm_FailsTheSmePrecondition()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((Employees, 1000), (Revenue, 40000), (RdExpense, 3000), (MainRevenue, 35000), (MainRevenueY1, 30000)));

        result.Criterion("sme").State.ShouldBe(CriterionState.NotMet);
        result.Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void DirectEntry_ByEquityFinancing_AtFiveMillion()
    {
        var weak = Firm().With((IpClass1, 0), (IpClass2, 0), (RdExpense, 0));
        TierEngine.Evaluate(Set, weak).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, weak.With((EquityFinancing3Y, 499.9m))).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, weak.With((EquityFinancing3Y, 500))).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, weak.With((HoldsHighTech, 1))).Verdict.ShouldBe(Verdict.Pass);
    }

    [Theory]
    [InlineData(5, 20)]
    [InlineData(4.99, 15)]
    [InlineData(3, 15)]
    [InlineData(2.99, 10)]
    [InlineData(2, 10)]
    [InlineData(1.99, 5)]
    [InlineData(1, 5)]
    [InlineData(0.99, 0)]
    public void RdRatioBands(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((RdExpense, 50 * (decimal)percent))).Criterion("rd_ratio").Points.ShouldBe(points);

    [Theory]
    [InlineData(15, 20)]
    [InlineData(14.99, 15)]
    [InlineData(10, 15)]
    [InlineData(9.99, 10)]
    [InlineData(5, 10)]
    [InlineData(4.99, 5)]
    [InlineData(0, 5)]
    [InlineData(-0.01, 0)]
    public void MainGrowthBands(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((MainRevenueY1, 10000), (MainRevenue, 10000 + 100 * (decimal)percent), (Revenue, 20000)))
            .Criterion("main_growth").Points.ShouldBe(points);

    [Theory]
    [InlineData(55, 10)]
    [InlineData(55.01, 5)]
    [InlineData(74.99, 5)]
    [InlineData(75, 0)]
    public void DebtRatioBands_LowerIsBetter(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((TotalAssets, 10000), (TotalLiabilities, 100 * (decimal)percent))).Criterion("debt_ratio").Points.ShouldBe(points);

    [Theory]
    [InlineData(70, 20)]
    [InlineData(69.99, 15)]
    [InlineData(60, 15)]
    [InlineData(59.99, 10)]
    [InlineData(55, 10)]
    [InlineData(54.99, 5)]
    [InlineData(50, 5)]
    [InlineData(49.99, 0)]
    public void MainShareBands(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((Revenue, 10000), (MainRevenue, 100 * (decimal)percent), (MainRevenueY1, 100 * (decimal)percent))).Criterion("main_share").Points.ShouldBe(points);

    [Theory]
    [InlineData(1, 1, 1, 1, 20)]
    [InlineData(0, 1, 1, 1, 15)]
    [InlineData(0, 0, 1, 1, 10)]
    [InlineData(0, 0, 0, 1, 5)]
    [InlineData(0, 0, 0, 0, 0)]
    public void IpBands(int highValue, int selfDeveloped, int class1, int class2, int points) =>
        TierEngine.Evaluate(Set, Firm().With((IpClass1HighValue, highValue), (IpClass1SelfDeveloped, selfDeveloped), (IpClass1, class1), (IpClass2, class2)))
            .Criterion("ip").Points.ShouldBe(points);

    [Fact]
    public void DebtImprovement_ReducesLiabilities_ToTheBandEdge()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((TotalLiabilities, 3000), (StrategicEmerging, 0), (MainRevenue, 2800), (MainRevenueY1, 2800)));

        result.Improvements.First(i => i.FactKey == TotalLiabilities).Target.ShouldBe(2999.9m);
        var debt = result.Improvements.Single(i => i.FactKey == TotalLiabilities && i.PointsGained == 10);
        debt.Target.ShouldBe(2200);
        debt.Delta.ShouldBe(-800);
        debt.Effort.ShouldBe(800d / 3000d, 1e-9);
    }
}

/// <summary>专精特新中小企业 (2022).</summary>
public sealed class SpecializedTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("specialized-2022");

    /// <summary>
    /// 5 (share 80%) + 10 (growth 10%) + 2 (4 years) + 3 (chain) + 3 (digital 2) + 5 (2 quality items) + 6 (margin 6%) + 3 (debt 55%)
    /// + 8 (Sichuan industry system) + 6 (Class I) + 4 (R&amp;D 200万 / 4%) + 3 (R&amp;D staff 10%) + 4 (city institution) = 62.
    /// </summary>
    private static TierFacts Firm() => TierTestFacts.Of("C3911",
        (Employees, 100), (RdStaff, 10), (Revenue, 5000), (RdExpense, 200), (RdExpenseY1, 180), (NetProfit, 300), (TotalAssets, 4000), (TotalLiabilities, 2200),
        (MainRevenue, 4000), (MainRevenueY1, 3600), (MainRevenueY2, 3240), (YearsInSegment, 4), (ChainRole, 1), (DigitalLevel, 2),
        (QualityAwardProvincial, 0), (QualityCertification, 1), (OwnBrand, 1), (ParticipatedStandard, 0),
        (LocalIndustrySystem, 1), (LocalHeritageOrFirstSet, 0), (LocalRegionalUnique, 0),
        (IpClass1HighValue, 0), (IpClass1SelfDeveloped, 0), (IpClass1, 1), (IpClass2, 0), (RdInstitutionLevel, 2),
        (EquityFinancing2Y, 0), (AwardNationalRank3Y, 0), (AwardProvincialRank3Y, 0), (ChuangkeRank3Y, 0));

    [Fact]
    public void Scores62_AndPasses()
    {
        var result = TierEngine.Evaluate(Set, Firm());

        result.Score.ShouldBe(62);
        result.Verdict.ShouldBe(Verdict.Pass);
    }

    [Fact]
    public void LocalFeaturePoints_EnteredDirectly_ReplaceTheExampleIndicators()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((LocalFeaturePoints, 12)));

        result.Criterion("local_feature").Points.ShouldBe(12);
        result.Score.ShouldBe(66);
    }

    [Theory]
    [InlineData(100, 3.0, true)]
    [InlineData(99.9, 3.0, false)]
    [InlineData(100, 2.99, false)]
    public void ResearchCondition_AmountAndShare(double amount, double percent, bool met)
    {
        var revenue = (decimal)amount / ((decimal)percent / 100);
        var result = TierEngine.Evaluate(Set, Firm().With((RdExpense, (decimal)amount), (Revenue, revenue)));

        result.Criterion("rd").State.ShouldBe(met ? CriterionState.Met : CriterionState.NotMet);
    }

    [Theory]
    [InlineData(1000, 0, true)]
    [InlineData(999, 0, false)]
    [InlineData(999, 2000, true)]
    [InlineData(999, 1999, false)]
    public void RevenueCondition_OrEquityFinancing(int revenue, int equity, bool met) =>
        TierEngine.Evaluate(Set, Firm().With((Revenue, revenue), (EquityFinancing2Y, equity), (RdExpense, 100))).Criterion("revenue").State.ShouldBe(met ? CriterionState.Met : CriterionState.NotMet);

    [Theory]
    [InlineData(2, true)]
    [InlineData(1.9, false)]
    public void SegmentCondition_TwoYears(double years, bool met) =>
        TierEngine.Evaluate(Set, Firm().With((YearsInSegment, (decimal)years))).Criterion("in_segment").State.ShouldBe(met ? CriterionState.Met : CriterionState.NotMet);

    [Theory]
    [InlineData(1.9, 0)]
    [InlineData(2, 1)]
    [InlineData(3.9, 1)]
    [InlineData(4, 2)]
    [InlineData(10, 5)]
    [InlineData(30, 5)]
    public void SegmentYears_OnePointPerFullTwoYears_CappedAtFive(double years, int points)
    {
        var segment = TierEngine.Evaluate(Set, Firm().With((YearsInSegment, (decimal)years))).Criterion("segment_years");

        segment.Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(0.5001, 3)]
    [InlineData(0.5999, 3)]
    [InlineData(0.6, 1)]
    [InlineData(0.6999, 1)]
    [InlineData(0.7, 0)]
    public void DebtRatioBands_LowerIsBetter(double ratio, int points) =>
        TierEngine.Evaluate(Set, Firm().With((TotalAssets, 10000), (TotalLiabilities, 10000 * (decimal)ratio))).Criterion("debt_ratio").Points.ShouldBe(points);

    [Theory]
    [InlineData(80, 5)]
    [InlineData(79.99, 3)]
    [InlineData(70, 3)]
    [InlineData(69.99, 1)]
    [InlineData(60, 1)]
    [InlineData(59.99, 0)]
    public void MainShareBands(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((MainRevenue, 50 * (decimal)percent))).Criterion("main_share").Points.ShouldBe(points);

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9.99, 8)]
    [InlineData(8, 8)]
    [InlineData(7.99, 6)]
    [InlineData(6, 6)]
    [InlineData(5.99, 4)]
    [InlineData(4, 4)]
    [InlineData(3.99, 2)]
    [InlineData(2, 2)]
    [InlineData(1.99, 0)]
    public void NetMarginBands(double percent, int points) =>
        TierEngine.Evaluate(Set, Firm().With((NetProfit, 50 * (decimal)percent))).Criterion("net_margin").Points.ShouldBe(points);

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9.99, 8)]
    [InlineData(8, 8)]
    [InlineData(7.99, 6)]
    [InlineData(6, 6)]
    [InlineData(5.99, 4)]
    [InlineData(4, 4)]
    [InlineData(3.99, 2)]
    [InlineData(0, 2)]
    [InlineData(-0.01, 0)]
    public void MainGrowth2YBands(double percent, int points)
    {
        // y1/y2 = 1 so the average is half of y0/y1 − 1 plus half of 0: y0 = y1 × (1 + 2g).
        var g = (decimal)percent / 100;
        var result = TierEngine.Evaluate(Set, Firm().With((MainRevenueY2, 4000), (MainRevenueY1, 4000), (MainRevenue, 4000 * (1 + 2 * g))));

        result.Criterion("main_growth_2y").Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(500, 10000, 10)]
    [InlineData(499.9, 10000, 8)]
    [InlineData(400, 10000, 8)]
    [InlineData(399.9, 10000, 6)]
    [InlineData(300, 10000, 6)]
    [InlineData(299.9, 10000, 4)]
    [InlineData(200, 10000, 4)]
    [InlineData(199.9, 10000, 2)]
    [InlineData(100, 10000, 2)]
    [InlineData(99.9, 10000, 0)]
    [InlineData(100, 1000, 10)]
    [InlineData(99.9, 1000, 8)]
    [InlineData(80, 1000, 8)]
    [InlineData(79.9, 1000, 6)]
    [InlineData(60, 1000, 6)]
    [InlineData(59.9, 1000, 4)]
    [InlineData(40, 1000, 4)]
    [InlineData(39.9, 1000, 2)]
    [InlineData(30, 1000, 2)]
    [InlineData(29.9, 1000, 0)]
    public void ResearchInputBands_BetterOfAmountAndRatio(double amount, int revenue, int points) =>
        TierEngine.Evaluate(Set, Firm().With((RdExpense, (decimal)amount), (Revenue, revenue), (NetProfit, 0))).Criterion("rd_input").Points.ShouldBe(points);

    [Theory]
    [InlineData(20, 5)]
    [InlineData(19, 3)]
    [InlineData(10, 3)]
    [InlineData(9, 1)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]
    public void RdStaffBands(int staff, int points) =>
        TierEngine.Evaluate(Set, Firm().With((RdStaff, staff))).Criterion("rd_staff").Points.ShouldBe(points);

    [Theory]
    [InlineData(4, 10)]
    [InlineData(3, 8)]
    [InlineData(2, 4)]
    [InlineData(1, 2)]
    [InlineData(0, 0)]
    public void RdInstitutionBands(int level, int points) =>
        TierEngine.Evaluate(Set, Firm().With((RdInstitutionLevel, level))).Criterion("rd_institution").Points.ShouldBe(points);

    [Theory]
    [InlineData(3, 5)]
    [InlineData(2, 3)]
    [InlineData(1, 0)]
    public void DigitalBands(int level, int points) =>
        TierEngine.Evaluate(Set, Firm().With((DigitalLevel, level))).Criterion("digital").Points.ShouldBe(points);

    [Theory]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(1, 0, 0, 0, 3)]
    [InlineData(1, 1, 0, 0, 5)]
    [InlineData(1, 1, 1, 1, 5)]
    public void Quality_ThreePerItem_CappedAtFive(int award, int cert, int brand, int standard, int points) =>
        TierEngine.Evaluate(Set, Firm().With((QualityAwardProvincial, award), (QualityCertification, cert), (OwnBrand, brand), (ParticipatedStandard, standard)))
            .Criterion("quality").Points.ShouldBe(points);

    [Fact]
    public void DirectRoute_ByTwoYearAverageResearch()
    {
        var weak = Firm().With((LocalIndustrySystem, 0), (IpClass1, 0), (RdInstitutionLevel, 0));
        TierEngine.Evaluate(Set, weak).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, weak.With((RdExpense, 1000), (RdExpenseY1, 1000))).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, weak.With((ChuangkeRank3Y, 500))).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, weak.With((ChuangkeRank3Y, 501))).Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void ResearchShortfall_GivesTheExactAmount()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((RdExpense, 120)));

        result.Verdict.ShouldBe(Verdict.Fail);
        var rd = result.Improvements.First(i => i.CriterionId == "rd");
        rd.Delta.ShouldBe(30);
        rd.Target.ShouldBe(150);
        rd.TextZh.ShouldContain("达到营业收入的 3%");
    }
}

/// <summary>专精特新“小巨人” (2022).</summary>
public sealed class LittleGiantTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("little-giant-2022");

    private static TierFacts Firm() => TierTestFacts.Of("C3911",
        (HoldsSpecialized, 1), (YearsInSegment, 3), (Revenue, 20000), (RevenueY1, 18000), (MainRevenue, 14000), (MainRevenueY1, 13000), (MainRevenueY2, 12000),
        (InfoSystem, 1), (MgmtOrForeignCert, 1), (TotalAssets, 10000), (TotalLiabilities, 7000), (MarketShare, 0.10m), (OwnBrand, 1),
        (RdExpense, 600), (RdExpenseY1, 540), (RdInstitutionLevel, 1), (IpClass1, 2), (AwardNationalRank3Y, 0), (ChuangkeRank3Y, 0),
        (ChainLinkConfirmed, 1), (ProductFieldConfirmed, 1), (Employees, 300), (RdStaff, 30), (EquityFinancing2Y, 0));

    [Fact]
    public void AllSixGroups_Pass_OnTheirEdges()
    {
        var result = TierEngine.Evaluate(Set, Firm());

        result.Verdict.ShouldBe(Verdict.Pass);
        result.Criteria.Where(c => c.State == CriterionState.NotMet && c.Group != "新").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(10000, 300, 3)]
    [InlineData(10000, 299.9, 3)]
    [InlineData(9999, 600, 6)]
    [InlineData(5000, 300, 6)]
    [InlineData(5000, 299.9, 6)]
    public void New_ResearchIntensity_ByRevenueBand(int revenue, double rd, int percent)
    {
        var rdY1 = revenue * percent / 100m;
        var facts = Firm().With((Revenue, revenue), (RevenueY1, revenue), (RdExpense, (decimal)rd), (RdExpenseY1, rdY1));
        var met = (decimal)rd >= revenue * percent / 100m;

        var result = TierEngine.Evaluate(Set, facts);

        result.Criterion("xin_intensity_y0").State.ShouldBe(met ? CriterionState.Met : CriterionState.NotMet);
        result.Criterion("xin_intensity_y0").Threshold.ShouldBe($"≥{percent}%");
        result.Verdict.ShouldBe(met ? Verdict.Pass : Verdict.Fail);
    }

    [Fact]
    public void New_EachOfTheLastTwoYears()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((RdExpenseY1, 539)));

        result.Criterion("xin_intensity_y1").State.ShouldBe(CriterionState.NotMet);
        result.Verdict.ShouldBe(Verdict.Fail);
        var fix = result.Improvements.Single(i => i.FactKey == RdExpenseY1);
        fix.Delta.ShouldBe(1);
        fix.PassesAlone.ShouldBeTrue();
    }

    [Fact]
    public void New_SmallFirm_NeedsFinancingResearchAndStaff()
    {
        var small = Firm().With((Revenue, 4999), (RevenueY1, 4000), (EquityFinancing2Y, 8000), (RdExpense, 1500), (RdExpenseY1, 1500), (RdStaff, 150));
        TierEngine.Evaluate(Set, small).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, small.With((RdStaff, 149))).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, small.With((EquityFinancing2Y, 7999))).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, small.With((RdExpenseY1, 1499))).Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void New_DirectRoute_ReplacesTheGeneralConditions()
    {
        var weak = Firm().With((IpClass1, 1));
        TierEngine.Evaluate(Set, weak).Verdict.ShouldBe(Verdict.Fail);
        TierEngine.Evaluate(Set, weak.With((ChuangkeRank3Y, 50))).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, weak.With((AwardNationalRank3Y, 3))).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, weak.With((AwardNationalRank3Y, 4))).Verdict.ShouldBe(Verdict.Fail);
    }

    [Theory]
    [InlineData(YearsInSegment, 2.9)]
    [InlineData(MarketShare, 0.0999)]
    [InlineData(TotalLiabilities, 7000.1)]
    [InlineData(MainRevenue, 13999)]
    [InlineData(HoldsSpecialized, 0)]
    [InlineData(ChainLinkConfirmed, 0)]
    [InlineData(ProductFieldConfirmed, 0)]
    public void EachGroupEdge_JustOutside_Fails(string key, double value) =>
        TierEngine.Evaluate(Set, Firm().With((key, (decimal)value))).Verdict.ShouldBe(Verdict.Fail);

    [Fact]
    public void MainGrowth_AtFivePercent_Passes_AndJustUnder_Fails()
    {
        // ½(y0/1000 + 1) − 1 = 5% ⇔ y0 = 1100.
        var at = Firm().With((MainRevenueY2, 1000), (MainRevenueY1, 1000), (MainRevenue, 1100), (Revenue, 1500), (RevenueY1, 1500), (RdExpense, 90), (RdExpenseY1, 90));
        TierEngine.Evaluate(Set, at).Criterion("zhuan_growth").State.ShouldBe(CriterionState.Met);
        TierEngine.Evaluate(Set, at.With((MainRevenue, 1099.9m))).Criterion("zhuan_growth").State.ShouldBe(CriterionState.NotMet);
    }

    [Fact]
    public void MissingChainConfirmation_CannotDecide()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((ChainLinkConfirmed, null)));

        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.MissingFacts.ShouldBe([ChainLinkConfirmed]);
    }
}

/// <summary>瞪羚 example rule and the whole-catalogue evaluation.</summary>
public sealed class GazelleAndEngineTests
{
    [Fact]
    public void Gazelle_IsAnExample_WithEveryNumberFlagged()
    {
        var set = TierRuleCatalog.Current(Tier.Gazelle, new DateOnly(2025, 1, 1))!;

        set.IsExample.ShouldBeTrue();
        set.Numbers.Values.ShouldAllBe(n => n.Confidence == "M");
    }

    [Fact]
    public void Gazelle_GrowthShortfall_GivesTheLatestYearRevenueNeeded()
    {
        var set = TierRuleCatalog.Get("gazelle-example");
        var facts = TierTestFacts.Of((OperatingDays, 1000), (Revenue, 1100), (RevenueY1, 1000), (RevenueY2, 1000));

        var result = TierEngine.Evaluate(set, facts);

        result.Verdict.ShouldBe(Verdict.Fail);
        // ½(y0/1000 + 1) − 1 ≥ 20% ⇔ y0 ≥ 1400.
        var growth = result.Improvements.Single(i => i.CriterionId == "growth");
        growth.Target.ShouldBe(1400);
        growth.PassesAlone.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateAll_GivesOneResultPerTier()
    {
        var results = TierEngine.EvaluateAll(InnovativeSmeTests.Firm(), new DateOnly(2025, 6, 30));

        results.Select(r => r.Tier).ShouldBe(Enum.GetValues<Tier>());
        results.Single(r => r.Tier == Tier.SizeClass).ResultZh.ShouldBe("小型");
    }

    [Fact]
    public void EmptyFacts_CannotDecide_Everywhere()
    {
        var results = TierEngine.EvaluateAll(TierFacts.Empty, new DateOnly(2025, 6, 30));

        results.ShouldAllBe(r => r.Verdict == Verdict.CannotDecide && r.MissingFacts.Count > 0 && r.Improvements.Count == 0);
    }

    [Fact]
    public void ManyEnterprises_AllTiers_AreEvaluatedQuickly()
    {
        // A guard against accidental quadratic work, not a benchmark: the suite runs a Debug build on shared 2-core
        // machines. A Release build evaluates 10,000 enterprises × all tiers in about 1.3 s on such a loaded box.
        var firms = Enumerable.Range(0, 2_000).Select(i => InnovativeSmeTests.Firm().With((Revenue, 1000 + i), (TechStaff, i % 40), (OperatingDays, 300 + i))).ToList();
        var asOf = new DateOnly(2025, 6, 30);
        TierEngine.EvaluateAll(firms[0], asOf);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = firms.Sum(f => TierEngine.EvaluateAll(f, asOf).Count);
        watch.Stop();

        count.ShouldBe(14_000);
        watch.ElapsedMilliseconds.ShouldBeLessThan(10_000);
    }
}

public sealed class PassesAloneTests
{
    [Fact]
    public void InnovativeSme_AnImprovementOutsideAShortCategory_DoesNotPassAlone()
    {
        // Total 70 but specialisation 5 + 0 < 15: more R&D points cannot fix that category.
        var facts = InnovativeSmeTests.Firm().With((MainRevenue, 2400), (MainRevenueY1, 2000), (IpClass1HighValue, 1), (RdExpense, 150));
        var result = TierEngine.Evaluate(TierRuleCatalog.Get("innovative-sme-2022"), facts);

        result.Verdict.ShouldBe(Verdict.Fail);
        result.Improvements.Where(i => i.CriterionId == "rd_ratio").ShouldAllBe(i => !i.PassesAlone);
        result.Improvements.Where(i => i.CriterionId == "main_share").ShouldContain(i => i.PassesAlone);
    }

    [Fact]
    public void WithFactsStillUnknown_NothingPassesAlone()
    {
        var facts = TechSmeTests.Example().With((TechStaff, 9), (LedStandard5Y, null));
        var result = TierEngine.Evaluate(TierRuleCatalog.Get("tech-sme-2017"), facts);

        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.Improvements.ShouldNotBeEmpty();
        result.Improvements.ShouldAllBe(i => !i.PassesAlone);
    }
}
