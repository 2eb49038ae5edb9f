using ParkLens.Cli;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Cli;

public sealed class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_BadFile_ExitsNonZero_AndPrintsRowColumnRule()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var db = database.Settings.ConnectionString;
        var dir = Directory.CreateTempSubdirectory("parklens-cli");
        var zones = Path.Combine(dir.FullName, "zones.csv");
        await File.WriteAllLinesAsync(zones, RegistryFixtures.ZonesCsv, TestContext.Current.CancellationToken);
        var bad = Path.Combine(dir.FullName, "bad.csv");
        await File.WriteAllLinesAsync(bad, ["统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型", "91530400MA6K3YQX8N,坏数据有限公司,玉溪高新区,3841,民营"], TestContext.Current.CancellationToken);

        var ok = await RunAsync("import", "zones", zones, "--db", db);
        var rejected = await RunAsync("import", "enterprises", bad, "--db", db);

        ok.Exit.ShouldBe(0, ok.Err);
        ok.Out.ShouldContain("2 created");
        rejected.Exit.ShouldBe(1);
        rejected.Err.ShouldContain("统一社会信用代码");
        rejected.Err.ShouldContain("nothing was written");
        rejected.Err.ShouldMatch(@"(row 2, column 统一社会信用代码|第 2 行，列「统一社会信用代码」)");
    }

    [Fact]
    public async Task Template_And_Export_WriteFiles()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var scope = database.Services())
        {
            await RegistryFixtures.LoadAsync(scope);
        }
        var dir = Directory.CreateTempSubdirectory("parklens-cli");
        var template = Path.Combine(dir.FullName, "t.csv");
        var export = Path.Combine(dir.FullName, "e.xlsx");

        var t = await RunAsync("template", "indicators", "--format", "csv", "--out", template);
        var e = await RunAsync("export", "enterprises", "--out", export, "--q", "恩捷", "--db", database.Settings.ConnectionString);

        t.Exit.ShouldBe(0);
        (await File.ReadAllTextAsync(template, TestContext.Current.CancellationToken)).ShouldContain("营业收入(万元)");
        e.Exit.ShouldBe(0, e.Err);
        e.Out.ShouldContain("exported 1 enterprises");
        new FileInfo(export).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task Users_CreateAndSetRole_AndImports_AreLoggedAsTheOsUser()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var db = database.Settings.ConnectionString;
        var zones = Path.Combine(Directory.CreateTempSubdirectory("parklens-cli").FullName, "zones.csv");
        await File.WriteAllLinesAsync(zones, RegistryFixtures.ZonesCsv, TestContext.Current.CancellationToken);

        var import = await RunAsync("import", "zones", zones, "--db", db);
        var create = await RunAsync("users", "create", "chen", "--role", "EconomyStaff", "--scope", "Zone", "--scope-id", "1", "--db", db);
        var bad = await RunAsync("users", "create", "liu", "--role", "EnterpriseUser", "--scope", "Zone", "--scope-id", "1", "--db", db);
        var setRole = await RunAsync("users", "set-role", "chen", "--role", "ZoneAdministrator", "--scope", "Zone", "--scope-id", "1", "--db", db);
        var list = await RunAsync("users", "list", "--db", db);

        import.Exit.ShouldBe(0, import.Err);
        create.Exit.ShouldBe(0, create.Err);
        create.Out.ShouldContain("with password");
        bad.Exit.ShouldBe(1);
        setRole.Exit.ShouldBe(0, setRole.Err);
        list.Out.ShouldContain("chen\tZoneAdministrator\tZone:1");
        await using var context = database.Open();
        var actor = $"cli:{Environment.UserName}";
        context.AuditEntries.Count(a => a.Actor == actor && a.Action == ParkLens.Core.Access.Domain.AuditAction.Import).ShouldBe(1);
        context.AuditEntries.Count(a => a.Actor == actor && a.Action == ParkLens.Core.Access.Domain.AuditAction.RoleChanged).ShouldBe(1);
        context.AuditEntries.Count(a => a.Actor == actor && a.EntityType == "Zone" && a.Action == ParkLens.Core.Access.Domain.AuditAction.Create).ShouldBe(2);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNonZero()
    {
        var result = await RunAsync("import", "zones", "/nonexistent/zones.csv", "--db", Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.db"));

        result.Exit.ShouldNotBe(0);
    }

    [Fact]
    public async Task ChainsAnalyse_PrintsTheGapTable_AndChainsTargetsTheRankedTargets()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (yuxi, _, _) = await ChainAtlas.ChainAtlasDemoTests.SeedAsync(database);
        var db = database.Settings.ConnectionString;
        var zone = yuxi.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var analyse = await RunAsync("chains", "analyse", "--zone", zone, "--chain", "new-energy-battery", "--year", "2025", "--db", db);
        var targets = await RunAsync("chains", "targets", "--zone", zone, "--chain", "new-energy-battery", "--year", "2025", "--top", "5", "--db", db);
        var missing = await RunAsync("chains", "analyse", "--zone", "99999", "--db", db);

        analyse.Exit.ShouldBe(0, analyse.Err);
        analyse.Out.ShouldContain("玉溪高新区 · 新能源电池");
        analyse.Out.ShouldContain("材料 · 隔膜");
        analyse.Out.ShouldContain("云南恩捷新材料股份有限公司");
        analyse.Out.ShouldContain("缺失");
        analyse.Out.ShouldContain("覆盖率");
        targets.Exit.ShouldBe(0, targets.Err);
        targets.Out.ShouldContain("招商目标");
        targets.Out.ShouldContain("环节匹配");
        missing.Exit.ShouldBe(1);
    }
}
