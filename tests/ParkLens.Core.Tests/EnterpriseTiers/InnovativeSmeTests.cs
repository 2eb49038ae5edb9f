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
