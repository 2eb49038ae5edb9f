using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

public sealed class TechSmeTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("tech-sme-2017");

    /// <summary>The worked example of official-rules.md §2.3: 22/100 S&amp;T staff, R&amp;D 4.5% of sales and 26% of costs, two Class II IP.</summary>
    internal static TierFacts Example() => TierTestFacts.Of(
        (ResidentEnterprise, 1), (ProductsNotRestricted, 1), (NoMajorIncident, 1), (NotOnBlacklists, 1),
        (Employees, 100), (TechStaff, 22), (Revenue, 2000), (TotalAssets, 3000), (RdExpense, 90), (CostExpenseTotal, 346.1538m),
        (IpClass1, 0), (IpClass2, 2), (HoldsHighTech, 0), (AwardNationalRank5Y, 0), (RdInstitutionLevel, 0), (LedStandard5Y, 0));

    [Fact]
    public void WorkedExample_Scores64_AndPasses()
    {
        var result = TierEngine.Evaluate(Set, Example());

        result.Criterion("tech_staff").Points.ShouldBe(12);
        result.Criterion("tech_staff").Value.ShouldBe("22.0%（22/100）");
        result.Criterion("rd_input").Points.ShouldBe(40);
        result.Criterion("achievements").Points.ShouldBe(12);
        result.Score.ShouldBe(64);
        result.Verdict.ShouldBe(Verdict.Pass);
        result.Improvements.ShouldBeEmpty();
    }

    [Fact]
    public void WorkedExample_With9PercentStaff_Scores52_AndFailsTheNonZeroRule()
    {
        var result = TierEngine.Evaluate(Set, Example().With((TechStaff, 9)));

        result.Score.ShouldBe(52);
        result.Criterion("tech_staff_nonzero").State.ShouldBe(CriterionState.NotMet);
        result.Verdict.ShouldBe(Verdict.Fail);
        var staff = result.Improvements.Where(i => i.FactKey == TechStaff).ToList();
        staff[0].Delta.ShouldBe(1);
        staff[0].PointsGained.ShouldBe(4);
        staff[0].PassesAlone.ShouldBeFalse();
        var enough = staff.First(i => i.PassesAlone);
        enough.Delta.ShouldBe(6);
        enough.PointsGained.ShouldBe(8);
    }

    [Fact]
    public void WorkedExample_With9PercentStaff_PassesByDirectEntry_WithAValidHighTechCertificate()
    {
        var result = TierEngine.Evaluate(Set, Example().With((TechStaff, 9), (HoldsHighTech, 1)));

        result.Verdict.ShouldBe(Verdict.Pass);
        result.Route!.ShouldStartWith("直接认定");
    }

    [Fact]
    public void DirectEntry_StillNeedsConditionsOneToFour()
    {
        var result = TierEngine.Evaluate(Set, Example().With((HoldsHighTech, 1), (Employees, 501)));

        result.Verdict.ShouldBe(Verdict.Fail);
        result.Criterion("size").State.ShouldBe(CriterionState.NotMet);
    }

    [Theory]
    [InlineData(500, 20000, 20000, true)]
    [InlineData(501, 20000, 20000, false)]
    [InlineData(500, 20000.1, 20000, false)]
    [InlineData(500, 20000, 20000.1, false)]
    public void Size_AllThreeAtMost(int employees, double revenue, double assets, bool met)
    {
        var facts = Example().With((Employees, employees), (TechStaff, employees * 0.22m), (Revenue, (decimal)revenue), (TotalAssets, (decimal)assets));

        TierEngine.Evaluate(Set, facts).Criterion("size").State.ShouldBe(met ? CriterionState.Met : CriterionState.NotMet);
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(29.99, 16)]
    [InlineData(25, 16)]
    [InlineData(24.99, 12)]
    [InlineData(20, 12)]
    [InlineData(19.99, 8)]
    [InlineData(15, 8)]
    [InlineData(14.99, 4)]
    [InlineData(10, 4)]
    [InlineData(9.99, 0)]
    public void TechStaffBands_LowerBoundInclusive(double staffPer10000, int points)
    {
        var facts = Example().With((Employees, 10000), (TechStaff, (decimal)staffPer10000 * 100));

        TierEngine.Evaluate(Set, facts).Criterion("tech_staff").Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(6, 50)]
    [InlineData(5.99, 40)]
    [InlineData(5, 40)]
    [InlineData(4.99, 30)]
    [InlineData(4, 30)]
    [InlineData(3.99, 20)]
    [InlineData(3, 20)]
    [InlineData(2.99, 10)]
    [InlineData(2, 10)]
    [InlineData(1.99, 0)]
    public void RdToSalesBands_LowerBoundInclusive(double percent, int points)
    {
        var facts = Example().With((Revenue, 10000), (RdExpense, (decimal)percent * 100), (CostExpenseTotal, 1_000_000));

        TierEngine.Evaluate(Set, facts).Criterion("rd_input").Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(30, 50)]
    [InlineData(29.99, 40)]
    [InlineData(25, 40)]
    [InlineData(24.99, 30)]
    [InlineData(20, 30)]
    [InlineData(19.99, 20)]
    [InlineData(15, 20)]
    [InlineData(14.99, 10)]
    [InlineData(10, 10)]
    [InlineData(9.99, 0)]
    public void RdToCostBands_LowerBoundInclusive(double percent, int points)
    {
        var facts = Example().With((Revenue, 1_000_000), (RdExpense, (decimal)percent * 100), (CostExpenseTotal, 10000));

        TierEngine.Evaluate(Set, facts).Criterion("rd_input").Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(1, 0, 30)]
    [InlineData(1, 9, 30)]
    [InlineData(0, 4, 24)]
    [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)]
    [InlineData(0, 1, 6)]
    [InlineData(0, 0, 0)]
    public void AchievementBands(int class1, int class2, int points) =>
        TierEngine.Evaluate(Set, Example().With((IpClass1, class1), (IpClass2, class2))).Criterion("achievements").Points.ShouldBe(points);

    [Theory]
    [InlineData(59.99)]
    [InlineData(60)]
    public void PassScore_IsSixtyInclusive(double unused)
    {
        // 20 (staff 30%) + 40 (R&D 5%) + 0 (no IP) = 60 passes; with 25% staff (16) it is 56 and fails.
        _ = unused;
        var at60 = Example().With((TechStaff, 30), (RdExpense, 100), (IpClass2, 0));
        TierEngine.Evaluate(Set, at60).Score.ShouldBe(60);
        TierEngine.Evaluate(Set, at60).Verdict.ShouldBe(Verdict.Pass);
        TierEngine.Evaluate(Set, at60.With((TechStaff, 29))).Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public void MissingInputs_CannotDecide_NamingTheFacts()
    {
        var result = TierEngine.Evaluate(Set, Example().With((TechStaff, null), (ResidentEnterprise, null)));

        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.MissingFacts.ShouldContain(TechStaff);
        result.MissingFacts.ShouldContain(ResidentEnterprise);
        result.ScoreMin.ShouldBe(52);
        result.ScoreMax.ShouldBe(72);
    }

    [Fact]
    public void Improvements_GiveTheNextBand_WithExactAmounts()
    {
        // 55 points: staff 22% (12) + R&D 3% of sales (20; costs unknown → only option 1 scored) ... keep costs high so option 2 is 0.
        var facts = Example().With((RdExpense, 60), (CostExpenseTotal, 100_000), (IpClass2, 2));
        var result = TierEngine.Evaluate(Set, facts);

        result.Score.ShouldBe(44);
        result.Verdict.ShouldBe(Verdict.Fail);
        var rd = result.Improvements.First(i => i.FactKey == RdExpense);
        rd.Delta.ShouldBe(20);
        rd.Target.ShouldBe(80);
        rd.PointsGained.ShouldBe(10);
        rd.TextZh.ShouldContain("研发费用需增加 20万元，达到销售收入的 4%");
        var ip = result.Improvements.First(i => i.FactKey == IpClass2);
        ip.Delta.ShouldBe(1);
        ip.PointsGained.ShouldBe(6);
        ip.TextZh.ShouldBe("再取得 1 件Ⅱ类知识产权可加 6 分");
        result.Improvements.Where(i => i.PassesAlone).ShouldAllBe(i => 44 + i.PointsGained >= 60);
        result.Improvements.Select(i => i.Effort).ShouldBeInOrder();
    }
}
