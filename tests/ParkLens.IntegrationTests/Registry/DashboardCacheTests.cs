using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

/// <summary>
/// The zone dashboard is kept in memory per zone data version: a repeated call returns the kept result, which equals a
/// fresh computation; every kind of write to the zone (through another instance of the app, with its own memory) makes
/// the next call compute again; and no zone's kept result ever reaches a caller of another zone or of a narrower scope.
/// </summary>
public sealed class DashboardCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_IsKeptUntilTheZoneIsWritten_AndAlwaysEqualsAFreshComputation(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int yuxi, kunming;
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        await using (var db = database.Open())
        {
            var zones = await db.Zones.ToDictionaryAsync(z => z.ShortName, z => z.Id, Ct);
            (yuxi, kunming) = (zones["玉溪高新区"], zones["昆明高新区"]);
        }
        // One instance of the app serves the zone's user; the writes come through another one.
        await using var app = database.Services(new FixedActor("玉溪", DataScope.Zones([yuxi])));
        await using var other = database.Services();
        var importer = other.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        async Task<ZoneDashboard> Served() => await app.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(yuxi, null, Ct);
        async Task<ZoneDashboard> Fresh()
        {
            await using var db = database.Open(new FixedActor("玉溪", DataScope.Zones([yuxi])));
            return await GetZoneDashboardHandler.ComputeAsync(db, yuxi, null, Ct);
        }
        async Task<ZoneDashboard> ChangedAfter(ZoneDashboard before)
        {
            var after = await Served();
            after.ShouldNotBeSameAs(before);
            Json(after).ShouldBe(Json(await Fresh()));
            return after;
        }
        async Task Import(ImportKind kind, params string[] lines) =>
            (await importer.HandleAsync(kind, Files.Csv(lines), "change.csv", null, Ct)).Errors.ShouldBeEmpty();

        var first = await Served();
        Json(first).ShouldBe(Json(await Fresh()));
        (await Served()).ShouldBeSameAs(first, "a repeated call with no write in between is served from memory");

        // A new enterprise (bulk path).
        await Import(ImportKind.Enterprises, RegistryFixtures.EnterprisesCsv[0],
            $"{RegistryFixtures.Valid("91530400MA6K3YQX4")},玉溪新建材料有限公司,玉溪高新区,2922,民营,否,,2020-01-01");
        var created = await ChangedAfter(first);
        created.EnterpriseCount.ShouldBe(first.EnterpriseCount + 1);

        // An edit of an existing enterprise (change tracker).
        await Import(ImportKind.Enterprises, RegistryFixtures.EnterprisesCsv[0],
            $"{RegistryFixtures.Yuxi2},玉溪测试电池有限公司,玉溪高新区,3841,民营,是,,2019-01-01");
        var edited = await ChangedAfter(created);
        edited.ListedCount.ShouldBe(created.ListedCount + 1);

        // New figures (bulk path) and a changed one (change tracker).
        await Import(ImportKind.Indicators, RegistryFixtures.IndicatorsCsv[0], $"{RegistryFixtures.Yuxi2},2024,7000,200,,50", $"{RegistryFixtures.Yuxi1},2025,130000,6000,200,1100");
        var figures = await ChangedAfter(edited);
        figures.Totals.Single(t => t.Key == "revenue").Value.ShouldBe(138000m);
        figures.Totals.Single(t => t.Key == "revenue").PreviousValue.ShouldBe(107000m);

        // A direct write through a context, without a transaction of the caller's.
        await using (var db = database.Open())
        {
            (await db.Enterprises.SingleAsync(e => e.Uscc == RegistryFixtures.Yuxi1, Ct)).IsSynthetic = true;
            await db.SaveChangesAsync(Ct);
        }
        var direct = await ChangedAfter(figures);
        direct.SyntheticCount.ShouldBe(figures.SyntheticCount + 1);

        // A rejected import writes nothing and leaves the kept result in place.
        (await importer.HandleAsync(ImportKind.Indicators, Files.Csv(RegistryFixtures.IndicatorsCsv[0], $"{RegistryFixtures.Yuxi1},2023,1,1,1,1", $"{RegistryFixtures.Valid("91530400MA6K3YQX9")},2023,1,1,1,1"), "bad.csv", null, Ct))
            .Succeeded.ShouldBeFalse();
        (await Served()).ShouldBeSameAs(direct);

        // Moving an enterprise to another zone changes both zones.
        await using var kunmingApp = database.Services(new FixedActor("昆明", DataScope.Zones([kunming])));
        var kunmingBefore = await kunmingApp.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(kunming, null, Ct);
        await Import(ImportKind.Enterprises, "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型", $"{RegistryFixtures.Yuxi2},玉溪测试电池有限公司,昆明高新区,3841,民营");
        var moved = await ChangedAfter(direct);
        var kunmingAfter = await kunmingApp.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(kunming, null, Ct);
        moved.EnterpriseCount.ShouldBe(direct.EnterpriseCount - 1);
        kunmingAfter.EnterpriseCount.ShouldBe(kunmingBefore.EnterpriseCount + 1);
        kunmingAfter.Totals.Single(t => t.Key == "revenue").Value.ShouldBe(kunmingBefore.Totals.Single(t => t.Key == "revenue").Value + 8000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeptResults_NeverCrossZonesOrScopes(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int yuxi, kunming, yuxi1;
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        await using (var db = database.Open())
        {
            var zones = await db.Zones.ToDictionaryAsync(z => z.ShortName, z => z.Id, Ct);
            (yuxi, kunming) = (zones["玉溪高新区"], zones["昆明高新区"]);
            yuxi1 = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Yuxi1).Select(e => e.Id).SingleAsync(Ct);
        }
        // The province's analyst fills the memory of this instance first; every other caller uses the same instance.
        var services = new ServiceCollection().AddParkCore(database.Settings);
        services.AddScoped<ICurrentActor>(_ => Actor.Value!);
        await using var app = services.BuildServiceProvider();
        async Task<ZoneDashboard> As(ICurrentActor actor, int? zoneId)
        {
            Actor.Value = actor;
            await using var scope = app.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<GetZoneDashboardHandler>().HandleAsync(zoneId, null, Ct);
        }
        var province = new FixedActor("省", DataScope.Everything);
        var yuxiUser = new FixedActor("玉溪", DataScope.Zones([yuxi]));
        var firmUser = new FixedActor("恩捷", DataScope.Enterprises(yuxi, [yuxi1]));

        var provinceYuxi = await As(province, yuxi);
        var provinceAll = await As(province, null);

        (await As(yuxiUser, yuxi)).ShouldBeSameAs(provinceYuxi, "the whole zone reads the same for everyone who may see all of it");
        var yuxiAll = await As(yuxiUser, null);
        yuxiAll.ShouldNotBeSameAs(provinceAll);
        yuxiAll.EnterpriseCount.ShouldBe(2);
        provinceAll.EnterpriseCount.ShouldBe(3);
        var foreign = await As(yuxiUser, kunming);
        foreign.EnterpriseCount.ShouldBe(0, "another zone's dashboard is empty, never the kept one");
        var firm = await As(firmUser, yuxi);
        firm.ShouldNotBeSameAs(provinceYuxi);
        firm.EnterpriseCount.ShouldBe(1);
        firm.Totals.Single(t => t.Key == "revenue").Value.ShouldBe(120000m);
        (await As(province, kunming)).EnterpriseCount.ShouldBe(1);
    }

    [Fact]
    public async Task OnSqlite_NativeSums_EqualEfsDecimalSums_AndGiveWayToValuesTheyCannotSumExactly()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
            var figures = await setup.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators, Files.Csv(
                "统一社会信用代码,年度,营业收入(万元),工业总产值(万元),工业增加值(万元),利润总额(万元),税收(万元),研发费用(万元),从业人员(人),用地面积(亩),出口额(万元),高新技术产品收入(万元)",
                $"{RegistryFixtures.Yuxi1},2023,1234.5678,100,0.5,-12.25,0.0001,7,10,3.5,,1.1",
                $"{RegistryFixtures.Yuxi2},2023,0.4322,250.75,,-0.75,2,,,0.5,99999999.9999,",
                $"{RegistryFixtures.Yuxi2},2024,,,,,,,,,,"), "scales.csv", null, Ct);
            figures.Errors.ShouldBeEmpty();
        }
        int yuxi;
        int[] firms;
        await using (var db = database.Open())
        {
            yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
            firms = await db.Enterprises.Where(e => e.ZoneId == yuxi).Select(e => e.Id).ToArrayAsync(Ct);
        }
        // The zone's user gets the native sums; a user scoped to every one of its enterprises sees the same rows through EF.
        var zoneUser = new FixedActor("玉溪", DataScope.Zones([yuxi]));
        var everyFirm = new FixedActor("玉溪的每家企业", DataScope.Enterprises(yuxi, firms));
        async Task<(bool Native, string Zone, string Firms)> Both(int? year)
        {
            await using var native = database.Open(zoneUser);
            await using var linq = database.Open(everyFirm);
            return (await YearFigureQueries.SqliteWholeZonesAsync(native, yuxi, Ct) is not null,
                Json(await GetZoneDashboardHandler.ComputeAsync(native, yuxi, year, Ct)), Json(await GetZoneDashboardHandler.ComputeAsync(linq, yuxi, year, Ct)));
        }

        foreach (var year in new int?[] { null, 2023, 2024, 2025 })
        {
            var (native, zone, every) = await Both(year);
            native.ShouldBeTrue();
            zone.ShouldBe(every);
        }
        // Values the native sums cannot take exactly, written past the importer (which rounds to four places and caps sizes).
        foreach (var (value, expected) in new[] { ("12345678901.5", "12345684901.5"), ("1.23456", "6001.23456") })
        {
            await using (var db = database.Open())
            {
                await db.Database.ExecuteSqlAsync($"UPDATE \"Registry_EnterpriseIndicators\" SET \"Tax\" = {value} WHERE \"ZoneId\" = {yuxi} AND \"Year\" = 2025 AND \"Tax\" <> '6000.0'", Ct);
            }
            var (native, zone, every) = await Both(null);
            native.ShouldBeFalse();
            zone.ShouldBe(every);
            zone.ShouldContain(expected);
        }
    }

    private static readonly AsyncLocal<ICurrentActor?> Actor = new();
}
