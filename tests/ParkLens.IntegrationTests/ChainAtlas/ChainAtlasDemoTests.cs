using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.GetChainHeatmap;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.SeedChainDemoData;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.ChainAtlas;

/// <summary>
/// The demo province, seeded small, read through the chain atlas: 玉溪高新区's battery chain (seed 000) with its named
/// enterprises in their links, its gaps, and ranked, explained targets; on SQLite and PostgreSQL.
/// </summary>
public sealed class ChainAtlasDemoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(int Yuxi, int Suzhou, int[] Yunnan)> SeedAsync(TestDatabase database)
    {
        await using (var scope = database.Services())
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 5, MaxPerZone: 10), null, Ct);
            await scope.ServiceProvider.GetRequiredService<SeedChainDemoDataHandler>().HandleAsync(new SeedChainDemoDataCommand(SeedDemoDataCommand.DefaultSeed, Demo: true), Ct);
        }
        await using var db = database.Open();
        var yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
        var suzhou = await db.Zones.Where(z => z.ShortName == "苏州工业园区").Select(z => z.Id).SingleAsync(Ct);
        var yunnan = await db.Zones.Where(z => z.ProvinceCode == "53").Select(z => z.Id).ToArrayAsync(Ct);
        return (yuxi, suzhou, yunnan);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Yuxi_BatteryChain_ShowsItsNamedEnterprisesInTheirLinks_AndTheGaps(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, _, _) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));

        var atlas = await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(yuxi, "new-energy-battery", 2025), Ct);

        var chain = atlas!.Selected!;
        chain.Key.ShouldBe("new-energy-battery");
        atlas.Chains[0].Key.ShouldBe("new-energy-battery", "the zone's own chains (its leading industries) come first");
        var separator = chain.Segments.Single(s => s.Id == "separator");
        separator.Members.Select(m => m.Name).ShouldContain("云南恩捷新材料股份有限公司");
        chain.Segments.Single(s => s.Id == "cells").Members.Select(m => m.Name).ShouldContain("玉溪亿纬锂能有限公司");
        chain.Role!.LeaderName.ShouldBe("云南恩捷新材料股份有限公司");
        chain.Role.LeaderIsLocal.ShouldBeTrue();
        chain.Analysis.Gaps.Select(g => g.SegmentId).ShouldContain("cathode");
        chain.Analysis.Leaves.ShouldBe(chain.Segments.Count(s => !s.IsGroup));
        separator.Stats!.Health.ShouldBe(SegmentHealth.Weak);
        separator.Stats.WeakReasons.ShouldContain(WeakReason.SingleFirm);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Yuxi_Targets_AreOutsiders_ForGapsAndWeakLinks_RankedAndExplainedTermByTerm(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, _, _) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));

        var list = await scope.ServiceProvider.GetRequiredService<ListChainTargetsHandler>()
            .HandleAsync(new ListChainTargetsQuery(yuxi, "new-energy-battery", 2025, PageSize: 500), Ct);

        list!.Total.ShouldBeGreaterThan(20);
        var targetable = list.Segments.Select(s => s.SegmentId).ToHashSet();
        list.Segments.ShouldAllBe(s => s.Health == SegmentHealth.Gap || s.Health == SegmentHealth.Weak);
        list.Items.ShouldAllBe(t => targetable.Contains(t.SegmentId));
        list.Items.Select(t => t.Score).ShouldBeInOrder(SortDirection.Descending);
        list.Items.ShouldAllBe(t => t.Terms.Count == 6 && t.Terms.Sum(x => x.Points) == t.Score && t.Terms.All(x => x.ReasonZh.Length > 0 && x.Points <= x.Max));
        list.Items.Select(t => t.Name).ShouldNotContain("云南恩捷新材料股份有限公司");
        // A zone's own staff see only the national pool: other zones' enterprises stay behind the scope.
        list.Items.ShouldAllBe(t => t.Origin == CandidateOrigin.NationalPool);
        list.Items.ShouldContain(t => t.SegmentId == "cathode");
        list.Items.Where(t => t.SegmentId == "cells").Select(t => t.Name).ShouldContain("宁德时代新能源科技股份有限公司");
        var ningde = list.Items.First(t => t.Name == "宁德时代新能源科技股份有限公司");
        ningde.Terms.Single(t => t.Key == "fit").ReasonZh.ShouldContain("3841");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Authority_SeesOtherZonesAsCandidates_AndAHeatmapOfItsZonesOnly(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, suzhou, yunnan) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("云南省商务厅", DataScope.Zones(yunnan), AccessRole.AuthorityAnalyst));

        var list = await scope.ServiceProvider.GetRequiredService<ListChainTargetsHandler>()
            .HandleAsync(new ListChainTargetsQuery(yuxi, "vaccine-biopharma", 2025, PageSize: 500), Ct);
        var map = await scope.ServiceProvider.GetRequiredService<GetChainHeatmapHandler>().HandleAsync(new GetChainHeatmapQuery("vaccine-biopharma", 2025), Ct);

        list!.Items.ShouldContain(t => t.Origin == CandidateOrigin.OtherZone);
        await using var db = database.Open();
        var suzhouNames = await db.Enterprises.Where(e => e.ZoneId == suzhou).Select(e => e.Name).ToListAsync(Ct);
        list.Items.Where(t => t.Origin == CandidateOrigin.OtherZone).Select(t => t.Name).Intersect(suzhouNames).ShouldBeEmpty();
        var yunnanEnterprises = await db.Enterprises.Where(e => yunnan.Contains(e.ZoneId) && e.ZoneId != yuxi).Select(e => e.Id).ToListAsync(Ct);
        list.Items.Where(t => t.Origin == CandidateOrigin.OtherZone).Select(t => int.Parse(t.CandidateKey[4..], System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBeSubsetOf(yunnanEnterprises);
        map!.Zones.Select(z => z.ZoneId).ShouldBeSubsetOf(yunnan);
        map.Zones.Select(z => z.ZoneId).ShouldNotContain(suzhou);
        map.Combined.Members.ShouldBe(map.Zones.Sum(z => z.Members));
    }
}
