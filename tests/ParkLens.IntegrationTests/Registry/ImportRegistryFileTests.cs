using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

public sealed class ImportRegistryFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ValidFiles_WriteZonesEnterprisesAndFigures_WithProvenance(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services(new FixedActor("张三", DataScope.Everything));

        await RegistryFixtures.LoadAsync(scope);

        await using var db = database.Open();
        (await db.Zones.CountAsync(Ct)).ShouldBe(2);
        var enje = await db.Enterprises.Include(e => e.Indicators).SingleAsync(e => e.Uscc == RegistryFixtures.Yuxi1, Ct);
        enje.Name.ShouldBe("云南恩捷新材料股份有限公司");
        enje.NameInitials.ShouldBe("YNEJXCLGFYXGS");
        enje.IndustrySection.ShouldBe("C");
        enje.IsListed.ShouldBeTrue();
        enje.Provenance.Source.ShouldBe(DataSource.Import);
        enje.Provenance.SourceRef.ShouldBe("Enterprises.csv");
        enje.Provenance.UpdatedBy.ShouldBe("张三");
        enje.Indicators.Single(i => i.Year == 2025).Revenue.ShouldBe(120000m);
        enje.Indicators.Single(i => i.Year == 2025).LandMu.ShouldBe(200m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SameFileTwice_ChangesNothing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        await using var before = database.Open();
        var stamp = await before.Indicators.Select(i => i.Provenance.UpdatedAtUtc).MaxAsync(Ct);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        var enterprises = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(RegistryFixtures.EnterprisesCsv), "again.csv", null, Ct);
        var indicators = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(RegistryFixtures.IndicatorsCsv), "again.csv", null, Ct);

        enterprises.Succeeded.ShouldBeTrue();
        (enterprises.Created, enterprises.Updated, enterprises.Unchanged).ShouldBe((0, 0, 3));
        (indicators.Created, indicators.Updated, indicators.Unchanged).ShouldBe((0, 0, 4));
        await using var after = database.Open();
        (await after.Indicators.Select(i => i.Provenance.UpdatedAtUtc).MaxAsync(Ct)).ShouldBe(stamp);
        (await after.Enterprises.CountAsync(e => e.Provenance.SourceRef == "again.csv", Ct)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_FileWithOneBadRow_WritesNothing_AndNamesEveryProblem(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
        var good = RegistryFixtures.Valid("91530400MA6K3YQX7");

        var result = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型",
            $"{good},新企业一号有限公司,玉溪高新区,3841,民营",
            "91530400MA6K3YQX8N,校验位错误有限公司,玉溪高新区,3841,民营",
            $"{good},重复代码有限公司,玉溪高新区,3841,民营",
            $"{RegistryFixtures.Valid("91530400MA6K3YQX9")},未知园区有限公司,火星高新区,3841,民营",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXA")},行业错误有限公司,玉溪高新区,9999,民营"), "bad.csv", null, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => (e.Row, e.Column, e.Rule)).ShouldBe(
        [
            (3, "统一社会信用代码", "uscc-checksum"),
            (4, "统一社会信用代码", "duplicate-in-file"),
            (5, "所属开发区", "unknown-zone"),
            (6, "行业代码", "unknown-industry"),
        ], ignoreOrder: true);
        await using var db = database.Open();
        (await db.Enterprises.CountAsync(Ct)).ShouldBe(3);
        (await db.Enterprises.AnyAsync(e => e.Uscc == good, Ct)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_UnknownZone_IsRejectedAfterRowChecks_AndWritesNothing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        var result = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXB")},好企业有限公司,玉溪高新区,3841,民营",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXC")},未知园区有限公司,火星高新区,3841,民营"), "zone.csv", null, Ct);

        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Row.ShouldBe(3), e => e.Column.ShouldBe("所属开发区"), e => e.Rule.ShouldBe("unknown-zone"));
        await using var db = database.Open();
        (await db.Enterprises.CountAsync(Ct)).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_IndicatorsForUnknownEnterprise_AreRejected(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        var result = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(
            "统一社会信用代码,年度,营业收入(万元)",
            $"{RegistryFixtures.Yuxi1},2023,90000",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXD")},2023,100"), "ind.csv", null, Ct);

        result.Errors.ShouldHaveSingleItem().Rule.ShouldBe("unknown-enterprise");
        await using var db = database.Open();
        (await db.Indicators.CountAsync(i => i.Year == 2023, Ct)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_HeaderProblems_AreReportedOnRowOne(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        var result = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv("统一社会信用代码,企业名称,所属开发区,行业,登记注册类型", "x,y,z,w,v"), "h.csv", null, Ct);

        result.Errors.Select(e => (e.Row, e.Column, e.Rule)).ShouldBe([(1, "行业", "unknown-column"), (1, "行业代码", "missing-column")], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_XlsxFilledFromTheTemplate_IsImported(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var template = new MemoryStream();
        ImportTemplates.Write(ImportKind.Enterprises, FileFormat.Xlsx, template);
        template.Position = 0;
        var header = ((IDictionary<string, object?>)template.Query(useHeaderRow: false).First()).Values.Select(v => v?.ToString()).ToArray();
        var row = new Dictionary<string, object?>();
        string?[] values = [RegistryFixtures.Valid("91530400MA6K3YQXE"), "表格导入测试有限公司", "玉溪高新区", "", "3841", new DateTime(2015, 6, 30).ToString("yyyy-MM-dd"), "外资", "否", "", "", "锂离子电池", "锂离子电池的研发、生产和销售"];
        for (var i = 0; i < header.Length; i++)
        {
            row[header[i]!] = values[i];
        }
        var filled = new MemoryStream();
        filled.SaveAs(new[] { row });
        filled.Position = 0;

        var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, filled, "filled.xlsx", null, Ct);

        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
        result.Created.ShouldBe(1);
        await using var db = database.Open();
        var imported = await db.Enterprises.SingleAsync(e => e.Name == "表格导入测试有限公司", Ct);
        imported.FoundedOn.ShouldBe(new DateOnly(2015, 6, 30));
        (imported.MainProducts, imported.BusinessScope).ShouldBe(("锂离子电池", "锂离子电池的研发、生产和销售"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_EnterpriseMovedToAnotherZone_TakesItsFiguresAlong(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();

        var move = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型",
            $"{RegistryFixtures.Yuxi2},玉溪测试电池有限公司,昆明高新区,3841,民营"), "move.csv", null, Ct);
        var again = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(RegistryFixtures.IndicatorsCsv), "again.csv", null, Ct);

        move.Updated.ShouldBe(1);
        again.Succeeded.ShouldBeTrue(string.Join("; ", again.Errors));
        again.Created.ShouldBe(0);
        await using var db = database.Open();
        var kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(Ct);
        var id = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Yuxi2).Select(e => e.Id).SingleAsync(Ct);
        (await db.Indicators.Where(i => i.EnterpriseId == id).Select(i => i.ZoneId).Distinct().ToListAsync(Ct)).ShouldBe([kunming]);
    }

    [Fact]
    public async Task Import_ZoneNamedAmbiguously_IsRejected()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
        (await importer.HandleAsync(ImportKind.Zones, Files.Csv(RegistryFixtures.ZonesCsv[0],
            "玉溪高新区北片区,玉溪高新区,省级,产业园,53,5304,2015,100,,云南省"), "z2.csv", null, Ct)).Succeeded.ShouldBeTrue();

        var result = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXJ")},歧义测试有限公司,玉溪高新区,3841,民营"), "a.csv", null, Ct);

        result.Errors.ShouldHaveSingleItem().Rule.ShouldBe("ambiguous-zone");
    }

    [Fact]
    public async Task Import_GbkEncodedCsv_IsReadLikeExcelSavesIt()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes(
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型\r\n" + RegistryFixtures.Valid("91530400MA6K3YQXF") + ",国标编码测试有限公司,玉溪高新区,3841,民营\r\n");

        var result = await scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, new MemoryStream(bytes), "gbk.csv", null, Ct);

        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
        result.Created.ShouldBe(1);
    }
}
