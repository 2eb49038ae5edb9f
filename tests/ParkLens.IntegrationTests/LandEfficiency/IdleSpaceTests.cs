using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.ListSpaceUnits;
using ParkLens.Core.LandEfficiency.IdleSpace.MatchSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.MoveSpaceUnit;
using ParkLens.Core.LandEfficiency.IdleSpace.ReserveSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;
using ParkLens.IntegrationTests.Infrastructure;
using ParkLens.IntegrationTests.Investments;

namespace ParkLens.IntegrationTests.LandEfficiency;

/// <summary>The demo inventory reproduces 远成物流园's figures; matching, moves and reservations on both databases.</summary>
public sealed class IdleSpaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Dictionary<string, int>> SeedAsync(TestDatabase database)
    {
        var zones = await ProjectPipelineTests.SeedAsync(database);
        await using var scope = database.Services();
        var result = await scope.ServiceProvider.GetRequiredService<SeedIdleSpaceDemoDataHandler>().HandleAsync(new SeedIdleSpaceDemoDataCommand(true), Ct);
        result.Units.ShouldBeGreaterThan(14);
        return zones;
    }

    private static FixedActor Economy(int zoneId) => new("遂宁经发局 李明", DataScope.Zones([zoneId]), AccessRole.EconomyStaff);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_Yuancheng_HasTheArticlesTotals_AndHongmingsNeedFindsTheIdleFactoryFirst(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        var suining = zones["遂宁高新区"];
        await using var scope = database.Services(Economy(suining));

        var inventory = await scope.ServiceProvider.GetRequiredService<ListSpaceUnitsHandler>().HandleAsync(new ListSpaceUnitsQuery(suining, Text: "远成物流园"), Ct);
        var yuancheng = inventory.ShouldNotBeNull();
        yuancheng.Units.Count.ShouldBe(10);
        yuancheng.Totals.TotalM2.ShouldBe(227_000m);          // 仓储区建筑面积达22.7万平方米
        yuancheng.Totals.VacantM2.ShouldBe(90_800m);          // 约60%的资产成功租赁
        yuancheng.Totals.VacancyRate.ShouldBe(0.4m);
        yuancheng.Units.Count(u => u.Status == SpaceStatus.Leased).ShouldBe(6);
        yuancheng.Units.ShouldAllBe(u => u.AskingRent == 5.69m);
        yuancheng.Totals.Months[^1].Rate.ShouldBe(0.6m);
        // A full year at 60 %: 136,200㎡ × 5.69 元 × 12 = 930万元, 60 % of the article's 1550万元 midpoint.
        yuancheng.Totals.RentIncomeLast12.ShouldBe(6 * 12 * 12.92m);

        var need = new SpaceNeed(10_000m, 12_000m, MinClearHeightM: 8m, MinFloorLoadKnM2: 20m, MinPowerKva: 1600m, FireClass: FireClass.Bing);
        var match = await scope.ServiceProvider.GetRequiredService<MatchSpaceHandler>().HandleAsync(new MatchSpaceQuery(suining, need), Ct);
        match.ShouldNotBeNull();
        match.Matches[0].Offer.Name.ShouldBe(SeedIdleSpaceDemoDataHandler.IdlePlantForHongming);
        match.Matches.Count.ShouldBe(2);
        match.Misses.ShouldContain(m => m.Offer.Name == "遂宁高新区 闲置冷链仓库 C1");
        match.Misses.ShouldContain(m => m.Offer.Name == "遂宁高新区 闲置重型厂房 2号");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnIllegalMove_IsRefused_AndChangesNothing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        var suining = zones["遂宁高新区"];
        int unitId;
        await using (var db = database.Open())
        {
            unitId = (await db.SpaceUnits.SingleAsync(u => u.Name == "遂宁高新区 闲置重型厂房 2号", Ct)).Id;
        }
        await using var scope = database.Services(Economy(suining));
        var mover = scope.ServiceProvider.GetRequiredService<MoveSpaceUnitHandler>();

        var refused = await mover.HandleAsync(new MoveSpaceUnitCommand(unitId, SpaceStatus.Leased, new DateOnly(2025, 1, 2), "某公司"), Ct);

        refused.Succeeded.ShouldBeFalse();
        refused.Problems.ShouldHaveSingleItem().Rule.ShouldBe("illegal-transition");
        await using (var db = database.Open())
        {
            var unit = await db.SpaceUnits.Include(u => u.History).SingleAsync(u => u.Id == unitId, Ct);
            (unit.Status, unit.TenantName, unit.VacantAreaM2, unit.History.Count).ShouldBe((SpaceStatus.Disposal, (string?)null, 11_000m, 2));
        }

        var listed = await mover.HandleAsync(new MoveSpaceUnitCommand(unitId, SpaceStatus.Listed, new DateOnly(2025, 1, 2)), Ct);
        listed.Succeeded.ShouldBeTrue(string.Join("; ", listed.Problems));
        await using var after = database.Open();
        var moved = await after.SpaceUnits.Include(u => u.History).SingleAsync(u => u.Id == unitId, Ct);
        (moved.Status, moved.StatusSince, moved.History.Count).ShouldBe((SpaceStatus.Listed, new DateOnly(2025, 1, 2), 3));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reserving_ForAProjectAtRegistration_MovesItToSiteSecured_AndAClosedProjectIsRefusedWithNothingWritten(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        int projectId, zoneId, unitId, closedId;
        await using (var db = database.Open())
        {
            var project = await db.Projects.Where(p => p.Stage == ProjectStage.Registered).OrderBy(p => p.Id).FirstAsync(Ct);
            (projectId, zoneId) = (project.Id, project.ZoneId);
            unitId = (await db.SpaceUnits.Where(u => u.ZoneId == zoneId && u.Status == SpaceStatus.Listed).OrderBy(u => u.Id).FirstAsync(Ct)).Id;
            closedId = (await db.Projects.Where(p => p.ZoneId == zoneId).OrderBy(p => p.Id).FirstAsync(Ct)).Id;
            var closed = await db.Projects.SingleAsync(p => p.Id == closedId, Ct);
            closed.Stage = ProjectStage.Terminated;
            await db.SaveChangesAsync(Ct);
        }
        await using var scope = database.Services(new FixedActor("招商局 王芳", DataScope.Zones([zoneId]), AccessRole.InvestmentStaff));
        var reserver = scope.ServiceProvider.GetRequiredService<ReserveSpaceHandler>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var refused = await reserver.HandleAsync(new ReserveSpaceCommand(unitId, closedId, today), Ct);
        refused.Result.Problems.ShouldHaveSingleItem().Rule.ShouldBe("project-closed");
        await using (var db = database.Open())
        {
            (await db.SpaceUnits.SingleAsync(u => u.Id == unitId, Ct)).Status.ShouldBe(SpaceStatus.Listed);
        }

        var done = await reserver.HandleAsync(new ReserveSpaceCommand(unitId, projectId, today), Ct);

        done.Result.Succeeded.ShouldBeTrue(string.Join("; ", done.Result.Problems));
        done.ProjectAdvanced.ShouldBeTrue();
        await using var after = database.Open();
        var unit = await after.SpaceUnits.SingleAsync(u => u.Id == unitId, Ct);
        (unit.Status, unit.ProjectId).ShouldBe((SpaceStatus.Reserved, (int?)projectId));
        var advanced = await after.Projects.Include(p => p.History).SingleAsync(p => p.Id == projectId, Ct);
        advanced.Stage.ShouldBe(ProjectStage.SiteSecured);
        advanced.History.ShouldContain(h => h.From == ProjectStage.Registered && h.To == ProjectStage.SiteSecured && h.On == today);
    }
}
