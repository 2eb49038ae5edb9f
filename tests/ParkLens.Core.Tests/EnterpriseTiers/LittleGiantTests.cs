using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

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
