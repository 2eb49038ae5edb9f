using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.Common;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.ExportProjects;
using ParkLens.Core.Investments.GetAlerts;
using ParkLens.Core.Investments.GetInvestmentRollup;
using ParkLens.Core.Investments.GetMeetingReport;
using ParkLens.Core.Investments.GetPipeline;
using ParkLens.Core.Investments.GetProject;
using ParkLens.Core.Investments.GetRankings;
using ParkLens.Core.Investments.GetTimeline;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Investments.ListGroupStarts;
using ParkLens.Core.Investments.PlanMilestones;
using ParkLens.Core.Investments.RecordInvestment;
using ParkLens.Core.Investments.RecordSiteReview;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Investments.SaveAgreement;
using ParkLens.Core.Investments.SaveGroupStart;
using ParkLens.Core.Investments.SaveProject;
using ParkLens.Core.Investments.TickChecklist;
using ParkLens.Web.Access;

namespace ParkLens.Web.Investments;

public sealed record NewProjectBody(int ZoneId, ProjectFields Fields);

public sealed record TransitionBody(ProjectStage To, DateOnly On, string? Reason = null, string? Document = null);

public sealed record MilestonesBody(Dictionary<ProjectStage, DateOnly?> Planned);

public sealed record ChecklistBody(DateOnly? DoneOn, string? Note = null);

public sealed record InvestmentBody(decimal? Planned, Dictionary<int, decimal?>? Completed);

public sealed record ReviewBody(DateOnly On, string Reviewer, decimal Score, string? Comment = null);

