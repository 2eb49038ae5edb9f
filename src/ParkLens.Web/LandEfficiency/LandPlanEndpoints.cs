using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.ImprovementPlans;
using ParkLens.Core.LandEfficiency.LowEfficiencyLand;
using ParkLens.Core.LandEfficiency.SaveLandScheme;
using ParkLens.Web.Access;

namespace ParkLens.Web.LandEfficiency;

public sealed record LandSchemeBody(string Json, string? Note = null);

public sealed record ImprovementPlanBody(
    int? ParcelId, int? EnterpriseId, ImprovementMeasure Measure, string Target, DateOnly Deadline, decimal? TargetTaxPerMu = null, string? ResponsibleUnit = null);

public sealed record ImprovementProgressBody(DateOnly On, PlanStatus Status, string Note);

/// <summary>Evaluation schemes (评价方案), low-efficiency land (低效用地) and its improvement plans.</summary>
internal static class LandPlanEndpoints
{
    // Refusals that mean "not there for you": answered 404 like a read of it would be.
    private static readonly string[] NotFoundRules = ["no-zone", "no-plan"];

    public static void MapLandPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("LandEfficiency").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        // GET land/schemes is in LandEndpoints.
        api.MapPost("/land/schemes", async (LandSchemeBody body, SaveLandSchemeHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveLandSchemeCommand(body.Json ?? "", body.Note), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.SaveScheme")
            .WithSummary("Saves a scheme's JSON as the next version of its key (authority analysts for their authority, the system administrator nationally); 422 names every problem by JSON path");

        api.MapGet("/zones/{id:int}/land/low-efficiency", async Task<Results<Ok<LowEfficiencyView>, NotFound>> (
                int id, int? year, ListLowEfficiencyLandHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("Land.LowEfficiency")
            .WithSummary("低效用地: plots of class-D owners, of class-C owners under half the 亩均税收 benchmark and idle parcels, from the zone's latest run, with their improvement plans");

        api.MapPost("/zones/{id:int}/land/plans", async (int id, ImprovementPlanBody body, SaveImprovementPlanHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(
                new SaveImprovementPlanCommand(id, body.ParcelId, body.EnterpriseId, body.Measure, body.Target ?? "", body.Deadline, body.TargetTaxPerMu, body.ResponsibleUnit), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.CreatePlan")
            .WithSummary("Starts an improvement plan (计划中) for a low-efficiency parcel or enterprise of the zone");

        api.MapPost("/land/plans/{id:int}/progress", async (int id, ImprovementProgressBody body, RecordImprovementProgressHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new RecordImprovementProgressCommand(id, body.On, body.Status, body.Note ?? ""), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.RecordProgress")
            .WithSummary("Records dated progress on a plan; the status only moves forward (计划中 → 推进中 → 已完成 / 已放弃), a backwards move answers 422");
    }

    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult, NotFound> Answer(CommandResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : result.Problems.Any(p => NotFoundRules.Contains(p.Rule)) ? TypedResults.NotFound()
        : TypedResults.UnprocessableEntity(result);
}
