using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Cli.Investments;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.ExportLandRun;
using ParkLens.Core.LandEfficiency.GetLandRun;
using ParkLens.Core.LandEfficiency.ListLandRuns;
using ParkLens.Core.LandEfficiency.PublishLandRun;
using ParkLens.Core.LandEfficiency.Schemes;
using Spectre.Console;

namespace ParkLens.Cli.LandEfficiency;

/// <summary>亩均效益评价: evaluate a zone's year into a run (and publish it), list runs, show a run or one firm's scores, export the upward XLSX.</summary>
internal static class LandCommand
{
    /// <summary>Exit code of an evaluation or publication the rules refused.</summary>
    public const int Refused = 2;

    private const int Top = 10;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var zone = new Option<string>("--zone") { Description = "zone id or name (简称 or full name)", Required = true };
        var year = new Option<int>("--year") { Description = "evaluation year", Required = true };
        var scheme = new Option<string?>("--scheme") { Description = $"scheme key (built in: {string.Join(", ", BuiltInSchemes.All.Select(s => s.Key))}, or an authority's own; default {BuiltInSchemes.DefaultKey})" };
        var publish = new Option<bool>("--publish") { Description = "publish the run at once (its numbers freeze; a later evaluation is a correction, the next version)" };
        var note = new Option<string?>("--note") { Description = "a note kept with the run" };

