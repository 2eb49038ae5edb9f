using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Cli;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Cli;

/// <summary>The demo province (20–30 synthetic enterprises a zone) seeded once; each test evaluates its own zone.</summary>
public sealed class LandCliDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public string Db => Database.Settings.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = Database.Services();
        await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 20, MaxPerZone: 30), null, CancellationToken.None);
    }

    /// <summary>The zone's id and the latest year it has figures for.</summary>
    public async Task<(int ZoneId, int Year)> ZoneAsync(string shortName)
    {
        await using var db = Database.Open();
        var zoneId = await db.Zones.Where(z => z.ShortName == shortName).Select(z => z.Id).SingleAsync();
        return (zoneId, await db.Indicators.Where(i => i.ZoneId == zoneId).MaxAsync(i => i.Year));
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}

public sealed partial class LandCliTests(LandCliDatabase fixture) : IClassFixture<LandCliDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static int RunId(string output) => int.Parse(RunIdPattern().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"批次 (\d+) 第")]
    private static partial Regex RunIdPattern();

    [Fact]
    public async Task Evaluate_PrintsTheClassTable_ARefusalExitsWith2()
    {
        var (_, year) = await fixture.ZoneAsync("玉溪高新区");
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var evaluated = await RunAsync("land", "evaluate", "--zone", "玉溪高新区", "--year", y, "--db", fixture.Db);
        var refused = await RunAsync("land", "evaluate", "--zone", "玉溪高新区", "--year", "1990", "--db", fixture.Db);
        var unknownZone = await RunAsync("land", "evaluate", "--zone", "不存在的园区", "--year", y, "--db", fixture.Db);

        evaluated.Exit.ShouldBe(0, evaluated.Err);
        evaluated.Out.ShouldContain($"玉溪高新区 {y} 年");
        evaluated.Out.ShouldContain("第 1 版（草稿）");
        foreach (var header in new[] { "评价群体", "│ A │", "│ D │", "评分", "数据不完整", "不在范围", "规上工业企业", "合计", "前 " })
        {
            evaluated.Out.ShouldContain(header);
        }
        await using (var db = fixture.Database.Open())
        {
            var runId = RunId(evaluated.Out);
            var top = await db.LandResults.Where(r => r.RunId == runId && r.Status == ResultStatus.Scored && r.Rank == 1).Select(r => r.Total).FirstAsync(Ct);
            evaluated.Out.ShouldContain(top!.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        }
        refused.Exit.ShouldBe(2);
        refused.Err.ShouldContain("年份 1990 超出范围");
        unknownZone.Exit.ShouldBe(1);
        unknownZone.Err.ShouldContain("no zone");
    }

    [Fact]
    public async Task EvaluatePublish_ThenEvaluateAgain_MakesVersion2()
    {
        var (_, year) = await fixture.ZoneAsync("昆明高新区");
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await RunAsync("land", "evaluate", "--zone", "昆明高新区", "--year", y, "--publish", "--db", fixture.Db);
        var second = await RunAsync("land", "evaluate", "--zone", "昆明高新区", "--year", y, "--db", fixture.Db);
        var runs = await RunAsync("land", "runs", "--zone", "昆明高新区", "--db", fixture.Db);

        first.Exit.ShouldBe(0, first.Err);
        first.Out.ShouldContain("第 1 版（已发布）");
        second.Exit.ShouldBe(0, second.Err);
        second.Out.ShouldContain("第 2 版（草稿）");
        RunId(second.Out).ShouldNotBe(RunId(first.Out));
        runs.Exit.ShouldBe(0, runs.Err);
        runs.Out.ShouldContain("已发布");
        runs.Out.ShouldContain("草稿");
        await using var db = fixture.Database.Open();
        var versions = await db.LandRuns.Where(r => r.Year == year && r.Id == RunId(second.Out)).Select(r => new { r.RunVersion, r.CorrectsRunId }).SingleAsync(Ct);
        versions.RunVersion.ShouldBe(2);
        versions.CorrectsRunId.ShouldBe(RunId(first.Out));
    }

    [Fact]
    public async Task Show_PrintsAnEnterprisesScoreWithExplanations_ExportWritesTheXlsx()
    {
        var (_, year) = await fixture.ZoneAsync("昆明高新区");
        var y = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var evaluated = await RunAsync("land", "evaluate", "--zone", "昆明高新区", "--year", y, "--db", fixture.Db);
        evaluated.Exit.ShouldBe(0, evaluated.Err);
        var runId = RunId(evaluated.Out);
        int enterpriseId;
        string name;
        await using (var db = fixture.Database.Open())
        {
            enterpriseId = await db.LandResults.Where(r => r.RunId == runId && r.Status == ResultStatus.Scored && r.Population == "above").OrderBy(r => r.Rank).Select(r => r.EnterpriseId).FirstAsync(Ct);
            name = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).SingleAsync(Ct);
        }
        var run = runId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var file = Path.Combine(Path.GetTempPath(), $"parklens-land-{Guid.NewGuid():N}.xlsx");

        var show = await RunAsync("land", "show", run, "--enterprise", enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", fixture.Db);
        var classes = await RunAsync("land", "show", run, "--db", fixture.Db);
        var missing = await RunAsync("land", "show", "999999", "--db", fixture.Db);
        var export = await RunAsync("land", "export", file, "--run", run, "--db", fixture.Db);

        show.Exit.ShouldBe(0, show.Err);
        show.Out.ShouldContain(name);
        show.Out.ShouldContain("状态：已评分");
        show.Out.ShouldContain("群体内名次 1/");
        show.Out.ShouldContain("亩均税收");
        show.Out.ShouldMatch(@"[\d.]+ ÷ [\d.]+ × 30 = [\d.]+");
        classes.Exit.ShouldBe(0, classes.Err);
        classes.Out.ShouldContain("评价群体");
        missing.Exit.ShouldBe(1);
        missing.Err.ShouldContain("no run 999999");
        export.Exit.ShouldBe(0, export.Err);
        try
        {
            (await File.ReadAllBytesAsync(file, Ct))[..2].ShouldBe("PK"u8.ToArray());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
