using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;

namespace ParkLens.Core.Tests.LandEfficiency.IdleSpace;

public sealed class SpaceMatcherTests
{
    private static SpaceOffer Plant(int id, decimal vacant, SpaceStatus status = SpaceStatus.Listed, decimal? rent = 12m, FireClass? fire = FireClass.Bing,
        decimal? power = 2500m, DateOnly? from = null, int? subPark = null) =>
        new(id, $"厂房{id}", subPark, subPark is null ? null : "一园", SpaceKind.Plant, vacant, 9m, 30m, power, 5m, fire, 4, rent, status, from);

    // 宏明华瓷: about 1.1万㎡ of plant, 8 m, 20 kN/㎡, 1600 kVA, a 丙 use.
    private static readonly SpaceNeed Hongming = new(10_000m, 12_000m, MinClearHeightM: 8m, MinFloorLoadKnM2: 20m, MinPowerKva: 1600m, FireClass: FireClass.Bing);

    [Fact]
    public void AUnitAtTheMiddleOfTheRange_OnOffer_ScoresItsKnownTerms()
    {
        var result = SpaceMatcher.Match(Hongming with { MaxRent = 16m }, [Plant(1, 11_000m)]);

        var match = result.Matches.ShouldHaveSingleItem();
        // area 30 (dead centre); rent 12/16 = 75 % → 25 × (1 − 0.375) = 15.6; specs: height +12.5 %, load +50 %, power +56.25 % → avg 39.6 % → 10 + 10 × 0.396 = 14.0;
        // sub-park 10 (no preference); readiness 15 (招租).
        match.Terms.Select(t => (t.Code, t.Points)).ShouldBe([("area", 30m), ("rent", 15.6m), ("specs", 14.0m), ("sub-park", 10m), ("readiness", 15m)]);
        match.Score.ShouldBe(84.6m);
        match.Terms[1].Reason.Zh.ShouldContain("在预算 16 以内");
        match.Terms[1].Reason.En.ShouldContain("within the budget of 16");
    }

    [Fact]
    public void HardConstraints_LeaveUnitsOutWithTheirReasons()
    {
        var moveIn = new DateOnly(2025, 3, 1);
        var result = SpaceMatcher.Match(Hongming with { MoveInOn = moveIn },
        [
            Plant(1, 22_700m),                                     // too big
            Plant(2, 11_000m, power: 400m),                        // power too low
            Plant(3, 11_000m, fire: FireClass.Ding),               // rated 丁, the use is 丙
            Plant(4, 11_000m, status: SpaceStatus.Disposal),       // not on offer
            Plant(5, 11_000m, from: new DateOnly(2025, 6, 30)),    // available too late
            Plant(6, 11_000m, power: null),                        // power not recorded
            Plant(7, 11_000m, fire: FireClass.Yi),                 // rated 乙 serves 丙: passes
        ]);

        result.Matches.Select(m => m.Offer.Id).ShouldBe([7]);
        result.Misses.Select(m => m.Offer.Id).ShouldBe([1, 2, 3, 4, 5, 6]);
        result.Misses.Single(m => m.Offer.Id == 2).Reasons.ShouldHaveSingleItem().Zh.ShouldBe("供电容量 400kVA 低于需要的 1600kVA");
        result.Misses.Single(m => m.Offer.Id == 3).Reasons.ShouldHaveSingleItem().En.ShouldBe("rated for class D (丁), which cannot house a class C (丙) use (GB 50016)");
        result.Misses.Single(m => m.Offer.Id == 4).Reasons.ShouldHaveSingleItem().Zh.ShouldContain("不在招租");
        result.Misses.Single(m => m.Offer.Id == 5).Reasons.ShouldHaveSingleItem().Zh.ShouldBe("2025-06-30 才能交付，晚于入驻日期 2025-03-01");
        result.Misses.Single(m => m.Offer.Id == 6).Reasons.ShouldHaveSingleItem().Zh.ShouldBe("未登记供电容量（需要 ≥ 1600kVA）");
    }

    [Theory]
    [InlineData(FireClass.Jia, FireClass.Wu, true)]
    [InlineData(FireClass.Jia, FireClass.Jia, true)]
    [InlineData(FireClass.Bing, FireClass.Bing, true)]
    [InlineData(FireClass.Yi, FireClass.Bing, true)]
    [InlineData(FireClass.Ding, FireClass.Yi, false)]
    [InlineData(FireClass.Wu, FireClass.Ding, false)]
    public void FireRating_ServesItsClassAndEveryLessHazardousOne(FireClass rating, FireClass use, bool serves) =>
        SpaceMatcher.FireServes(rating, use).ShouldBe(serves);

    [Fact]
    public void Ranking_PrefersTheReadyCloserCheaperUnit_InThePreferredSubPark()
    {
        var need = new SpaceNeed(10_000m, 12_000m, MaxRent: 12m, SubParkId: 1);
        var result = SpaceMatcher.Match(need,
        [
            Plant(1, 12_000m, status: SpaceStatus.Idle, rent: 14m),   // area 30 × (1 − 1/11) = 27.3; rent 14/12 → 25 × (0.5 − 0.1667) = 8.3; specs 10; sub-park 0; idle 5 → 50.6
            Plant(2, 11_000m, rent: 9m, subPark: 1),                  // 30; 25 × (1 − 0.375) = 15.6; 10; 10; 15 → 80.6
        ]);

        result.Matches.Select(m => (m.Offer.Id, m.Score)).ShouldBe([(2, 80.6m), (1, 50.6m)]);
    }

    [Fact]
    public void UnknownRentOrBudget_IsNeutral_AndAProjectsFloorSpaceBecomesA90To115PercentRange()
    {
        var need = SpaceNeed.ForFloorSpace(11_000m);
        (need.MinAreaM2, need.MaxAreaM2).ShouldBe((9_900m, 12_650m));
        var match = SpaceMatcher.Match(need, [Plant(1, 11_000m, rent: null)]).Matches.ShouldHaveSingleItem();
        match.Terms.Single(t => t.Code == "rent").Points.ShouldBe(12.5m);
        match.Terms.Single(t => t.Code == "specs").Points.ShouldBe(10m);
    }

    [Fact]
    public void OccupancySummary_KnownTotals()
    {
        var totals = OccupancySummary.Summarize(
            [new UnitArea(22_700m, 0m), new UnitArea(22_700m, 22_700m)],
            [new MonthOccupancy(2024, 3, 22_700m, 12.92m), new MonthOccupancy(2024, 4, 22_700m, 12.92m), new MonthOccupancy(2024, 4, 11_350m, 6.46m)]);

        (totals.TotalM2, totals.VacantM2, totals.VacancyRate, totals.RentIncomeLast12).ShouldBe((45_400m, 22_700m, 0.5m, 32.30m));
        totals.Months.Select(m => (m.Month, m.Rate)).ShouldBe([(3, 0.5m), (4, 0.75m)]);
        OccupancySummary.MonthlyRent(22_700m, 5.69m).ShouldBe(12.92m);
    }
}
