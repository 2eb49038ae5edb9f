using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

/// <summary>The enterprise search through its indexes (SQLite FTS5 trigram table, PostgreSQL pg_trgm and bigram GIN).</summary>
public sealed class EnterpriseSearchTests
{
    private static readonly string Extra = RegistryFixtures.Valid("91530400MA6K3YQX4");

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

    private static async Task<List<string>> SearchAsync(TestDatabase database, string q, DataScope? scope = null)
    {
        await using var services = database.Services(new FixedActor("search", scope ?? DataScope.Everything));
        var page = await services.ServiceProvider.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { Q = q, PageSize = 50 }, Ct);
        page.Total.ShouldBe(page.Items.Count);
        return page.Items.Select(i => i.Uscc).ToList();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ChineseFragments_OfOneTwoAndFourCharacters_FindTheNamesContainingThem(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;

        (await SearchAsync(database, "恩捷")).ShouldBe([RegistryFixtures.Yuxi1]);
        (await SearchAsync(database, "恩捷新材")).ShouldBe([RegistryFixtures.Yuxi1]);
        (await SearchAsync(database, "测试")).ShouldBe([RegistryFixtures.Kunming1, RegistryFixtures.Yuxi2], ignoreOrder: true);
        (await SearchAsync(database, "测试电池")).ShouldBe([RegistryFixtures.Yuxi2]);
        (await SearchAsync(database, "公司")).Count.ShouldBe(3, "a fragment at the end of every name");
        (await SearchAsync(database, "司")).Count.ShouldBe(3, "the last character of every name");
        (await SearchAsync(database, "恩")).ShouldBe([RegistryFixtures.Yuxi1]);
        (await SearchAsync(database, "恩捷电池")).ShouldBeEmpty();
        (await SearchAsync(database, "\"恩捷%")).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_UsccPrefixAndPinyinInitials_AreCaseInsensitivePrefixes(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;

        (await SearchAsync(database, "91530400")).ShouldBe([RegistryFixtures.Yuxi1, RegistryFixtures.Yuxi2], ignoreOrder: true);
        (await SearchAsync(database, RegistryFixtures.Kunming1.ToLowerInvariant())).ShouldBe([RegistryFixtures.Kunming1]);
        (await SearchAsync(database, "yxcs")).ShouldBe([RegistryFixtures.Yuxi2]);
        (await SearchAsync(database, "CS")).ShouldBeEmpty("initials are a prefix, not a fragment");
        (await SearchAsync(database, "9153")).Count.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_RanksTheExactNameThenNamePrefixesFirst(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await using (var scope = database.Services())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, Files.Csv(
                "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,是否上市,资质,成立日期",
                $"{Extra},测试电池有限公司,玉溪高新区,3841,民营,否,,2020-01-01"), "e.csv", null, Ct);
            result.Errors.ShouldBeEmpty();
        }

        (await SearchAsync(database, "测试电池有限公司")).ShouldBe([Extra, RegistryFixtures.Yuxi2]);
        (await SearchAsync(database, "测试")).ShouldBe([Extra, RegistryFixtures.Kunming1, RegistryFixtures.Yuxi2]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ByAZoneUser_NeverReturnsAnotherZonesHit(Provider provider)
    {
        var (database, yuxi, kunming) = await ArrangeAsync(provider);
        await using var _ = database;
        var yuxiOnly = DataScope.Zones([yuxi]);

        (await SearchAsync(database, "测试", yuxiOnly)).ShouldBe([RegistryFixtures.Yuxi2]);
        (await SearchAsync(database, "昆明测试", yuxiOnly)).ShouldBeEmpty();
        (await SearchAsync(database, "915301", yuxiOnly)).ShouldBeEmpty();
        (await SearchAsync(database, "KMCS", yuxiOnly)).ShouldBeEmpty();
        (await SearchAsync(database, "公司", DataScope.Zones([kunming]))).ShouldBe([RegistryFixtures.Kunming1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_FollowsInsertsRenamesZoneMovesAndDeletes(Provider provider)
    {
        var (database, yuxi, kunming) = await ArrangeAsync(provider);
        await using var _ = database;
        await using (var scope = database.Services())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, Files.Csv(
                "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,是否上市,资质,成立日期",
                $"{Extra},玉溪晶澳光伏有限公司,玉溪高新区,3825,民营,否,,2020-01-01"), "e.csv", null, Ct);
            result.Errors.ShouldBeEmpty();
        }
        (await SearchAsync(database, "晶澳")).ShouldBe([Extra]);
        (await SearchAsync(database, "晶澳光伏")).ShouldBe([Extra]);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Registry_Enterprises" SET "Name" = '玉溪隆基硅材有限公司' WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "晶澳")).ShouldBeEmpty();
        (await SearchAsync(database, "隆基硅材")).ShouldBe([Extra]);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Registry_Enterprises" SET "ZoneId" = {kunming}, "SubParkId" = NULL WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "隆基", DataScope.Zones([yuxi]))).ShouldBeEmpty();
        (await SearchAsync(database, "隆基", DataScope.Zones([kunming]))).ShouldBe([Extra]);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Registry_Enterprises" WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "隆基")).ShouldBeEmpty();
        (await SearchAsync(database, "隆基硅材")).ShouldBeEmpty();
    }
}
