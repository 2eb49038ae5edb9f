using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

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
