using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas;
using ParkLens.Core.Common;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class ChainWritersTests
{
    [Theory]
    [InlineData(AccessRole.InvestmentStaff, true)]
    [InlineData(AccessRole.ZoneAdministrator, true)]
    [InlineData(AccessRole.EconomyStaff, false)]
    [InlineData(AccessRole.AuthorityAnalyst, false)]
    [InlineData(AccessRole.EnterpriseUser, false)]
    public void CanManage_FollowsTheRole_ForAWholeZone(AccessRole role, bool expected) =>
        ChainWriters.CanManage(new FixedActor("x", DataScope.Zones([1]), role)).ShouldBe(expected);

    [Fact]
    public void CanManage_IsRefused_WhenTheScopeIsASubParksEnterprises() =>
        ChainWriters.CanManage(new FixedActor("x", DataScope.Enterprises(1, [5, 6]), AccessRole.InvestmentStaff)).ShouldBeFalse();
}
