using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;

namespace ParkLens.Core.Tests.LandEfficiency.IdleSpace;

public sealed class SpaceTransitionsTests
{
    [Theory]
    [InlineData(SpaceStatus.Idle, SpaceStatus.Disposal)]
    [InlineData(SpaceStatus.Idle, SpaceStatus.Listed)]
    [InlineData(SpaceStatus.Disposal, SpaceStatus.Listed)]
    [InlineData(SpaceStatus.Listed, SpaceStatus.Reserved)]
    [InlineData(SpaceStatus.Listed, SpaceStatus.Leased)]
    [InlineData(SpaceStatus.Reserved, SpaceStatus.Leased)]
    [InlineData(SpaceStatus.Reserved, SpaceStatus.Listed)]
    [InlineData(SpaceStatus.Leased, SpaceStatus.Listed)]
    public void LegalMoves_AreAllowed(SpaceStatus from, SpaceStatus to) =>
        SpaceTransitions.Check(from, to, hasTenant: true).ShouldBeNull();

    [Theory]
    [InlineData(SpaceStatus.Idle, SpaceStatus.Leased)]
    [InlineData(SpaceStatus.Disposal, SpaceStatus.Leased)]
    [InlineData(SpaceStatus.Disposal, SpaceStatus.Reserved)]
    [InlineData(SpaceStatus.Leased, SpaceStatus.Reserved)]
    [InlineData(SpaceStatus.Reserved, SpaceStatus.Idle)]
    public void IllegalMoves_AreRefused_NamingWhatIsAllowed(SpaceStatus from, SpaceStatus to)
    {
        var problem = SpaceTransitions.Check(from, to, hasTenant: true).ShouldNotBeNull();
        problem.Rule.ShouldBe("illegal-transition");
    }

    [Fact]
    public void IdleToLeased_SaysWhatIsAllowed_InChinese()
    {
        using var _ = new CultureScope("zh-CN");
        SpaceTransitions.Check(SpaceStatus.Idle, SpaceStatus.Leased, true)!.Message.ShouldBe("闲置空间不能从「闲置」变为「已租」（允许：整治/司法处置、招租、已预订）");
    }

    [Fact]
    public void LeaseOrReservation_NeedsATenant()
    {
        SpaceTransitions.Check(SpaceStatus.Listed, SpaceStatus.Leased, hasTenant: false)!.Rule.ShouldBe("tenant-required");
        SpaceTransitions.Check(SpaceStatus.Idle, SpaceStatus.Reserved, hasTenant: false)!.Rule.ShouldBe("tenant-required");
        SpaceTransitions.Check(SpaceStatus.Listed, SpaceStatus.Idle, hasTenant: false).ShouldBeNull();
    }

    [Fact]
    public void YuanchengRent_IsTheArticlesFullLeaseRentPerSquareMetreAndMonth() =>
        // (1500 + 1600) / 2 万元 a year over 22.7万㎡: 15,500,000 ÷ 227,000 ÷ 12 = 5.69 元/㎡·月.
        SeedIdleSpaceDemoDataHandler.YuanchengRent.ShouldBe(5.69m);

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _before = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _before;
    }
}
