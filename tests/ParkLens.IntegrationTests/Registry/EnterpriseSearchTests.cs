using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

/// <summary>The enterprise search through its indexes (name-bigram postings, SQLite FTS5 trigram table, PostgreSQL pg_trgm).</summary>
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
        page.TotalIsLowerBound.ShouldBeFalse();
        return page.Items.Select(i => i.Uscc).ToList();
    }

    private static async Task<Page<EnterpriseRow>> PageAsync(TestDatabase database, ListEnterprisesQuery query, DataScope? scope = null, int countLimit = EnterpriseSearchOptions.DefaultCountLimit)
    {
        await using var services = database.Services(new FixedActor("search", scope ?? DataScope.Everything));
        var handler = new ListEnterprisesHandler(services.ServiceProvider.GetRequiredService<IDbContextFactory<ParkDbContext>>(), new EnterpriseSearchOptions { CountLimit = countLimit }, services.ServiceProvider.GetRequiredService<LatestFigureYears>());
        return await handler.HandleAsync(query, Ct);
    }

    private static async Task ImportAsync(TestDatabase database, params (string First17, string Name, string Zone, string Industry)[] rows)
    {
        await using var scope = database.Services();
        var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, Files.Csv(
            ["统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,是否上市,资质,成立日期",
             .. rows.Select(r => $"{RegistryFixtures.Valid(r.First17)},{r.Name},{r.Zone},{r.Industry},民营,否,,2020-01-01")]), "e.csv", null, Ct);
        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
    }

    // Exact name, names starting with the fragment, the other names containing it; each by name (code point order, as
    // both test databases collate), exactly as the ranking of every other search.
    private static readonly (string First17, string Name, string Zone, string Industry)[] Dingsheng =
    [
        ("91530400MA6K3YQA1", "玉溪鼎盛电池有限公司", "玉溪高新区", "3841"),
        ("91530400MA6K3YQA2", "鼎盛电子有限公司", "玉溪高新区", "3841"),
        ("91530100MA6K3YQA3", "鼎盛", "昆明高新区", "2761"),
        ("91530100MA6K3YQA4", "昆明鼎盛生物有限公司", "昆明高新区", "2761"),
        ("91530100MA6K3YQA5", "鼎盛光电有限公司", "昆明高新区", "3841"),
        ("91530100MA6K3YQA6", "云南鼎盛鼎盛有限公司", "昆明高新区", "2761"),
        ("91530100MA6K3YQA7", "鼎新有限公司", "昆明高新区", "2761"),
    ];

    private static readonly string[] DingshengRanked = ["鼎盛", "鼎盛光电有限公司", "鼎盛电子有限公司", "云南鼎盛鼎盛有限公司", "昆明鼎盛生物有限公司", "玉溪鼎盛电池有限公司"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_TwoCharacters_RanksExactThenPrefixesThenTheRest_ByName_AndPagesInThatOrder(Provider provider)
    {
        var (database, yuxi, kunming) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database, Dingsheng);

        var first = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", PageSize = 4 });
        var second = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", PageSize = 4, Page = 2 });
        var yuxiUser = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛" }, DataScope.Zones([yuxi]));
        var kunmingPicked = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", ZoneId = kunming });
        var biotech = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", Industry = "27" });
        var biotechInYuxi = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", Industry = "27" }, DataScope.Zones([yuxi]));

        first.Items.Concat(second.Items).Select(r => r.Name).ShouldBe(DingshengRanked);
        (first.Total, first.TotalIsLowerBound, second.Total).ShouldBe((6, false, 6));
        first.Items[0].ShouldSatisfyAllConditions(r => r.ZoneName.ShouldBe("昆明高新区"), r => r.Uscc.ShouldBe(RegistryFixtures.Valid("91530100MA6K3YQA3")));
        yuxiUser.Items.Select(r => r.Name).ShouldBe(["鼎盛电子有限公司", "玉溪鼎盛电池有限公司"]);
        yuxiUser.Total.ShouldBe(2);
        kunmingPicked.Items.Select(r => r.Name).ShouldBe(["鼎盛", "鼎盛光电有限公司", "云南鼎盛鼎盛有限公司", "昆明鼎盛生物有限公司"]);
        biotech.Items.Select(r => r.Name).ShouldBe(["鼎盛", "云南鼎盛鼎盛有限公司", "昆明鼎盛生物有限公司"]);
        biotech.Total.ShouldBe(3);
        biotechInYuxi.Items.ShouldBeEmpty();
        biotechInYuxi.Total.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_OneCharacterAndCommonFragments_RankAsEveryOtherSearch_WhicheverIndexFindsThem(Provider provider)
    {
        var (database, yuxi, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database, Dingsheng);

        var ding = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎", PageSize = 50 });
        var dingInYuxi = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎" }, DataScope.Zones([yuxi]));

        ding.Items.Select(r => r.Name).ShouldBe(["鼎新有限公司", "鼎盛", "鼎盛光电有限公司", "鼎盛电子有限公司", "云南鼎盛鼎盛有限公司", "昆明鼎盛生物有限公司", "玉溪鼎盛电池有限公司"]);
        dingInYuxi.Items.Select(r => r.Name).ShouldBe(["鼎盛电子有限公司", "玉溪鼎盛电池有限公司"]);
        foreach (var q in new[] { "鼎", "有限公司", "鼎盛电", "公" })
        {
            for (var page = 1; page <= 4; page++)
            {
                // A limit of 2 makes each of these fragments "common" (SQLite reads the names in order); 10,000 does not.
                var common = await PageAsync(database, new ListEnterprisesQuery { Q = q, PageSize = 3, Page = page }, countLimit: 2);
                var rare = await PageAsync(database, new ListEnterprisesQuery { Q = q, PageSize = 3, Page = page });
                var commonInYuxi = await PageAsync(database, new ListEnterprisesQuery { Q = q, PageSize = 3, Page = page }, DataScope.Zones([yuxi]), countLimit: 2);
                var rareInYuxi = await PageAsync(database, new ListEnterprisesQuery { Q = q, PageSize = 3, Page = page }, DataScope.Zones([yuxi]));

                common.Items.Select(r => r.Id).ShouldBe(rare.Items.Select(r => r.Id), $"{q} page {page}");
                commonInYuxi.Items.Select(r => r.Id).ShouldBe(rareInYuxi.Items.Select(r => r.Id), $"{q} page {page} in 玉溪");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_TwoCharacters_InOtherOrders_FindsTheSameHits(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database, Dingsheng);

        var byName = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", Descending = true });
        var byUscc = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", Sort = EnterpriseSort.Uscc });

        byName.Items.Select(r => r.Name).ShouldBe(DingshengRanked.Order(StringComparer.Ordinal).Reverse());
        byUscc.Items.Select(r => r.Uscc).ShouldBe(byUscc.Items.Select(r => r.Uscc).Order(StringComparer.Ordinal));
        byUscc.Items.Select(r => r.Name).ShouldBe(DingshengRanked, ignoreOrder: true);
        (byName.Total, byUscc.Total).ShouldBe((6, 6));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_TwoCharacters_FoldsAsciiLetters_AndCountsASupplementaryCharacterAsOne(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database,
            ("91530400MA6K3YQB1", "ABB（中国）有限公司", "玉溪高新区", "3841"),
            ("91530400MA6K3YQB2", "𠮷野家餐饮有限公司", "玉溪高新区", "3841"));

        (await SearchAsync(database, "B（")).ShouldBe([RegistryFixtures.Valid("91530400MA6K3YQB1")]);
        (await SearchAsync(database, "b（")).ShouldBe([RegistryFixtures.Valid("91530400MA6K3YQB1")]);
        (await SearchAsync(database, "𠮷野")).ShouldBe([RegistryFixtures.Valid("91530400MA6K3YQB2")]);
        await SearchIndex.ShouldBeExactAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_CountsNoFurtherThanTheLimit_AndSaysSo_ButALastPageOrAListWithoutSearchCountsAll(Provider provider)
    {
        var (database, _, _) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database, Dingsheng);

        var pair = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", PageSize = 2 }, countLimit: 4);
        var atTheLimit = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", PageSize = 2 }, countLimit: 6);
        var lastPage = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", PageSize = 4, Page = 2 }, countLimit: 4);
        var phrase = await PageAsync(database, new ListEnterprisesQuery { Q = "有限公司", PageSize = 5 }, countLimit: 4);
        var byRevenue = await PageAsync(database, new ListEnterprisesQuery { Q = "鼎盛", Sort = EnterpriseSort.Revenue, PageSize = 3 }, countLimit: 4);
        var everything = await PageAsync(database, new ListEnterprisesQuery { PageSize = 5 }, countLimit: 4);

        (pair.Total, pair.TotalIsLowerBound).ShouldBe((4, true));
        pair.Items.Select(r => r.Name).ShouldBe(DingshengRanked.Take(2), "the page itself is not cut");
        (atTheLimit.Total, atTheLimit.TotalIsLowerBound).ShouldBe((6, false));
        (lastPage.Total, lastPage.TotalIsLowerBound, lastPage.Items.Count).ShouldBe((6, false, 2), "a last page tells the exact total");
        (phrase.Total, phrase.TotalIsLowerBound, phrase.Items.Count).ShouldBe((4, true, 5));
        (byRevenue.Total, byRevenue.TotalIsLowerBound, byRevenue.Items.Count).ShouldBe((4, true, 3));
        (everything.Total, everything.TotalIsLowerBound).ShouldBe((10, false));
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
        await SearchIndex.ShouldBeExactAsync(database);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Registry_Enterprises" SET "Name" = '玉溪隆基硅材有限公司' WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "晶澳")).ShouldBeEmpty();
        (await SearchAsync(database, "隆基硅材")).ShouldBe([Extra]);
        await SearchIndex.ShouldBeExactAsync(database);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Registry_Enterprises" SET "ZoneId" = {kunming}, "SubParkId" = NULL WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "隆基", DataScope.Zones([yuxi]))).ShouldBeEmpty();
        (await SearchAsync(database, "隆基", DataScope.Zones([kunming]))).ShouldBe([Extra]);
        await SearchIndex.ShouldBeExactAsync(database);

        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Registry_Enterprises" WHERE "Uscc" = {Extra}""", Ct);
        }
        (await SearchAsync(database, "隆基")).ShouldBeEmpty();
        (await SearchAsync(database, "隆基硅材")).ShouldBeEmpty();
        await SearchIndex.ShouldBeExactAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_FollowsAnImportThatMovesAnEnterpriseToAnotherZone(Provider provider)
    {
        var (database, yuxi, kunming) = await ArrangeAsync(provider);
        await using var _ = database;
        await ImportAsync(database, ("91530400MA6K3YQC1", "玉溪晶澳光伏有限公司", "玉溪高新区", "3825"));

        await ImportAsync(database, ("91530400MA6K3YQC1", "玉溪晶澳光伏有限公司", "昆明高新区", "3825"));

        (await SearchAsync(database, "晶澳", DataScope.Zones([yuxi]))).ShouldBeEmpty();
        (await SearchAsync(database, "晶澳", DataScope.Zones([kunming]))).ShouldBe([RegistryFixtures.Valid("91530400MA6K3YQC1")]);
        (await SearchAsync(database, "晶澳")).ShouldBe([RegistryFixtures.Valid("91530400MA6K3YQC1")]);
        await SearchIndex.ShouldBeExactAsync(database);
    }
}
