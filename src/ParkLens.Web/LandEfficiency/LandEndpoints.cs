using ParkLens.Core.LandEfficiency.ListLandSchemes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.ExportLandRun;
using ParkLens.Core.LandEfficiency.GetLandRun;
using ParkLens.Core.LandEfficiency.ListLandRuns;
using ParkLens.Core.LandEfficiency.PublishLandRun;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.LandEfficiency.WhatIfLand;
using ParkLens.Core.Registry.GetZone;
using ParkLens.Web.Access;

namespace ParkLens.Web.LandEfficiency;

public sealed record EvaluateLandBody(int Year, string? SchemeKey = null, string? Note = null);

/// <summary>A built-in scheme: its key, version and name, and the whole scheme (the JSON a what-if starts from).</summary>
public sealed record LandSchemeInfo(
    string Key, int Version, SchemeText Name, EvaluationScheme Scheme, bool IsBuiltIn, int? OwnerAuthorityId, string? SavedBy, DateTime? SavedAtUtc, string? Note);

/// <summary>亩均效益评价 (LandEfficiency) under /api/v1: schemes, runs, evaluate, publish, what-if and the upward XLSX.</summary>
internal static class LandEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapLandApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("LandEfficiency").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        api.MapGet("/land/schemes", async Task<Results<Ok<LandSchemeInfo[]>, NotFound>> (int? zoneId, ListLandSchemesHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(zoneId, ct) is { } schemes
                    ? TypedResults.Ok(schemes.Select(e => new LandSchemeInfo(e.Scheme.Key, e.Scheme.Version, e.Scheme.Name, e.Scheme, e.IsBuiltIn, e.OwnerAuthorityId, e.SavedBy, e.SavedAtUtc, e.Note)).ToArray())
                    : TypedResults.NotFound())
            .WithName("Land.ListSchemes").WithSummary("The 亩均效益 schemes in force for a zone (its authority's versions over the national and built-in ones), or for the caller's authority, each with its full scheme");

        api.MapGet("/zones/{id:int}/land/runs", async Task<Results<Ok<IReadOnlyList<LandRunSummary>>, NotFound>> (
                int id, GetZoneHandler zones, ListLandRunsHandler handler, CancellationToken ct) =>
            await zones.HandleAsync(id, ct) is not null && await handler.HandleAsync(id, ct) is { } runs ? TypedResults.Ok(runs) : TypedResults.NotFound())
            .WithName("Land.ListRuns").WithSummary("A zone's evaluation runs, newest first (draft, published, superseded)");

        api.MapGet("/zones/{id:int}/land/runs/latest", async Task<Results<Ok<LandRunView>, NotFound>> (int id, int? year, GetLandRunHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetLandRunQuery(ZoneId: id, Year: year), ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound())
            .WithName("Land.LatestRun").WithSummary("The latest run of a zone for a year (the published one first, else the draft; no year: the latest year)");

        api.MapGet("/land/runs/{id:int}", async Task<Results<Ok<LandRunView>, NotFound>> (int id, GetLandRunHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetLandRunQuery(RunId: id), ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound())
            .WithName("Land.GetRun").WithSummary("One run: results with every item's score and explanation, class counts, 亩均 aggregates, method card");

        api.MapPost("/zones/{id:int}/land/runs", async (int id, EvaluateLandBody body, EvaluateLandHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new EvaluateLandCommand(id, body.Year, body.SchemeKey, body.Note), ct), "no-zone"))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.Evaluate")
            .WithSummary("Evaluates a zone's enterprises for a year into a draft run (a correction of a published run is its next version); 422 with every problem");

        api.MapPost("/land/runs/{id:int}/publish", async (int id, PublishLandRunHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(id, ct), "no-run"))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.Publish")
            .WithSummary("Publishes a draft run: its numbers freeze and the run it corrects is superseded; 422 when it is not a draft");

        api.MapPost("/land/runs/{id:int}/what-if", async Task<Results<Ok<WhatIfView>, UnprocessableEntity<CommandResult>, NotFound>> (
                int id, HttpRequest request, WhatIfLandHandler handler, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var (scheme, problems) = SchemeReader.Read(await reader.ReadToEndAsync(ct));
                if (scheme is null)
                {
                    return TypedResults.UnprocessableEntity(CommandResult.Refused(problems));
                }
                var view = await handler.HandleAsync(new WhatIfLandQuery(id, scheme), ct);
                return view is null ? TypedResults.NotFound()
                    : view.Problems.Count > 0 ? TypedResults.UnprocessableEntity(CommandResult.Refused(view.Problems))
                    : TypedResults.Ok(view);
            })
            .Accepts<EvaluationScheme>("application/json")
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.WhatIf")
            .WithSummary("Classes under a changed scheme against the run's own, on the same figures; writes nothing; 422 with the scheme's problems by JSON path");

        api.MapGet("/land/runs/{id:int}/export", async Task<Results<FileContentHttpResult, NotFound>> (int id, ExportLandRunHandler handler, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                return await handler.HandleAsync(id, buffer, ct) is null
                    ? TypedResults.NotFound()
                    : TypedResults.File(buffer.ToArray(), XlsxType, $"parklens-land-run-{id}.xlsx");
            })
            .WithName("Land.Export").WithSummary("A run as the XLSX zones report upward: results, 亩均 aggregates, method card");
    }

    /// <summary>200 with the run id; 403 for the caller's role; 404 when the zone or run is not there (or not in scope); 422 otherwise.</summary>
    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult, NotFound> Answer(CommandResult result, string notFoundRule) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : result.Problems.Any(p => p.Rule == notFoundRule) ? TypedResults.NotFound()
        : TypedResults.UnprocessableEntity(result);
}