        var evaluate = new Command("evaluate", "Evaluate a zone's enterprises for a year into a run and print the classes; a refusal exits with code 2") { zone, year, scheme, publish, note };
        evaluate.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ProjectsCommand.ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var result = await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>()
                .HandleAsync(new EvaluateLandCommand(zoneId, parse.GetValue(year), parse.GetValue(scheme), parse.GetValue(note)), ct);
            if (!result.Succeeded)
            {
                return await RefuseAsync(result, error);
            }
            var runId = result.Id!.Value;
            if (parse.GetValue(publish))
            {
                var published = await scope.ServiceProvider.GetRequiredService<PublishLandRunHandler>().HandleAsync(runId, ct);
                if (!published.Succeeded)
                {
                    return await RefuseAsync(published, error);
                }
            }
            var run = await scope.ServiceProvider.GetRequiredService<GetLandRunHandler>().HandleAsync(new GetLandRunQuery(runId), ct);
            WriteRun(CliApp.Console(output), run!);
            return 0;
        });

        var runs = new Command("runs", "List a zone's evaluation runs, newest first") { zone };
        runs.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ProjectsCommand.ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var list = await scope.ServiceProvider.GetRequiredService<ListLandRunsHandler>().HandleAsync(zoneId, ct) ?? [];
            var console = CliApp.Console(output);
            console.MarkupLineInterpolated($"[bold]评价批次[/] {list.Count} 个");
            var table = new Table().AddColumns("ID", "年度", "方案", "版本", "状态", "评分", "数据不完整", "不在范围", "计算时间(UTC)", "计算人", "发布时间(UTC)");
            foreach (var r in list)
            {
                table.AddRow(Int(r.Id), Int(r.Year), Markup.Escape(r.SchemeKey), Int(r.RunVersion), LandText.Status(r.Status), Int(r.Scored), Int(r.Incomplete), Int(r.Excluded),
                    Time(r.CreatedAtUtc), Markup.Escape(r.CreatedBy), r.PublishedAtUtc is { } p ? Time(p) : "—");
            }
            console.Write(table);
            return 0;
        });

        var runId = new Argument<int>("runId") { Description = "evaluation run id" };
        var enterprise = new Option<string?>("--enterprise") { Description = "an enterprise (id or name) of the run: its score item by item, with the explanation" };
        var show = new Command("show", "Print a run's classes, or one enterprise's score breakdown") { runId, enterprise };
        show.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var run = await scope.ServiceProvider.GetRequiredService<GetLandRunHandler>().HandleAsync(new GetLandRunQuery(parse.GetValue(runId)), ct);
            if (run is null)
            {
                await error.WriteLineAsync($"no run {parse.GetValue(runId)}");
                return 1;
            }
            var console = CliApp.Console(output);
            if (parse.GetValue(enterprise) is not { } which)
            {
                WriteRun(console, run);
                return 0;
            }
            var text = which.Trim();
            var rows = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? run.Results.Where(r => r.EnterpriseId == id).ToList()
                : run.Results.Where(r => r.Name == text).ToList();
            if (rows.Count == 0 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                rows = run.Results.Where(r => r.Name.Contains(text, StringComparison.Ordinal)).ToList();
            }
            switch (rows.Count)
            {
                case 0:
                    await error.WriteLineAsync($"no enterprise {which} in run {run.Id}");
                    return 1;
                case > 1:
                    await error.WriteLineAsync($"enterprise {which} is ambiguous: {string.Join("、", rows.Take(10).Select(r => $"{r.Name} ({r.EnterpriseId})"))}");
                    return 1;
            }
            WriteHeader(console, run);
            WriteEnterprise(console, rows[0]);
            return 0;
        });

        var file = new Argument<FileInfo>("file") { Description = "XLSX file to write" };
        var run = new Option<int>("--run") { Description = "evaluation run id", Required = true };
        var export = new Command("export", "Write a run as the XLSX zones report upward (results, 亩均 aggregates, method card)") { file, run };
        export.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            using var buffer = new MemoryStream();
            var rows = await scope.ServiceProvider.GetRequiredService<ExportLandRunHandler>().HandleAsync(parse.GetValue(run), buffer, ct);
            if (rows is null)
            {
                await error.WriteLineAsync($"no run {parse.GetValue(run)}");
                return 1;
            }
            var path = parse.GetValue(file)!;
            await File.WriteAllBytesAsync(path.FullName, buffer.ToArray(), ct);
            await output.WriteLineAsync($"exported run {parse.GetValue(run)} ({rows} enterprises) to {path.FullName}");
            return 0;
        });

        var geojson = new Argument<FileInfo>("file") { Description = "GeoJSON FeatureCollection of parcel outlines (longitude/latitude; properties.code names the parcel)" };
        var boundaries = new Command("boundaries", "Import surveyed parcel outlines for a zone's map; a file with any problem writes nothing (exit code 2)") { zone, geojson };
        boundaries.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(geojson)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"file not found: {path.FullName}");
                return 1;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ProjectsCommand.ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var result = await scope.ServiceProvider.GetRequiredService<Core.LandEfficiency.ImportParcelBoundaries.ImportParcelBoundariesHandler>()
                .HandleAsync(new(zoneId, await File.ReadAllTextAsync(path.FullName, ct), path.Name), ct);
            if (!result.Outcome.Succeeded)
            {
                return await RefuseAsync(result.Outcome, error);
            }
            await output.WriteLineAsync($"imported {result.Imported} parcel outlines ({result.Replaced} replaced) from {path.Name}");
            foreach (var d in result.Discrepancies)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {d.Code}: registered {d.RegisteredMu:0.##} 亩, surveyed {d.SurveyedMu:0.##} 亩 (more than 10 % apart)"));
            }
            return 0;
        });

        return new Command("land", "亩均效益评价 (land efficiency): evaluate, publish, runs, score breakdowns, upward XLSX, parcel outlines") { evaluate, runs, show, export, boundaries };
    }

    private static async Task<int> RefuseAsync(CommandResult result, TextWriter error)
    {
        foreach (var problem in result.Problems)
        {
            await error.WriteLineAsync(problem.Message);
        }
        return Refused;
    }

    private static void WriteHeader(IAnsiConsole console, LandRunView run) =>
        console.MarkupLineInterpolated(
            $"[bold]亩均效益评价[/] {run.ZoneName} {run.Year} 年 · {run.SchemeName}（{run.SchemeKey} 第 {run.SchemeVersion} 版）· 批次 {run.Id} 第 {run.RunVersion} 版（{LandText.Status(run.Status)}）");

    /// <summary>Per population: the class counts and scored / incomplete / excluded, then the top firms and every D-class firm with their totals.</summary>
    private static void WriteRun(IAnsiConsole console, LandRunView run)
    {
        WriteHeader(console, run);
        var populations = run.Results.Select(r => r.Population).Distinct().OrderBy(p => p == "above" ? 0 : p == "below" ? 1 : 2).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var classes = Enum.GetValues<EfficiencyClass>();
        var counts = new Table().AddColumn("评价群体");
        foreach (var c in classes)
        {
            counts.AddColumn(new TableColumn(c.ToString()).RightAligned());
        }
        counts.AddColumns("评分", "数据不完整", "不在范围");
        foreach (var p in populations)
        {
            var members = run.Results.Where(r => r.Population == p).ToList();
            counts.AddRow([Markup.Escape(LandTexts.Population(p)), .. classes.Select(c => Int(members.Count(r => r.Class == c))),
                Int(members.Count(r => r.Status == ResultStatus.Scored)), Int(members.Count(r => r.Status == ResultStatus.Incomplete)), Int(members.Count(r => r.Status == ResultStatus.Excluded))]);
        }
        counts.AddRow(["合计", .. classes.Select(c => Int(run.Results.Count(r => r.Class == c))),
            Int(run.Results.Count(r => r.Status == ResultStatus.Scored)), Int(run.Results.Count(r => r.Status == ResultStatus.Incomplete)), Int(run.Results.Count(r => r.Status == ResultStatus.Excluded))]);
        console.Write(counts);
        foreach (var p in populations)
        {
            var scored = run.Results.Where(r => r.Population == p && r.Status == ResultStatus.Scored).OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.EnterpriseId).ToList();
            if (scored.Count == 0)
            {
                continue;
            }
            console.Write(Firms($"{LandTexts.Population(p)} · 前 {Math.Min(Top, scored.Count)} 名", scored.Take(Top)));
            var d = scored.Where(r => r.Class == EfficiencyClass.D).ToList();
            if (d.Count > 0)
            {
                console.Write(Firms($"{LandTexts.Population(p)} · D 类（{LandTexts.Class(EfficiencyClass.D)}）{d.Count} 家", d));
            }
        }
    }

    private static Table Firms(string title, IEnumerable<LandResultRow> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns("名次", "ID", "企业", "行业", "用地(亩)", "总分", "等级", "上年等级");
        foreach (var r in rows)
        {
            table.AddRow(r.Rank is { } rank ? $"{Int(rank)}/{Int(r.PopulationSize ?? 0)}" : "—", Int(r.EnterpriseId), Markup.Escape(r.Name + (r.IsSynthetic ? "（合成）" : "")),
                Markup.Escape(r.IndustryCode), Number(r.LandMu), Number(r.Total), r.Class?.ToString() ?? "—", r.PreviousClass?.ToString() ?? "—");
        }
        return table;
    }

    private static void WriteEnterprise(IAnsiConsole console, LandResultRow r)
    {
        console.MarkupLineInterpolated($"[bold]{r.Name}[/]（{r.EnterpriseId}）{(r.IsSynthetic ? "（合成数据）" : "")} 行业 {r.IndustryCode}{(r.SubParkName is null ? "" : " · " + r.SubParkName)}；{LandTexts.Population(r.Population)}；用地 {Number(r.LandMu)} 亩");
        var status = r.Status switch
        {
            ResultStatus.Scored => "已评分",
            ResultStatus.Incomplete => "数据不完整",
            _ => "不在评价范围",
        };
        console.MarkupLineInterpolated($"状态：{status}{(r.Reason is null ? "" : "（" + r.Reason + "）")}");
        if (r.Status != ResultStatus.Scored)
        {
            return;
        }
        console.MarkupLineInterpolated(
            $"总分 {Number(r.Total)}；群体内名次 {Int(r.Rank ?? 0)}/{Int(r.PopulationSize ?? 0)}；行业内名次 {(r.RankInIndustry is { } ri ? Int(ri) : "—")}；等级 {(r.Class is { } c ? LandTexts.Class(c) : "—")}；上年 {(r.PreviousClass is { } pc ? $"{pc} {Number(r.PreviousTotal)}" : "—")}");
        var items = new Table().AddColumns("指标", "指标值", "基准值", "权重", "得分", "计算");
        foreach (var i in r.Items)
        {
            var unit = Indicators.Unit(i.Code);
            items.AddRow(Markup.Escape(Indicators.Name(i.Code) + (unit.Length == 0 ? "" : $"({unit})")), i.Imputed ? "未报送" : Number(i.Value), Number(i.Benchmark), Number(i.Weight),
                Number(i.Score), Markup.Escape(i.Explanation));
        }
        console.Write(items);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
