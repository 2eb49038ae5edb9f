using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

public sealed class SizeClassTests
{
    private static readonly TierRuleSet Set = TierRuleCatalog.Get("size-class-2011");

    private static TierEvaluation Industry(decimal? employees, decimal? revenue, string code = "C3911") =>
        TierEngine.Evaluate(Set, TierTestFacts.Of(code, (Employees, employees), (Revenue, revenue)));

    [Theory]
    [InlineData(1000, 40000, "大型", Verdict.Fail)]
    [InlineData(999, 40000, "中型", Verdict.Pass)]
    [InlineData(1000, 39999, "中型", Verdict.Pass)]
    [InlineData(300, 2000, "中型", Verdict.Pass)]
    [InlineData(299, 2000, "小型", Verdict.Pass)]
    [InlineData(300, 1999, "小型", Verdict.Pass)]
    [InlineData(5000, 1000, "小型", Verdict.Pass)]
    [InlineData(20, 300, "小型", Verdict.Pass)]
    [InlineData(19, 300, "微型", Verdict.Pass)]
    [InlineData(20, 299, "微型", Verdict.Pass)]
    [InlineData(5000, 299, "微型", Verdict.Pass)]
    public void Industry_BothLowerBoundsForLargeMediumSmall_OneForMicro(int employees, int revenue, string label, Verdict verdict)
    {
        var result = Industry(employees, revenue);

        result.ResultZh.ShouldBe(label);
        result.Verdict.ShouldBe(verdict);
    }

    [Fact]
    public void MissingRevenue_CannotDecide_UnlessOneMeasureAlreadyMakesItMicro()
    {
        var unknown = Industry(1500, null);
        unknown.Verdict.ShouldBe(Verdict.CannotDecide);
        unknown.MissingFacts.ShouldBe([Revenue]);

        Industry(500, null).Verdict.ShouldBe(Verdict.Pass);
        Industry(10, null).ResultZh.ShouldBe("微型");
    }

    [Fact]
    public void MissingIndustryCode_CannotDecide()
    {
        var result = TierEngine.Evaluate(Set, TierTestFacts.Of((Employees, 10), (Revenue, 10)));

        result.Verdict.ShouldBe(Verdict.CannotDecide);
        result.MissingFacts.ShouldContain("industry_code");
    }

    [Theory]
    [InlineData("C3911", "industry")]
    [InlineData("3911", "industry")]
    [InlineData("B", "industry")]
    [InlineData("51", "wholesale")]
    [InlineData("F5211", "retail")]
    [InlineData("6510", "software")]
    [InlineData("7010", "real_estate_dev")]
    [InlineData("7020", "property_mgmt")]
    [InlineData("59", "warehousing")]
    [InlineData("5411", "transport")]
    [InlineData("M7320", "other")]
    public void IndustryCodes_MapToTheMostSpecificRow(string code, string row) =>
        SizeClassEvaluator.Match(Set.SizeRows, code)!.Key.ShouldBe(row);

    [Theory]
    [InlineData(100, 1000, "中型")]
    [InlineData(99, 1000, "小型")]
    [InlineData(10, 50, "小型")]
    [InlineData(10, 49, "微型")]
    public void Software_UsesItsOwnRow(int employees, int revenue, string label) =>
        Industry(employees, revenue, "I6510").ResultZh.ShouldBe(label);

    [Fact]
    public void Construction_UsesRevenueAndAssets()
    {
        var result = TierEngine.Evaluate(Set, TierTestFacts.Of("E4710", (Revenue, 6000), (TotalAssets, 4999)));

        result.ResultZh.ShouldBe("小型");
    }
}
