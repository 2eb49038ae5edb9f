using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ExportEnterprises;
using ParkLens.Core.Registry.GetEnterprise;
using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Registry.ListZones;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

public sealed class ScopeAndDashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, int Yuxi, int Kunming)> ArrangeAsync(Provider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        await using var db = database.Open();
        var zones = await db.Zones.ToDictionaryAsync(z => z.ShortName, z => z.Id, Ct);
        return (database, zones["玉溪高新区"], zones["昆明高新区"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scope_OfOneZone_HidesTheOtherZoneEverywhere(Provider provider)
    {
        var (database, yuxi, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using var scope = database.Services(new FixedActor("yuxi", DataScope.Zones([yuxi])));
        var sp = scope.ServiceProvider;

        var list = await sp.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { PageSize = 100 }, Ct);
        var search = await sp.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { Q = "昆明" }, Ct);
        var foreign = await sp.GetRequiredService<GetEnterpriseHandler>().HandleAsync(RegistryFixtures.Kunming1, Ct);
        var zones = await sp.GetRequiredService<ListZonesHandler>().HandleAsync(Ct);
        var dashboard = await sp.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(null, 2025, Ct);

        list.Items.ShouldAllBe(e => e.ZoneId == yuxi);
        list.Total.ShouldBe(2);
        search.Total.ShouldBe(0);
        foreign.ShouldBeNull();
        zones.SelectMany(a => a.Zones).ShouldHaveSingleItem().Id.ShouldBe(yuxi);
        dashboard.EnterpriseCount.ShouldBe(2);
        dashboard.Totals.Single(t => t.Key == "revenue").Value.ShouldBe(128000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_OfAZone_SumsItsFigures_WithYearOnYearAndPerMu(Provider provider)
    {
        var (database, yuxi, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using var scope = database.Services();

        var dashboard = await scope.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(yuxi, null, Ct);

        dashboard.Year.ShouldBe(2025);
        var revenue = dashboard.Totals.Single(t => t.Key == "revenue");
        revenue.Value.ShouldBe(128000m);
        revenue.PreviousValue.ShouldBe(100000m);
        revenue.ChangePercent.ShouldBe(28.0m);
        revenue.Reporting.ShouldBe(2);
        // Only the enterprise that reports land counts: 120000 万元 / 200 亩; the 8000 万元 of the firm without land is left out.
        dashboard.RevenuePerMu.ShouldBe(600m);
        dashboard.TaxPerMu.ShouldBe(30m);
        dashboard.ByCertification.Single(c => c.Key == "HighTech").Count.ShouldBe(1);
        dashboard.BySection.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.Key.ShouldBe("C"), s => s.Count.ShouldBe(2));
        dashboard.Series.Select(s => s.Year).ShouldBe([2024, 2025]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_SearchByNameUsccPrefixAndInitials_SortAndPage(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using var scope = database.Services();
        var list = scope.ServiceProvider.GetRequiredService<ListEnterprisesHandler>();

        (await list.HandleAsync(new ListEnterprisesQuery { Q = "恩捷" }, Ct)).Items.ShouldHaveSingleItem().Uscc.ShouldBe(RegistryFixtures.Yuxi1);
        (await list.HandleAsync(new ListEnterprisesQuery { Q = "915301" }, Ct)).Items.ShouldHaveSingleItem().Uscc.ShouldBe(RegistryFixtures.Kunming1);
        (await list.HandleAsync(new ListEnterprisesQuery { Q = "ynej" }, Ct)).Items.ShouldHaveSingleItem().Uscc.ShouldBe(RegistryFixtures.Yuxi1);
        (await list.HandleAsync(new ListEnterprisesQuery { Industry = "27" }, Ct)).Items.ShouldHaveSingleItem().Uscc.ShouldBe(RegistryFixtures.Kunming1);
        var byRevenue = await list.HandleAsync(new ListEnterprisesQuery { Sort = EnterpriseSort.Revenue, Descending = true, PageSize = 2 }, Ct);
        byRevenue.Total.ShouldBe(3);
        byRevenue.Items.Select(i => i.Revenue).ShouldBe([120000m, 50000m]);
        var page2 = await list.HandleAsync(new ListEnterprisesQuery { Sort = EnterpriseSort.Revenue, Descending = true, PageSize = 2, Page = 2 }, Ct);
        page2.Items.ShouldHaveSingleItem().Revenue.ShouldBe(8000m);
        var taxAscending = await list.HandleAsync(new ListEnterprisesQuery { Sort = EnterpriseSort.Tax, Year = 2024 }, Ct);
        taxAscending.Items.Select(i => i.Tax).ShouldBe([5000m, null, null]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_FilteredList_WritesThoseRowsToXlsx(Provider provider)
    {
        var (database, yuxi, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using var scope = database.Services();
        var output = new MemoryStream();

        var count = await scope.ServiceProvider.GetRequiredService<ExportEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { ZoneId = yuxi }, output, Ct);

        count.ShouldBe(2);
        output.Position = 0;
        var rows = output.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["统一社会信用代码"]?.ToString()).ShouldBe([RegistryFixtures.Yuxi2, RegistryFixtures.Yuxi1], ignoreOrder: true);
        rows.Single(r => (string?)r["统一社会信用代码"] == RegistryFixtures.Yuxi1)["营业收入(万元)"].ShouldBe(120000d);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enterprise_Details_CarryHistoryAndProvenance(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using var scope = database.Services();

        var details = await scope.ServiceProvider.GetRequiredService<GetEnterpriseHandler>().HandleAsync(RegistryFixtures.Yuxi1, Ct);

        details.ShouldNotBeNull();
        details.Indicators.Select(i => i.Year).ShouldBe([2024, 2025]);
        details.Indicators[1].Values["revenue"].ShouldBe(120000m);
        details.Indicators[1].Values["profit"].ShouldBeNull();
        details.Indicators[1].Provenance.Source.ShouldBe(DataSource.Import);
        details.IndustryPath.Select(i => i.Code).ShouldBe(["C", "29", "292", "2922"]);
    }
}
