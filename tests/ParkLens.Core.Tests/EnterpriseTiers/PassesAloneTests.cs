using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

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
