using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.ExportProjects;
using ParkLens.Core.Investments.GetAlerts;
using ParkLens.Core.Investments.GetMeetingReport;
using ParkLens.Core.Investments.GetPipeline;
using ParkLens.Core.Investments.GetProject;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Registry.ListZones;
using Spectre.Console;

namespace ParkLens.Cli.Investments;

/// <summary>The investment project pipeline (项目库): board, one project, stage moves, the meeting report, forecast, digest, list files.</summary>
internal static class ProjectsCommand
{
    /// <summary>Exit code of a move the state machine (or another rule) refused.</summary>
    public const int Refused = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var zone = new Option<string>("--zone") { Description = "zone id or name (简称 or full name)", Required = true };
        var listName = new Option<string?>("--list") { Description = "only the projects of a key-project list (清单名称)" };
        var commissioner = new Option<string?>("--commissioner") { Description = "only one commissioner's projects (专员)" };
        var search = new Option<string?>("--q") { Description = "search in project and investor names" };

        var list = new Command("list", "Print a zone's pipeline as a table") { zone, listName, commissioner, search };
        list.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var view = await scope.ServiceProvider.GetRequiredService<GetPipelineHandler>()
                .HandleAsync(new GetPipelineQuery(zoneId, parse.GetValue(listName), null, null, parse.GetValue(commissioner), parse.GetValue(search)), ct);
            if (view is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}");
                return 1;
            }
            var console = CliApp.Console(output);
            console.MarkupLineInterpolated($"[bold]项目库[/] {view.Cards.Count} 个项目，总投资 {Money(view.TotalInvestment)} 万元（{view.Today:yyyy-MM-dd}）");
            console.WriteLine(string.Join("  ", view.Funnel.Select(f => $"{InvestmentTerms.Stage(f.Stage)} {f.Current}")));
            var table = new Table().AddColumns("ID", "项目", "投资方", "阶段", "阶段起始", "天数", "总投资(万元)", "专员", "提示");
            foreach (var c in view.Cards)
            {
                table.AddRow(Id(c.Id), Markup.Escape(c.Name + (c.IsSynthetic ? "（合成）" : "")), Markup.Escape(c.Investor), StageText(c.Stage, c.SuspendedFrom),
                    Day(c.StageSince), c.DaysAtStage.ToString(CultureInfo.InvariantCulture), Money(c.TotalInvestment), Markup.Escape(c.Commissioner ?? "—"),
                    string.Join("、", new[] { c.Overdue ? "节点逾期" : null, c.Stalled ? "停滞" : null }.OfType<string>()));
            }
            console.Write(table);
            return 0;
        });

        var projectId = new Argument<int>("id") { Description = "project id" };
        var show = new Command("show", "Print one project: fields, stage, allowed moves, milestones, checklist, history") { projectId };
        show.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var p = await scope.ServiceProvider.GetRequiredService<GetProjectHandler>().HandleAsync(parse.GetValue(projectId), ct);
            if (p is null)
            {
                await error.WriteLineAsync($"no project {parse.GetValue(projectId)}");
                return 1;
            }
            WriteProject(CliApp.Console(output), p);
            return 0;
        });

        var to = new Option<string>("--to") { Description = "stage: Chinese name (签约, 开工 …) or enum name (Contracted, ConstructionStarted …)", Required = true };
        var on = new Option<string?>("--on") { Description = "date of the move, yyyy-MM-dd (default: today)" };
        var reason = new Option<string?>("--reason") { Description = "reason (required to suspend or terminate)" };
        var document = new Option<string?>("--document") { Description = "document reference" };
        var advance = new Command("advance", "Move a project to a stage; a refused move changes nothing and exits with code 2") { projectId, to, on, reason, document };
        advance.SetAction(async (parse, ct) =>
        {
            if (ParseStage(parse.GetValue(to)!) is not { } stage)
            {
                await error.WriteLineAsync($"unknown stage {parse.GetValue(to)}; use one of: {string.Join(", ", InvestmentTerms.Stages.Select(s => $"{s.Value.Zh} ({s.Key})"))}");
                return 1;
            }
            if (!TryDay(parse.GetValue(on), out var day))
            {
                await error.WriteLineAsync($"--on {parse.GetValue(on)} is not a date (yyyy-MM-dd)");
                return 1;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var when = day ?? Today(scope);
            var result = await scope.ServiceProvider.GetRequiredService<AdvanceProjectHandler>()
                .HandleAsync(new AdvanceProjectCommand(parse.GetValue(projectId), stage, when, parse.GetValue(reason), parse.GetValue(document)), ct);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    await error.WriteLineAsync(problem.Message);
                }
                return Refused;
            }
            await output.WriteLineAsync($"project {parse.GetValue(projectId)} → {InvestmentTerms.Stage(stage)} on {Day(when)}");
            return 0;
        });

        var from = new Option<string?>("--from") { Description = "first day, yyyy-MM-dd (default: 6 days before --to)" };
        var until = new Option<string?>("--to") { Description = "last day, yyyy-MM-dd (default: today)" };
        var stalled = new Option<int>("--stalled-after") { Description = "days without progress that make a project stalled", DefaultValueFactory = _ => MeetingReport.DefaultStalledAfterDays };
        var report = new Command("report", "Print the 项目例会 report of a zone for a date range") { zone, from, until, stalled };
        report.SetAction(async (parse, ct) =>
        {
            if (!TryDay(parse.GetValue(from), out var first) || !TryDay(parse.GetValue(until), out var last))
            {
                await error.WriteLineAsync("--from and --to are dates (yyyy-MM-dd)");
                return 1;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var end = last ?? Today(scope);
            var view = await scope.ServiceProvider.GetRequiredService<GetMeetingReportHandler>()
                .HandleAsync(new GetMeetingReportQuery(zoneId, first ?? end.AddDays(-6), end, parse.GetValue(stalled)), ct);
            if (view is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}, or the range or --stalled-after is invalid");
                return 1;
            }
            WriteReport(CliApp.Console(output), view);
            return 0;
        });

        var month = new Option<string?>("--month") { Description = "month of the forecast, yyyy-MM (default: next month)" };
        var forecast = new Command("forecast", "Print the 项目预报: projects planned to sign, start construction or start production in a month") { zone, month };
        forecast.SetAction(async (parse, ct) =>
        {
            DateOnly? monthStart = null;
            if (parse.GetValue(month) is { } m)
            {
                if (!DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    await error.WriteLineAsync($"--month {m} is not a month (yyyy-MM)");
                    return 1;
                }
                monthStart = d;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            // The report forecasts the month after its range: a range ending the day before the month asked for.
            var end = monthStart?.AddDays(-1) ?? Today(scope);
            var view = await scope.ServiceProvider.GetRequiredService<GetMeetingReportHandler>()
                .HandleAsync(new GetMeetingReportQuery(zoneId, new DateOnly(end.Year, end.Month, 1), end), ct);
            if (view is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}");
                return 1;
            }
            WriteForecast(CliApp.Console(output), view);
            return 0;
        });

        var digest = new Command("digest", "Print today's alerts per commissioner (the daily digest)") { zone, commissioner, stalled };
        digest.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var view = await scope.ServiceProvider.GetRequiredService<GetAlertsHandler>()
                .HandleAsync(new GetAlertsQuery(zoneId, parse.GetValue(stalled), parse.GetValue(commissioner)), ct);
            if (view is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}");
                return 1;
            }
            var console = CliApp.Console(output);
            console.MarkupLineInterpolated($"[bold]每日提醒[/] {view.Today:yyyy-MM-dd}：{view.Alerts.Count} 条");
            foreach (var d in view.Digest)
            {
                console.MarkupLineInterpolated($"[bold]{(d.Commissioner.Length == 0 ? "（未分配专员）" : d.Commissioner)}[/]（{d.Alerts.Count} 条）");
                foreach (var a in d.Alerts)
                {
                    console.MarkupLineInterpolated($"  · [[{Kind(a.Kind)}]] {a.Project.Name}（{a.Project.Id}）：{a.Message}{(a.Remedies is null ? "" : $"；违约责任：{a.Remedies}")}");
                }
            }
            return 0;
        });

        var file = new Argument<FileInfo>("file") { Description = "project list (项目清单), XLSX or CSV" };
        var import = new Command("import", "Import a zone's project list; any bad row writes nothing") { file, zone };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"no file {path.FullName}");
                return 1;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            await using var stream = path.OpenRead();
            var result = await scope.ServiceProvider.GetRequiredService<ImportProjectsHandler>()
                .HandleAsync(new ImportProjectsCommand(zoneId, stream, FileFormats.FromFileName(path.Name), path.Name), ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                {
                    await error.WriteLineAsync(e.ToString());
                }
                await error.WriteLineAsync($"{result.Errors.Count} problems; nothing was written");
                return 1;
            }
            await output.WriteLineAsync($"{result.Created} created, {result.Updated} updated");
            return 0;
        });

        var exportFile = new Argument<FileInfo>("file") { Description = "XLSX file to write" };
        var export = new Command("export", "Write a zone's project list (项目清单) as XLSX, in the import's layout") { exportFile, zone, listName, commissioner, search };
        export.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (await ZoneIdAsync(scope, parse.GetValue(zone)!, error, ct) is not { } zoneId)
            {
                return 1;
            }
            var path = parse.GetValue(exportFile)!;
            using var buffer = new MemoryStream();
            var rows = await scope.ServiceProvider.GetRequiredService<ExportProjectsHandler>()
                .HandleAsync(new GetPipelineQuery(zoneId, parse.GetValue(listName), null, null, parse.GetValue(commissioner), parse.GetValue(search)), buffer, ct);
            if (rows is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}");
                return 1;
            }
            await File.WriteAllBytesAsync(path.FullName, buffer.ToArray(), ct);
            await output.WriteLineAsync($"exported {rows} projects to {path.FullName}");
            return 0;
        });

        return new Command("projects", "Investment projects (项目库 · 项目全周期)") { list, show, advance, report, forecast, digest, import, export };
    }

    /// <summary>A stage by its Chinese or English name or its enum name (case-insensitive).</summary>
    internal static ProjectStage? ParseStage(string text)
    {
        var t = text.Trim();
        foreach (var (stage, (zh, en)) in InvestmentTerms.Stages)
        {
            if (t == zh || t.Equals(en, StringComparison.OrdinalIgnoreCase) || t.Equals(stage.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }
        // "供地" and "租赁" each name 供地/租赁.
        return t is "供地" or "租赁" ? ProjectStage.SiteSecured : null;
    }

    /// <summary>The zone by id, 简称 or full name, among the zones the CLI sees.</summary>
    internal static async Task<int?> ZoneIdAsync(AsyncServiceScope scope, string zone, TextWriter error, CancellationToken ct)
    {
        var zones = (await scope.ServiceProvider.GetRequiredService<ListZonesHandler>().HandleAsync(ct)).SelectMany(a => a.Zones).ToList();
        var text = zone.Trim();
        var found = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? zones.Where(z => z.Id == id).ToList()
            : zones.Where(z => z.ShortName == text || z.Name == text).ToList();
        if (found.Count == 0 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            found = zones.Where(z => z.ShortName.Contains(text, StringComparison.Ordinal) || z.Name.Contains(text, StringComparison.Ordinal)).ToList();
        }
        switch (found.Count)
        {
            case 1:
                return found[0].Id;
            case 0:
                await error.WriteLineAsync($"no zone {zone}");
                return null;
            default:
                await error.WriteLineAsync($"zone {zone} is ambiguous: {string.Join("、", found.Select(z => $"{z.ShortName} ({z.Id})"))}");
                return null;
        }
    }

    private static void WriteProject(IAnsiConsole console, ProjectView p)
    {
        var f = p.Fields;
        console.MarkupLineInterpolated($"[bold]{p.Name()}[/]（{p.Id}）{p.ZoneName}{(p.SubParkName is null ? "" : " · " + p.SubParkName)}{(p.IsSynthetic ? "（合成数据）" : "")}");
        console.MarkupLineInterpolated($"投资方：{f.InvestorName}{(p.EnterpriseName is null ? "" : $"（登记企业：{p.EnterpriseName}）")}");
        console.MarkupLineInterpolated($"阶段：{StageText(p.Stage, p.SuspendedFrom)}，自 {Day(p.StageSince)}；最近进展 {Day(p.LastProgressOn)}；可变为：{(p.NextStages.Count == 0 ? "无" : string.Join("、", p.NextStages.Select(InvestmentTerms.Stage)))}");
        console.MarkupLineInterpolated($"总投资 {Money(f.TotalInvestment)} 万元，固定资产投资 {Money(f.FixedAssetInvestment)} 万元；{InvestmentTerms.Source(f.Source)}；{InvestmentTerms.Priority(f.Priority)}；{InvestmentTerms.Route(f.Route)}");
        console.MarkupLineInterpolated($"挂帅领导：{f.LeadOfficial ?? "—"}  专员：{f.Commissioner ?? "—"}  责任部门：{f.Department ?? "—"}{(p.GroupStartName is null ? "" : $"  集中开工：{p.GroupStartName}")}");
        var milestones = new Table().AddColumns("节点", "计划", "实际");
        foreach (var stage in ProjectTransitions.StagesOf(f.Route))
        {
            var planned = p.Facts.PlannedOn(stage);
            var actual = p.Facts.ReachedOn(stage);
            if (planned is not null || actual is not null)
            {
                milestones.AddRow(InvestmentTerms.Stage(stage), planned is { } a ? Day(a) : "—", actual is { } b ? Day(b) : "—");
            }
        }
        console.Write(milestones);
        console.WriteLine("前期清单：" + string.Join("；", p.Checklist.Select(c => $"{InvestmentTerms.Checklist(c.Item)} {(c.DoneOn is { } d ? Day(d) : "未完成")}")));
        var history = new Table().AddColumns("日期", "从", "到", "经办", "原因");
        foreach (var h in p.Facts.History.OrderBy(h => h.On))
        {
            history.AddRow(Day(h.On), InvestmentTerms.Stage(h.From), InvestmentTerms.Stage(h.To), Markup.Escape(h.By), Markup.Escape(h.Reason ?? ""));
        }
        console.Write(history);
        if (p.Agreement is { } agreement)
        {
            console.MarkupLineInterpolated($"投资协议：签订 {Day(agreement.Terms.SignedOn)}，履约检查 {agreement.Checks.Count} 项");
        }
    }

    private static string Name(this ProjectView p) => p.Fields.Name;

    private static void WriteReport(IAnsiConsole console, MeetingReportView view)
    {
        var r = view.Report;
        console.MarkupLineInterpolated($"[bold]项目例会[/] {Day(r.From)} — {Day(r.To)}");
        console.MarkupLineInterpolated($"新增项目 {r.NewProjects.Count} 个；签约 {r.SignedCount} 个 {Money(r.SignedInvestment)} 万元；开工 {r.StartedCount} 个 {Money(r.StartedInvestment)} 万元；完成投资 {Money(r.CompletedInvestment)} 万元");
        if (r.StageChanges.Count > 0)
        {
            var changes = new Table().Title("阶段变化").AddColumns("日期", "项目", "从", "到", "经办", "原因");
            foreach (var c in r.StageChanges)
            {
                changes.AddRow(Day(c.On), Markup.Escape(c.Project.Name), InvestmentTerms.Stage(c.From), InvestmentTerms.Stage(c.To), Markup.Escape(c.By), Markup.Escape(c.Reason ?? ""));
            }
            console.Write(changes);
        }
        if (r.Overdue.Count > 0)
        {
            var overdue = new Table().Title("节点逾期").AddColumns("项目", "节点", "计划", "逾期(天)", "专员");
            foreach (var o in r.Overdue)
            {
                overdue.AddRow(Markup.Escape(o.Project.Name), InvestmentTerms.Stage(o.Stage), Day(o.PlannedOn), o.DaysLate.ToString(CultureInfo.InvariantCulture), Markup.Escape(o.Project.Commissioner ?? "—"));
            }
            console.Write(overdue);
        }
        if (r.Stalled.Count > 0)
        {
            var stalled = new Table().Title($"停滞（{r.StalledAfterDays} 天无进展）").AddColumns("项目", "阶段", "最近进展", "天数", "专员");
            foreach (var s in r.Stalled)
            {
                stalled.AddRow(Markup.Escape(s.Project.Name), InvestmentTerms.Stage(s.Project.Stage), Day(s.LastProgressOn), s.DaysStill.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Project.Commissioner ?? "—"));
            }
            console.Write(stalled);
        }
        WriteForecast(console, view);
    }

    private static void WriteForecast(IAnsiConsole console, MeetingReportView view)
    {
        console.MarkupLineInterpolated($"[bold]项目预报[/] {view.ForecastYear} 年 {view.ForecastMonth} 月：{view.Forecast.Count} 项");
        if (view.Forecast.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumns("节点", "计划日期", "项目", "当前阶段", "总投资(万元)", "专员");
        foreach (var f in view.Forecast)
        {
            table.AddRow(InvestmentTerms.Stage(f.Milestone), Day(f.PlannedOn), Markup.Escape(f.Project.Name), InvestmentTerms.Stage(f.CurrentStage),
                Money(f.Project.TotalInvestment), Markup.Escape(f.Project.Commissioner ?? "—"));
        }
        console.Write(table);
    }

    private static string Kind(AlertKind kind) => kind switch
    {
        AlertKind.OverdueMilestone => "节点逾期",
        AlertKind.Stalled => "停滞",
        _ => "协议违约",
    };

    private static string StageText(ProjectStage stage, ProjectStage? suspendedFrom) =>
        suspendedFrom is { } from ? $"{InvestmentTerms.Stage(stage)}（{InvestmentTerms.Stage(from)}）" : InvestmentTerms.Stage(stage);

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }
        return false;
    }

    private static DateOnly Today(AsyncServiceScope scope) => DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal? amount) => amount is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";
}