internal static class ProjectsEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Investments").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        api.MapGet("/projects", async Task<Results<Ok<PipelineView>, NotFound>> (
                int? zoneId, string? listName, int? listYear, string? chain, string? commissioner, string? q, GetPipelineHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetPipelineQuery(zoneId, listName, listYear, chain, commissioner, q), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("Projects.Pipeline").WithSummary("The pipeline (项目库) of a zone or of every zone in scope: cards, funnel, filters");

        api.MapGet("/projects/{id:int}", async Task<Results<Ok<ProjectView>, NotFound>> (int id, GetProjectHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } project ? TypedResults.Ok(project) : TypedResults.NotFound())
            .WithName("Projects.Get").WithSummary("One project: fields, history, milestones, checklist, investment, reviews, agreement and its 履约 checks");

        api.MapPost("/projects", async (NewProjectBody body, SaveProjectHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveProjectCommand(body.ZoneId, null, body.Fields), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.Create").WithSummary("Creates a project at 线索; 422 with every problem by field");

        api.MapPut("/projects/{id:int}", async Task<Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult, NotFound>> (
                int id, ProjectFields body, GetProjectHandler projects, SaveProjectHandler handler, CancellationToken ct) =>
            {
                if (await projects.HandleAsync(id, ct) is not { } project)
                {
                    return TypedResults.NotFound();
                }
                return Answer(await handler.HandleAsync(new SaveProjectCommand(project.ZoneId, id, body), ct)).Result switch
                {
                    Ok<CommandResult> ok => ok,
                    UnprocessableEntity<CommandResult> refused => refused,
                    _ => TypedResults.Forbid(),
                };
            })
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.Save").WithSummary("Changes a project's fields (never its stage)");

        api.MapPost("/projects/{id:int}/transitions", async (int id, TransitionBody body, AdvanceProjectHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new AdvanceProjectCommand(id, body.To, body.On, body.Reason, body.Document), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.Advance")
            .WithSummary("Moves a project to a stage on a date; an illegal move changes nothing and answers 422 with what is allowed");

        api.MapPut("/projects/{id:int}/milestones", async (int id, MilestonesBody body, PlanMilestonesHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new PlanMilestonesCommand(id, body.Planned ?? []), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.PlanMilestones").WithSummary("Sets planned dates of stages (null clears one)");

        api.MapPut("/projects/{id:int}/checklist/{item}", async (int id, PreStartItem item, ChecklistBody body, TickChecklistHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new TickChecklistCommand(id, item, body.DoneOn, body.Note), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.TickChecklist").WithSummary("Marks a 拿地即开工 pre-start item done on a day (null reopens it)");

        api.MapPut("/projects/{id:int}/investment/{year:int}", async (int id, int year, InvestmentBody body, RecordInvestmentHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new RecordInvestmentCommand(id, year, body.Planned, body.Completed ?? []), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.RecordInvestment").WithSummary("The year's planned investment and/or completed investment by month (万元)");

        api.MapPut("/projects/{id:int}/agreement", async (int id, SaveAgreementCommand body, SaveAgreementHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(body with { ProjectId = id }, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.SaveAgreement").WithSummary("Records or replaces the investment agreement of a signed project");

        api.MapPost("/projects/{id:int}/reviews", async (int id, ReviewBody body, RecordSiteReviewHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new RecordSiteReviewCommand(id, body.On, body.Reviewer, body.Score, body.Comment), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.RecordReview").WithSummary("A 观摩点评 score (0–100)");

        api.MapGet("/projects/report", async Task<Results<Ok<MeetingReportView>, NotFound>> (
                int? zoneId, DateOnly? from, DateOnly? to, int? stalledAfterDays, GetMeetingReportHandler handler, TimeProvider clock, CancellationToken ct) =>
            {
                var end = to ?? Today(clock);
                var query = new GetMeetingReportQuery(zoneId, from ?? end.AddDays(-6), end, stalledAfterDays ?? MeetingReport.DefaultStalledAfterDays);
                return await handler.HandleAsync(query, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();
            })
            .WithName("Projects.MeetingReport").WithSummary("The 项目例会 report for a range (default: the last 7 days) with the next month's 项目预报");

        api.MapGet("/projects/rollup", async Task<Results<Ok<InvestmentRollupView>, NotFound>> (
                int? zoneId, int? year, int? throughMonth, RollupDimension? by, GetInvestmentRollupHandler handler, TimeProvider clock, CancellationToken ct) =>
            {
                var (y, m) = YearAndMonth(clock, year, throughMonth);
                return await handler.HandleAsync(new GetInvestmentRollupQuery(zoneId, y, m, by ?? RollupDimension.Zone), ct) is { } rollup
                    ? TypedResults.Ok(rollup) : TypedResults.NotFound();
            })
            .WithName("Projects.Rollup").WithSummary("Planned versus completed investment of a year through a month, by zone, chain, commissioner, department or list");

        api.MapGet("/projects/rankings", async Task<Results<Ok<RankingsView>, NotFound>> (
                int? zoneId, int? year, int? throughMonth, GetRankingsHandler handler, TimeProvider clock, CancellationToken ct) =>
            {
                var (y, m) = YearAndMonth(clock, year, throughMonth);
                return await handler.HandleAsync(new GetRankingsQuery(zoneId, y, m), ct) is { } rankings ? TypedResults.Ok(rankings) : TypedResults.NotFound();
            })
            .WithName("Projects.Rankings").WithSummary("指标公示: the year's ranking of commissioners and departments");

        api.MapGet("/projects/alerts", async Task<Results<Ok<AlertsView>, NotFound>> (
                int? zoneId, string? commissioner, int? stalledAfterDays, GetAlertsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetAlertsQuery(zoneId, stalledAfterDays ?? MeetingReport.DefaultStalledAfterDays, commissioner), ct) is { } alerts
                ? TypedResults.Ok(alerts) : TypedResults.NotFound())
            .WithName("Projects.Alerts").WithSummary("Today's alerts and the daily digest per commissioner");

        api.MapGet("/projects/group-starts", async Task<Results<Ok<IReadOnlyList<GroupStartView>>, NotFound>> (int? zoneId, ListGroupStartsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(zoneId, ct) is { } groups ? TypedResults.Ok(groups) : TypedResults.NotFound())
            .WithName("Projects.ListGroupStarts").WithSummary("集中开工 events with computed and announced totals");

        api.MapPost("/projects/group-starts", async (SaveGroupStartCommand body, SaveGroupStartHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(body, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.SaveGroupStart").WithSummary("Records a 集中开工 event and the projects started at it");

        api.MapGet("/projects/timeline", async Task<Results<Ok<TimelineView>, NotFound>> (
                int? zoneId, string? listName, int? listYear, string? chain, string? commissioner, string? q, GetTimelineHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetPipelineQuery(zoneId, listName, listYear, chain, commissioner, q), ct) is { } timeline ? TypedResults.Ok(timeline) : TypedResults.NotFound())
            .WithName("Projects.Timeline").WithSummary("Planned and actual dates per stage of each project (Gantt)");

        api.MapGet("/projects/export", async Task<Results<FileContentHttpResult, NotFound>> (
                int? zoneId, string? listName, int? listYear, string? chain, string? commissioner, string? q, ExportProjectsHandler handler, TimeProvider clock, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                return await handler.HandleAsync(new GetPipelineQuery(zoneId, listName, listYear, chain, commissioner, q), buffer, ct) is null
                    ? TypedResults.NotFound()
                    : TypedResults.File(buffer.ToArray(), XlsxType, $"parklens-projects-{zoneId}-{clock.GetUtcNow().UtcDateTime:yyyyMMdd}.xlsx");
            })
            .WithName("Projects.Export").WithSummary("A zone's project list (项目清单) as XLSX, in the import's layout");

        api.MapPost("/projects/import", async Task<Results<Ok<ImportProjectsResult>, UnprocessableEntity<ImportProjectsResult>, ForbidHttpResult, BadRequest<string>>> (
                int zoneId, IFormFile? file, ImportProjectsHandler handler, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.BadRequest("multipart field 'file' is required");
                }
                await using var stream = file.OpenReadStream();
                var result = await handler.HandleAsync(new ImportProjectsCommand(zoneId, stream, FileFormats.FromFileName(file.FileName), file.FileName), ct);
                return result.Succeeded ? TypedResults.Ok(result)
                    : result.Errors.Any(e => e.Rule == Problem.NotPermitted) ? TypedResults.Forbid()
                    : TypedResults.UnprocessableEntity(result);
            })
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Projects.Import")
            .WithSummary("Imports a zone's project list (XLSX or CSV); any bad row writes nothing and answers 422 with every problem by row and column");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The year asked for (default this year) and through which month: the last month over, or December of a past year.</summary>
    private static (int Year, int Month) YearAndMonth(TimeProvider clock, int? year, int? throughMonth)
    {
        var today = Today(clock);
        var y = year ?? today.Year;
        return (y, throughMonth ?? (y < today.Year ? 12 : Math.Max(1, today.Month - 1)));
    }

    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult> Answer(CommandResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : TypedResults.UnprocessableEntity(result);
}
