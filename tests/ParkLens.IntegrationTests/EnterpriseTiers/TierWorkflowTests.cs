using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Applications;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Facts;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EnterpriseTiers;

public sealed class TierWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FixedActor Science = new("科促局 李强", DataScope.Everything, AccessRole.ScienceStaff);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Application_SkippingASteps_IsRefusedAndChangesNothing_ThenCertifiesAndSetsTheRegistryFlag(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var loader = database.Services())
        {
            await RegistryFixtures.LoadAsync(loader);
        }
        await using var scope = database.Services(Science);
        int enterpriseId;
        await using (var db = database.Open())
        {
            enterpriseId = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Yuxi2).Select(e => e.Id).SingleAsync(Ct);
        }
        var submitted = await scope.ServiceProvider.GetRequiredService<SubmitApplicationHandler>()
            .HandleAsync(new SubmitApplicationCommand(enterpriseId, Tier.HighTech, 2025, new DateOnly(2025, 5, 10), null), Ct);
        submitted.Succeeded.ShouldBeTrue(string.Join("; ", submitted.Problems));
        var advance = scope.ServiceProvider.GetRequiredService<AdvanceApplicationHandler>();

        var skipped = await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id!.Value, ApplicationStatus.Certified, new DateOnly(2025, 6, 1)), Ct);
        var backwards = await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id.Value, ApplicationStatus.Accepted, new DateOnly(2025, 5, 1)), Ct);

        skipped.Problems.ShouldHaveSingleItem().Rule.ShouldBe("illegal-transition");
        skipped.Problems[0].Message.ShouldContain("Submitted");
        backwards.Problems.ShouldHaveSingleItem().Rule.ShouldBe("date-order");
        await using (var db = database.Open())
        {
            var unchanged = await db.TierApplications.SingleAsync(Ct);
            unchanged.Status.ShouldBe(ApplicationStatus.Submitted);
            unchanged.AcceptedOn.ShouldBeNull();
        }

        (await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id.Value, ApplicationStatus.Accepted, new DateOnly(2025, 6, 1)), Ct)).Succeeded.ShouldBeTrue();
        (await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id.Value, ApplicationStatus.Publicized, new DateOnly(2025, 10, 8)), Ct)).Succeeded.ShouldBeTrue();
        (await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id.Value, ApplicationStatus.Certified, new DateOnly(2025, 11, 20), "GR202553000123"), Ct)).Succeeded.ShouldBeTrue();
        var closed = await advance.HandleAsync(new AdvanceApplicationCommand(submitted.Id.Value, ApplicationStatus.Rejected, new DateOnly(2025, 11, 21)), Ct);

        closed.Problems.ShouldHaveSingleItem().Rule.ShouldBe("illegal-transition");
        await using var after = database.Open();
        var certificate = await after.TierApplications.SingleAsync(Ct);
        certificate.ValidFrom.ShouldBe(new DateOnly(2025, 11, 20));
        certificate.ValidUntil.ShouldBe(new DateOnly(2028, 11, 19));
        ((await after.Enterprises.SingleAsync(e => e.Id == enterpriseId, Ct)).Certifications & Certifications.HighTech).ShouldBe(Certifications.HighTech);
        (await after.AuditEntries.CountAsync(a => a.EntityType == "TierApplication", Ct)).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Facts_WithAnyBadValue_WriteNothing_AndGoodFactsReachTheTierCard(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var loader = database.Services())
        {
            await RegistryFixtures.LoadAsync(loader);
        }
        await using var scope = database.Services(Science);
        int enterpriseId;
        await using (var db = database.Open())
        {
            enterpriseId = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Yuxi1).Select(e => e.Id).SingleAsync(Ct);
        }
        var save = scope.ServiceProvider.GetRequiredService<SaveTierFactsHandler>();

        var refused = await save.HandleAsync(new SaveTierFactsCommand(enterpriseId, 2025, new Dictionary<string, decimal?>
        {
            [FactKeys.IpClass2] = 3, [FactKeys.ResidentEnterprise] = 2, [FactKeys.Revenue] = 1, ["no_such_fact"] = 1,
        }), Ct);

        refused.Problems.Select(p => (p.Field, p.Rule)).ShouldBe(
            [(FactKeys.ResidentEnterprise, "not-boolean"), (FactKeys.Revenue, "registry-fact"), ("no_such_fact", "unknown-fact")], ignoreOrder: true);
        await using (var db = database.Open())
        {
            (await db.TierFacts.CountAsync(Ct)).ShouldBe(0);
        }

        var saved = await save.HandleAsync(new SaveTierFactsCommand(enterpriseId, 2025, new Dictionary<string, decimal?>
        {
            [FactKeys.IpClass2] = 3, [FactKeys.TechStaff] = 200,
        }, new EvidenceFile("专利清单.pdf", "application/pdf", [1, 2, 3])), Ct);
        var card = await scope.ServiceProvider.GetRequiredService<GetEnterpriseTiersHandler>().HandleAsync(new GetEnterpriseTiersQuery(enterpriseId, 2025), Ct);

        saved.Succeeded.ShouldBeTrue(string.Join("; ", saved.Problems));
        card.ShouldNotBeNull();
        var ip = card.Facts.Single(f => f.Key == FactKeys.IpClass2);
        (ip.Value, ip.Origin, ip.EvidenceFile, ip.UpdatedBy).ShouldBe((3m, FactOrigin.Entered, "专利清单.pdf", Science.Name));
        card.Facts.Single(f => f.Key == FactKeys.Revenue).Value.ShouldBe(120000m);
        card.Evaluations.Select(e => e.Tier).ShouldBe(Enum.GetValues<Tier>(), ignoreOrder: true);
        card.Held.ShouldBe([Tier.HighTech, Tier.Specialized]);
        card.NextTier.ShouldBe(Tier.LittleGiant);
        // 12亿元 of revenue is over the 2亿元 ceiling, so no unknown fact can rescue it.
        card.For(Tier.TechSme)!.Verdict.ShouldBe(Verdict.Fail);
    }

    [Fact]
    public async Task TierWork_ByAnotherDepartment_OrOutsideTheScope_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var loader = database.Services())
        {
            await RegistryFixtures.LoadAsync(loader);
        }
        int yuxiZone, kunmingEnterprise;
        await using (var db = database.Open())
        {
            yuxiZone = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
            kunmingEnterprise = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Kunming1).Select(e => e.Id).SingleAsync(Ct);
        }
        await using var economy = database.Services(new FixedActor("经发局", DataScope.Everything, AccessRole.EconomyStaff));
        await using var yuxiScience = database.Services(new FixedActor("玉溪科促局", DataScope.Zones([yuxiZone]), AccessRole.ScienceStaff));

        var wrongDepartment = await economy.ServiceProvider.GetRequiredService<SubmitApplicationHandler>()
            .HandleAsync(new SubmitApplicationCommand(kunmingEnterprise, Tier.TechSme, 2025, new DateOnly(2025, 3, 1), null), Ct);
        var otherZone = await yuxiScience.ServiceProvider.GetRequiredService<SubmitApplicationHandler>()
            .HandleAsync(new SubmitApplicationCommand(kunmingEnterprise, Tier.TechSme, 2025, new DateOnly(2025, 3, 1), null), Ct);
        var card = await yuxiScience.ServiceProvider.GetRequiredService<GetEnterpriseTiersHandler>().HandleAsync(new GetEnterpriseTiersQuery(kunmingEnterprise, 2025), Ct);

        wrongDepartment.Problems.ShouldHaveSingleItem().Rule.ShouldBe("not-permitted");
        otherZone.Problems.ShouldHaveSingleItem().Rule.ShouldBe("no-enterprise");
        card.ShouldBeNull();
    }
}
