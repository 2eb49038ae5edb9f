using Microsoft.Extensions.DependencyInjection;
using ParkLens.Cli;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.PlanMilestones;
using ParkLens.Core.Investments.SaveProject;
using ParkLens.Core.Registry.ListZones;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Cli;

public sealed class ProjectsCliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The two registry zones, and in 玉溪高新区 one project at 线索 whose signing was planned ten days ago (so it is overdue).</summary>
    private static async Task<(TestDatabase Database, int ProjectId)> SeedAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        var zones = (await scope.ServiceProvider.GetRequiredService<ListZonesHandler>().HandleAsync(Ct)).SelectMany(a => a.Zones);
        var yuxi = zones.Single(z => z.ShortName == "玉溪高新区").Id;
        var saved = await scope.ServiceProvider.GetRequiredService<SaveProjectHandler>().HandleAsync(
            new SaveProjectCommand(yuxi, null, new ProjectFields("隔膜扩产项目", "云南恩捷新材料股份有限公司", TotalInvestment: 350000, Commissioner: "李专员")), Ct);
        saved.Succeeded.ShouldBeTrue(string.Join("; ", saved.Problems));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var planned = await scope.ServiceProvider.GetRequiredService<PlanMilestonesHandler>().HandleAsync(
            new PlanMilestonesCommand(saved.Id!.Value, new Dictionary<ProjectStage, DateOnly?> { [ProjectStage.Contracted] = today.AddDays(-10) }), Ct);
        planned.Succeeded.ShouldBeTrue(string.Join("; ", planned.Problems));
        return (database, saved.Id.Value);
    }

    [Fact]
    public async Task List_PrintsTheZonesPipeline_ByZoneName()
    {
        var (database, id) = await SeedAsync();
        await using var _ = database;

        var list = await RunAsync("projects", "list", "--zone", "玉溪高新区", "--db", database.Settings.ConnectionString);
        var missing = await RunAsync("projects", "list", "--zone", "不存在的园区", "--db", database.Settings.ConnectionString);

        list.Exit.ShouldBe(0, list.Err);
        list.Out.ShouldContain("隔膜扩产项目");
        list.Out.ShouldContain("线索");
        list.Out.ShouldContain("350,000");
        list.Out.ShouldContain("节点逾期");
        list.Out.ShouldContain(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        missing.Exit.ShouldBe(1);
        missing.Err.ShouldContain("no zone");
    }

    [Fact]
    public async Task Advance_Refused_ExitsWith2_AndPrintsTheStateMachinesMessage_ALegalMoveShows()
    {
        var (database, id) = await SeedAsync();
        await using var _ = database;
        var db = database.Settings.ConnectionString;
        var project = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await RunAsync("projects", "advance", project, "--to", "开工", "--db", db);
        var moved = await RunAsync("projects", "advance", project, "--to", "Negotiating", "--db", db);
        var show = await RunAsync("projects", "show", project, "--db", db);
        var unknown = await RunAsync("projects", "advance", project, "--to", "起飞", "--db", db);

        refused.Exit.ShouldBe(2);
        refused.Err.ShouldContain("项目不能从「线索」变为「开工」（允许：洽谈、暂停、终止）");
        moved.Exit.ShouldBe(0, moved.Err);
        moved.Out.ShouldContain("洽谈");
        show.Exit.ShouldBe(0, show.Err);
        show.Out.ShouldContain("隔膜扩产项目");
        show.Out.ShouldContain("阶段：洽谈");
        show.Out.ShouldContain("签约、暂停、终止");
        unknown.Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Digest_PrintsEachCommissionersAlerts_AndForecastAndReportRun()
    {
        var (database, _) = await SeedAsync();
        await using var _db = database;
        var db = database.Settings.ConnectionString;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var digest = await RunAsync("projects", "digest", "--zone", "玉溪高新区", "--db", db);
        var report = await RunAsync("projects", "report", "--zone", "玉溪高新区", "--db", db);
        var forecast = await RunAsync("projects", "forecast", "--zone", "玉溪高新区", "--month", today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), "--db", db);

        digest.Exit.ShouldBe(0, digest.Err);
        digest.Out.ShouldContain("李专员");
        digest.Out.ShouldContain("隔膜扩产项目");
        digest.Out.ShouldContain("节点逾期");
        report.Exit.ShouldBe(0, report.Err);
        report.Out.ShouldContain("项目例会");
        report.Out.ShouldContain("新增项目 1 个");
        forecast.Exit.ShouldBe(0, forecast.Err);
        forecast.Out.ShouldContain("项目预报");
        forecast.Out.ShouldContain($"{today.Year} 年 {today.Month} 月");
    }

    [Fact]
    public async Task Import_BadRow_WritesNothing_AndExport_WritesTheList()
    {
        var (database, _) = await SeedAsync();
        await using var _db = database;
        var db = database.Settings.ConnectionString;
        var dir = Directory.CreateTempSubdirectory("parklens-cli");
        var bad = Path.Combine(dir.FullName, "bad.csv");
        await File.WriteAllLinesAsync(bad, ["项目名称,投资方,总投资(万元)", "新项目甲,甲公司,100", "新项目乙,乙公司,很多"], Ct);
        var export = Path.Combine(dir.FullName, "projects.xlsx");

        var rejected = await RunAsync("projects", "import", bad, "--zone", "玉溪高新区", "--db", db);
        var exported = await RunAsync("projects", "export", export, "--zone", "玉溪高新区", "--db", db);

        rejected.Exit.ShouldBe(1);
        rejected.Err.ShouldContain("第 3 行，列「总投资(万元)」");
        rejected.Err.ShouldContain("nothing was written");
        exported.Exit.ShouldBe(0, exported.Err);
        exported.Out.ShouldContain("exported 1 projects");
        new FileInfo(export).Length.ShouldBeGreaterThan(1000);
    }
}
