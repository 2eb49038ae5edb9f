using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Applications;
using ParkLens.Core.EnterpriseTiers.Cultivation;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Facts;
using ParkLens.Core.EnterpriseTiers.Pipeline;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.EnterpriseTiers.Targets;
using ParkLens.Web.Access;

namespace ParkLens.Web.EnterpriseTiers;

internal static class TiersEndpoints
{
    public static void MapTiersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("EnterpriseTiers").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        api.MapGet("/tiers/rules", () => TypedResults.Ok(TierRuleCatalog.All))
            .WithName("Tiers.ListRuleSets").WithSummary("Every rule set with its document number, effective dates, parameters and notes");
        api.MapGet("/tiers/facts", () => TypedResults.Ok(FactCatalog.All))
            .WithName("Tiers.ListFacts").WithSummary("The facts the rules read, with units, ranges and whether the registry or a person supplies them");

        api.MapGet("/zones/{id:int}/tiers", async Task<Results<Ok<ZoneTierOverview>, NotFound>> (int id, int? year, GetZoneTiersHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new GetZoneTiersQuery(id, year ?? TierYears.DataYear(clock)), ct) is { } overview ? TypedResults.Ok(overview) : TypedResults.NotFound())
            .WithName("Tiers.GetZoneLadder").WithSummary("Held, passing, targeted and published counts per tier, flows between tiers and the enterprises closest to each");

        api.MapGet("/zones/{id:int}/tiers/pipeline", async Task<Results<Ok<TierPipeline>, NotFound>> (int id, Tier? tier, int? year, GetTierPipelineHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new GetTierPipelineQuery(id, tier ?? Tier.HighTech, year ?? TierYears.BatchYear(clock)), ct) is { } pipeline ? TypedResults.Ok(pipeline) : TypedResults.NotFound())
            .WithName("Tiers.GetPipeline").WithSummary("Cultivation pools, applications by status, renewals due and assistance for one tier and batch year");

        api.MapGet("/enterprises/{id:int}/tiers", async Task<Results<Ok<EnterpriseTierCard>, NotFound>> (int id, int? year, GetEnterpriseTiersHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new GetEnterpriseTiersQuery(id, year ?? TierYears.DataYear(clock)), ct) is { } card ? TypedResults.Ok(card) : TypedResults.NotFound())
            .WithName("Tiers.GetEnterpriseCard").WithSummary("Every rule set's verdict with criteria, missing inputs and the cheapest changes to pass");

        api.MapGet("/tiers/evidence/{id:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, GetEvidenceHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : TypedResults.NotFound())
            .WithName("Tiers.GetEvidence");

        api.MapPut("/enterprises/{id:int}/tiers/facts/{year:int}", async (int id, int year, Dictionary<string, decimal?> values, SaveTierFactsHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveTierFactsCommand(id, year, values), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.SaveFacts")
            .WithSummary("Saves entered facts (null clears one); any invalid value refuses the whole request with every problem");

        api.MapPost("/tiers/applications", async (SubmitApplicationCommand command, SubmitApplicationHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.SubmitApplication");

        api.MapPost("/tiers/applications/{id:int}/advance", async (int id, AdvanceApplicationCommand command, AdvanceApplicationHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command with { ApplicationId = id }, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.AdvanceApplication")
            .WithSummary("受理, 公示, 认定 or 未通过 on a date; an illegal step answers 422 and changes nothing");

        api.MapPut("/tiers/pools", async (PlaceInPoolCommand command, PlaceInPoolHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.PlaceInPool");

        api.MapPost("/tiers/assistance", async (RecordAssistanceCommand command, RecordAssistanceHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.RecordAssistance");

        api.MapPut("/tiers/targets", async (SetTierTargetCommand command, SetTierTargetHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Tiers.SetTarget");
    }

    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult> Answer(CommandResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : TypedResults.UnprocessableEntity(result);
}
