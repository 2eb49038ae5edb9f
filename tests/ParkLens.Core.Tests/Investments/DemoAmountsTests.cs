using ParkLens.Core.Investments.SeedInvestmentDemoData;

namespace ParkLens.Core.Tests.Investments;

public sealed class DemoAmountsTests
{
    [Fact]
    public void Mohans_published_list_is_split_into_119_projects_summing_exactly()
    {
        var totals = Amounts.Split(9183000m, 119, 5000m, new Random(1));
        var plans = Amounts.Proportional(totals, 1201300m);

        totals.Length.ShouldBe(119);
        totals.Sum().ShouldBe(9183000m);
        totals.ShouldAllBe(t => t >= 5000m);
        plans.Sum().ShouldBe(1201300m);
        plans.Zip(totals).ShouldAllBe(p => p.First <= p.Second);
    }
}
