using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.EnterpriseTiers.SeedTierDemoData;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EnterpriseTiers;

/// <summary>The demo ladders reproduce, at the published year, every tier count the seed articles give.</summary>
public sealed class DemoLadderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoZones_ShowTheArticlesTierCounts_AtThePublishedYear()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = database.Services();
        await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 5, MaxPerZone: 10), null, Ct);
        var seeded = await scope.ServiceProvider.GetRequiredService<SeedTierDemoDataHandler>().HandleAsync(new SeedTierDemoDataCommand(SeedDemoDataCommand.DefaultSeed), Ct);
        var ladders = scope.ServiceProvider.GetRequiredService<GetZoneTiersHandler>();
        await using var db = database.Open();
        var zones = db.Zones.ToDictionary(z => z.ShortName, z => z.Id);

        async Task<LadderRung> RungAsync(string zone, int year, Tier tier) =>
            (await ladders.HandleAsync(new GetZoneTiersQuery(zones[zone], year), Ct))!.Ladder.Single(r => r.Tier == tier);

        seeded.Seeded.ShouldBeTrue();
        var jiaozuo = await RungAsync("焦作高新区", 2023, Tier.TechSme);
        (jiaozuo.Held, jiaozuo.Target, jiaozuo.TargetAchievedPercent).ShouldBe((174, 180, 96.67m));
        jiaozuo.NewlyCertified.ShouldBe(9);
        jiaozuo.Published.Select(p => p.Value).ShouldContain(174m);
        (await RungAsync("中山火炬高新区", 2024, Tier.LittleGiant)).Held.ShouldBe(12);
        (await RungAsync("中山火炬高新区", 2024, Tier.Specialized)).Held.ShouldBe(130);
        var innovative = await RungAsync("中山火炬高新区", 2024, Tier.InnovativeSme);
        (innovative.Held, innovative.NewlyCertified).ShouldBe((318, 63));
        (await RungAsync("景德镇高新区", 2021, Tier.HighTech)).Held.ShouldBe(58);
        (await RungAsync("景德镇高新区", 2021, Tier.TechSme)).Held.ShouldBe(49);
    }
}
