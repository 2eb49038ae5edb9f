using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.AuditLog;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Access;

public sealed class AuditAndScopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_IsLogged_WithWhoWhenAndBeforeAfter(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        await using var scope = database.Services(new FixedActor("李四", DataScope.Everything, AccessRole.EconomyStaff));

        var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators,
            Files.Csv("统一社会信用代码,年度,营业收入(万元)", $"{RegistryFixtures.Yuxi1},2025,130000"), "fix.csv", null, Ct);

        result.Updated.ShouldBe(1);
        await using var db = database.Open();
        var update = await db.AuditEntries.Where(a => a.Actor == "李四" && a.Action == AuditAction.Update && a.EntityType == "EnterpriseIndicator").SingleAsync(Ct);
        var changes = JsonDocument.Parse(update.Changes!).RootElement;
        changes.GetProperty("Revenue")[0].GetDecimal().ShouldBe(120000m);
        changes.GetProperty("Revenue")[1].GetDecimal().ShouldBe(130000m);
        update.ZoneId.ShouldNotBeNull();
        var import = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Import && a.EntityKey == "fix.csv", Ct);
        import.Actor.ShouldBe("李四");
        import.ZoneId.ShouldBe(update.ZoneId);
    }

    [Fact]
    public async Task AuditLog_IsAppendOnly()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        await using var db = database.Open();
        var entry = await db.AuditEntries.FirstAsync(Ct);

        entry.Actor = "someone else";
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditLog_OfAZoneAdministrator_ShowsOnlyTheirZone(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        int yuxi;
        await using (var db = database.Open())
        {
            yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
        }
        await using var scope = database.Services(new FixedActor("yuxi-admin", DataScope.Zones([yuxi]), AccessRole.ZoneAdministrator));

        var page = await scope.ServiceProvider.GetRequiredService<ListAuditEntriesHandler>().HandleAsync(new ListAuditEntriesQuery { PageSize = 500 }, Ct);

        page.Total.ShouldBeGreaterThan(0);
        page.Items.ShouldAllBe(a => a.ZoneId == yuxi);
        page.Items.ShouldNotContain(a => a.Changes != null && a.Changes.Contains("昆明测试生物有限公司"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EnterpriseScope_SeesOnlyItsOwnEnterprise_AndCannotTouchAnother(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        int zone, own;
        await using (var db = database.Open())
        {
            var e = await db.Enterprises.SingleAsync(x => x.Uscc == RegistryFixtures.Yuxi1, Ct);
            (zone, own) = (e.ZoneId, e.Id);
        }
        await using var scope = database.Services(new FixedActor("enje", DataScope.Enterprises(zone, [own]), AccessRole.EnterpriseUser));
        var sp = scope.ServiceProvider;

        var list = await sp.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery(), Ct);
        var neighbour = await sp.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators,
            Files.Csv("统一社会信用代码,年度,营业收入(万元)", $"{RegistryFixtures.Yuxi2},2025,1"), "n.csv", null, Ct);
        var ownFigures = await sp.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators,
            Files.Csv("统一社会信用代码,年度,研发费用(万元)", $"{RegistryFixtures.Yuxi1},2025,4800"), "own.csv", null, Ct);
        var enterprises = await sp.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises,
            Files.Csv(RegistryFixtures.EnterprisesCsv), "e.csv", null, Ct);

        list.Items.ShouldHaveSingleItem().Uscc.ShouldBe(RegistryFixtures.Yuxi1);
        neighbour.Errors.ShouldHaveSingleItem().Rule.ShouldBe("outside-scope");
        ownFigures.Succeeded.ShouldBeTrue();
        enterprises.NotPermitted.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roles_WriteOnlyTheirModulesRecords(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }

        foreach (var role in new[] { AccessRole.AuthorityAnalyst, AccessRole.InvestmentStaff, AccessRole.ScienceStaff, AccessRole.ServiceStaff })
        {
            await using var scope = database.Services(new FixedActor("x", DataScope.Everything, role));
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators,
                Files.Csv(RegistryFixtures.IndicatorsCsv), "i.csv", null, Ct);
            result.NotPermitted.ShouldBeTrue(role.ToString());
        }
        await using var economy = database.Services(new FixedActor("x", DataScope.Everything, AccessRole.EconomyStaff));
        (await economy.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Zones, Files.Csv(RegistryFixtures.ZonesCsv), "z.csv", null, Ct))
            .NotPermitted.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Accounts_FirstAdministrator_HasAGeneratedPassword_AndRoleChangesAreLogged(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services(new FixedActor("cli:root", DataScope.Everything));
        var sp = scope.ServiceProvider;

        var first = await sp.GetRequiredService<EnsureAdministratorHandler>().HandleAsync(null, Ct);
        var second = await sp.GetRequiredService<EnsureAdministratorHandler>().HandleAsync(null, Ct);
        var created = await sp.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand("wang", "王五", AccessRole.EconomyStaff, ScopeKind.Zone, 1, null), Ct);
        var wrongScope = await sp.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand("zhao", "赵六", AccessRole.EnterpriseUser, ScopeKind.Zone, 1, null), Ct);
        var changed = await sp.GetRequiredService<SetUserRoleHandler>().HandleAsync(new SetUserRoleCommand("wang", AccessRole.ZoneAdministrator, ScopeKind.Zone, 1), Ct);

        first.Created.ShouldBeTrue();
        first.GeneratedPassword!.Length.ShouldBeGreaterThanOrEqualTo(10);
        second.Created.ShouldBeFalse();
        created.Succeeded.ShouldBeTrue();
        wrongScope.Succeeded.ShouldBeFalse();
        changed.ShouldBeEmpty();
        var users = sp.GetRequiredService<UserManager<ParkUser>>();
        var admin = await users.FindByNameAsync("admin");
        (await users.CheckPasswordAsync(admin!, first.GeneratedPassword)).ShouldBeTrue();
        (admin!.PasswordHash ?? "").ShouldNotContain(first.GeneratedPassword);
        await using var db = database.Open();
        var log = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.RoleChanged, Ct);
        log.Actor.ShouldBe("cli:root");
        log.Changes!.ShouldContain("EconomyStaff");
        log.Changes!.ShouldContain("ZoneAdministrator");
        (await db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains(first.GeneratedPassword), Ct)).ShouldBeFalse();
    }
}
