using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

public sealed class HighTechTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("high-tech-2016");

    /// <summary>Meets the 8 conditions; experts scored 27 + 15 + 19 + 8 + 2 = 71.</summary>
    private static TierFacts Firm() => TierTestFacts.Of(
        (OperatingDays, 2000), (CoreIpOwned, 1), (TechInSupportedField, 1), (TechStaff, 20), (Employees, 100),
        (Revenue, 5250), (RevenueY1, 5000), (RevenueY2, 5000), (RdExpense, 300), (RdExpenseY1, 250), (RdExpenseY2, 250), (RdExpenseDomestic3Y, 800),
        (HighTechRevenue, 4000), (NoMajorIncident, 1),
        (IpClass1, 1), (IpClass2, 0), (IpHasSelfDeveloped, 1), (ParticipatedStandard, 0), (Conversions3Y, 9),
        (TotalAssets, 1690), (TotalLiabilities, 0), (TotalAssetsY1, 1300), (TotalLiabilitiesY1, 0), (TotalAssetsY2, 1000), (TotalLiabilitiesY2, 0),
        (HtScoreIpAdvance, 7), (HtScoreIpCore, 7), (HtScoreIpCount, 8), (HtScoreIpAcquisition, 5), (HtScoreStandard, 0),
        (HtScoreConversion, 15), (HtScoreRdOrg, 19), (HtScoreGrowthAssets, 8), (HtScoreGrowthSales, 2));

    [Fact]
    public void GrowthExample_NetAssets30Percent_Sales2point5Percent()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((HtScoreGrowthAssets, null), (HtScoreGrowthSales, null)));

        var assets = result.Criterion("growth_assets");
        assets.Value.ShouldBe("30.0%");
        (assets.PointsMin, assets.PointsMax).ShouldBe((7m, 8m));
        var sales = result.Criterion("growth_sales");
        sales.Value.ShouldBe("2.5%");
        (sales.PointsMin, sales.PointsMax).ShouldBe((1m, 2m));
    }

    [Fact]
    public void PassesAt71_FailsAt70()
    {
        var at71 = TierEngine.Evaluate(Set, Firm());
        at71.Score.ShouldBe(71);
        at71.Verdict.ShouldBe(Verdict.Pass);

        var at70 = TierEngine.Evaluate(Set, Firm().With((HtScoreRdOrg, 18)));
        at70.Score.ShouldBe(70);
        at70.Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void WithoutExpertScores_TheTotalIsAnInterval_AndNamesTheExpertItems()
    {
        var facts = Firm();
        foreach (var key in new[] { HtScoreIpAdvance, HtScoreIpCore, HtScoreIpCount, HtScoreIpAcquisition, HtScoreStandard, HtScoreConversion, HtScoreRdOrg, HtScoreGrowthAssets, HtScoreGrowthSales })
        {
            facts = facts.With(key, null);
        }
        var result = TierEngine.Evaluate(Set, facts);

        // IP [0+0+7+1+0, 8+8+8+6+0] = [8, 30]; conversion [13, 18]; R&D organisation [0, 20]; growth [7, 8] + [1, 2].
        (result.ScoreMin, result.ScoreMax).ShouldBe((29m, 78m));
        result.Score.ShouldBeNull();
        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.MissingFacts.ShouldContain(HtScoreRdOrg);
        result.MissingFacts.ShouldContain(HtScoreIpAdvance);
        result.MissingFacts.ShouldContain(HtScoreConversion);
        result.MissingFacts.ShouldNotContain(HtScoreStandard);
    }

    [Fact]
    public void IntervalBelow71_Fails_EvenWithoutExperts()
    {
        var facts = Firm().With((HtScoreRdOrg, null), (HtScoreIpAdvance, 1), (HtScoreIpCore, 1), (IpClass1, 0), (IpClass2, 0), (HtScoreIpCount, 0), (Conversions3Y, 0), (HtScoreConversion, null));

        var result = TierEngine.Evaluate(Set, facts);

        result.ScoreMax!.Value.ShouldBeLessThan(71);
        result.Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void ExpertScoreOutsideTheBand_IsNotUsed_AndSaysSo()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((HtScoreGrowthSales, 5)));

        var sales = result.Criterion("growth_sales");
        (sales.PointsMin, sales.PointsMax).ShouldBe((1m, 2m));
        sales.NoteZh!.ShouldContain("不在本档分值区间 1–2");
        result.Verdict.ShouldBe(Verdict.CannotDecide);
    }

    [Theory]
    [InlineData(5000, 0.05)]
    [InlineData(5000.1, 0.04)]
    [InlineData(20000, 0.04)]
    [InlineData(20000.1, 0.03)]
    public void RdRatioBand_ByLatestSales_UpperEdgesInclusive(double latest, double ratio)
    {
        var r = (decimal)ratio;
        // Same sales in each year; R&D exactly on the band's ratio passes, a little under fails.
        var facts = Firm().With((Revenue, (decimal)latest), (RevenueY1, (decimal)latest), (RevenueY2, (decimal)latest),
            (RdExpense, (decimal)latest * r), (RdExpenseY1, (decimal)latest * r), (RdExpenseY2, (decimal)latest * r), (RdExpenseDomestic3Y, 1_000_000), (HighTechRevenue, (decimal)latest));
        TierEngine.Evaluate(Set, facts).Criterion("rd_ratio").State.ShouldBe(CriterionState.Met);

        var under = facts.With((RdExpense, (decimal)latest * r - 1));
        TierEngine.Evaluate(Set, under).Criterion("rd_ratio").State.ShouldBe(CriterionState.NotMet);
    }

    [Fact]
    public void RdRatioShortfall_GivesTheExactAmount()
    {
        // Sales 5000 + 6000 + 8000 = 19000 (latest 8000 → 4%), R&D 173.6 + 200 + 300 = 673.6: 760 − 673.6 = 86.4.
        var facts = Firm().With((Revenue, 8000), (RevenueY1, 6000), (RevenueY2, 5000), (RdExpense, 300), (RdExpenseY1, 200), (RdExpenseY2, 173.6m), (HighTechRevenue, 8000));

        var result = TierEngine.Evaluate(Set, facts);

        result.Verdict.ShouldBe(Verdict.Fail);
        var rd = result.Improvements.Single(i => i.CriterionId == "rd_ratio");
        rd.Delta.ShouldBe(86.4m);
        rd.FactKey.ShouldBe(RdExpense);
        rd.Target.ShouldBe(386.4m);
        rd.TextZh.ShouldBe("研发费用 3 年合计需增加 86.4万元，达到销售收入的 4%");
        rd.TextEn.ShouldBe("R&D over 3 years needs +86.4 (10k yuan) to reach 4% of sales");
    }

    [Theory]
    [InlineData(99, CriterionState.Met)]
    [InlineData(9, CriterionState.NotMet)]
    public void TechStaff_AtLeastTenPercent(int staff, CriterionState state) =>
        TierEngine.Evaluate(Set, Firm().With((TechStaff, staff), (Employees, staff == 99 ? 990 : 100))).Criterion("tech_staff").State.ShouldBe(state);

    [Theory]
    [InlineData(365, CriterionState.Met)]
    [InlineData(364, CriterionState.NotMet)]
    public void Registered_365DaysOrMore(int days, CriterionState state) =>
        TierEngine.Evaluate(Set, Firm().With((OperatingDays, days))).Criterion("registered").State.ShouldBe(state);

    [Theory]
    [InlineData(0.6, CriterionState.Met)]
    [InlineData(0.5999, CriterionState.NotMet)]
    public void HighTechRevenueAndDomesticRd_AtLeastSixtyPercent(double share, CriterionState state)
    {
        var result = TierEngine.Evaluate(Set, Firm().With((HighTechRevenue, 5250 * (decimal)share), (RdExpenseDomestic3Y, 800 * (decimal)share)));

        result.Criterion("high_tech_revenue").State.ShouldBe(state);
        result.Criterion("rd_domestic").State.ShouldBe(state);
    }

    [Theory]
    [InlineData(0.35, 9, 10)]
    [InlineData(0.3499, 7, 8)]
    [InlineData(0.25, 7, 8)]
    [InlineData(0.2499, 5, 6)]
    [InlineData(0.15, 5, 6)]
    [InlineData(0.1499, 3, 4)]
    [InlineData(0.05, 3, 4)]
    [InlineData(0.0499, 1, 2)]
    [InlineData(0.0001, 1, 2)]
    [InlineData(0, 0, 0)]
    [InlineData(-0.1, 0, 0)]
    public void GrowthBands(double growth, int min, int max)
    {
        // One-step growth (first year 0 → last two years): sales 0 → 10000 → 10000 × (1 + g).
        var facts = Firm().With((RevenueY2, 0), (RevenueY1, 10000), (Revenue, 10000 * (1 + (decimal)growth)), (HtScoreGrowthSales, null));

        var sales = TierEngine.Evaluate(Set, facts).Criterion("growth_sales");

        (sales.PointsMin, sales.PointsMax).ShouldBe(((decimal)min, (decimal)max));
    }

    [Theory]
    [InlineData(1000, 1300, 1690, 3, 0.3)]
    [InlineData(0, 1000, 1200, 3, 0.2)]
    [InlineData(-50, 1000, 1200, 3, 0.2)]
    [InlineData(800, 1000, 1200, 2, 0.2)]
    public void GrowthRate_Formulas(double first, double second, double third, int years, double expected)
    {
        HighTechGrowth.Rate((decimal)first, (decimal)second, (decimal)third, years, out var zero, out _, Revenue, "", "").ShouldBe((decimal)expected);
        zero.ShouldBeFalse();
    }

    [Theory]
    [InlineData(1000, 0, 1200, 3)]
    [InlineData(1000, -10, 1200, 3)]
    [InlineData(1000, 1100, 1200, 1)]
    public void GrowthRate_ZeroPoints_WhenTheSecondYearIsZeroOrOnlyOneYear(double first, double second, double third, int years)
    {
        HighTechGrowth.Rate((decimal)first, (decimal)second, (decimal)third, years, out var zero, out _, Revenue, "", "").ShouldBeNull();
        zero.ShouldBeTrue();
    }

    [Fact]
    public void OneYearOfOperation_GrowthScoresZero()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((OperatingDays, 400), (HtScoreGrowthSales, null), (HtScoreGrowthAssets, null)));

        result.Criterion("growth_sales").PointsMax.ShouldBe(0);
        result.Criterion("growth_assets").PointsMax.ShouldBe(0);
    }

    [Theory]
    [InlineData(15, 25, 30)]
    [InlineData(14, 19, 24)]
    [InlineData(12, 19, 24)]
    [InlineData(11, 13, 18)]
    [InlineData(9, 13, 18)]
    [InlineData(8, 7, 12)]
    [InlineData(6, 7, 12)]
    [InlineData(5, 1, 6)]
    [InlineData(3, 1, 6)]
    [InlineData(2, 0, 0)]
    public void ConversionBands_OnTheThreeYearAverage(int conversions, int min, int max)
    {
        var c = TierEngine.Evaluate(Set, Firm().With((Conversions3Y, conversions), (HtScoreConversion, null))).Criterion("conversion");

        (c.PointsMin, c.PointsMax).ShouldBe(((decimal)min, (decimal)max));
    }

    [Fact]
    public void ConversionAverage_UsesFullOperatingYears_WhenFewerThanThree()
    {
        // Two full years: 4 conversions / 2 = 2 per year → 7–12.
        var c = TierEngine.Evaluate(Set, Firm().With((OperatingDays, 800), (Conversions3Y, 4), (HtScoreConversion, null))).Criterion("conversion");

        (c.PointsMin, c.PointsMax).ShouldBe((7m, 12m));
    }

    [Theory]
    [InlineData(1, 0, 7, 8)]
    [InlineData(0, 5, 5, 6)]
    [InlineData(0, 4, 3, 4)]
    [InlineData(0, 3, 3, 4)]
    [InlineData(0, 2, 1, 2)]
    [InlineData(0, 1, 1, 2)]
    [InlineData(0, 0, 0, 0)]
    public void IpCountBands(int class1, int class2, int min, int max)
    {
        var c = TierEngine.Evaluate(Set, Firm().With((IpClass1, class1), (IpClass2, class2), (HtScoreIpCount, null))).Criterion("ip_count");

        (c.PointsMin, c.PointsMax).ShouldBe(((decimal)min, (decimal)max));
    }

    [Fact]
    public void IntellectualProperty_IsCappedAtThirty_WithTheBonus()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((HtScoreIpAdvance, 8), (HtScoreIpCore, 8), (HtScoreIpAcquisition, 6), (ParticipatedStandard, 1), (HtScoreStandard, 2)));

        result.Criterion("ip_total").Points.ShouldBe(30);
    }

    [Fact]
    public void MissingConditionFacts_CannotDecide_NamingThem()
    {
        var result = TierEngine.Evaluate(Set, Firm().With((CoreIpOwned, null), (RdExpenseY2, null)));

        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.MissingFacts.ShouldContain(CoreIpOwned);
        result.MissingFacts.ShouldContain(RdExpenseY2);
    }
}
