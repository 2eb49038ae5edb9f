using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.ChainAtlas.CreateLead;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.GetChainHeatmap;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.ReviewMapping;
using ParkLens.Core.ChainAtlas.SaveChainTemplate;
using ParkLens.Core.ChainAtlas.SetZoneChain;
using ParkLens.Core.ChainAtlas.SupplyRelations;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.Common;
using ParkLens.Web.Access;

namespace ParkLens.Web.ChainAtlas;

public sealed record TemplateBody(string Json, string? Note);

public sealed record LeadBody(string CandidateKey, int? Year, string? Note);

public sealed record RemapBody(string? ChainKey);

public sealed record RolesBody(string? ChiefName, string? ChiefTitle, int? LeaderEnterpriseId, string? LeaderName, string? Note, bool Remove = false);

internal static class ChainsEndpoints
{
    public static int DataYear(TimeProvider clock) => ProvenanceRules.ExpectedLatestYear(clock.GetUtcNow().UtcDateTime);

    public static void MapChainsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("ChainAtlas").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        api.MapGet("/chains", async (ListChainTemplatesHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(null, ct)))
            .WithName("Chains.ListTemplates").WithSummary("The shared chain templates in force, with their segments, codes, keywords, supply edges and sources");

        api.MapGet("/chains/{chain}", async Task<Results<Ok<ChainTemplateView>, NotFound>> (string chain, ListChainTemplatesHandler handler, CancellationToken ct) =>
            await handler.GetAsync(chain, null, ct) is { } found ? TypedResults.Ok(found.Chain) : TypedResults.NotFound())
            .WithName("Chains.GetTemplate");

        api.MapPut("/chains/{chain}", async (string chain, TemplateBody body, SaveChainTemplateHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveChainTemplateCommand(body.Json, null, body.Note, chain), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.SaveTemplate")
            .WithSummary("Saves the next version of a shared chain (authority); re-maps the enterprises; 422 with every problem by JSON path");

        api.MapPost("/zones/{id:int}/chains/templates", async (int id, TemplateBody body, SaveChainTemplateHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveChainTemplateCommand(body.Json, id, body.Note), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.SaveZoneTemplate").WithSummary("Adds or updates a chain of the zone's own");

        api.MapGet("/zones/{id:int}/chains", async Task<Results<Ok<ZoneAtlas>, NotFound>> (int id, string? chain, int? year, GetChainAtlasHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new GetChainAtlasQuery(id, chain, year ?? DataYear(clock)), ct) is { } atlas ? TypedResults.Ok(atlas) : TypedResults.NotFound())
            .WithName("Chains.GetZoneAtlas").WithSummary("Every chain's coverage for the zone, and one chain in full: segments, members, HHI, weak links, gaps, supply edges, change on the year");

        api.MapGet("/chains/{chain}/heatmap", async Task<Results<Ok<ChainHeatmap>, NotFound>> (string chain, int? year, GetChainHeatmapHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new GetChainHeatmapQuery(chain, year ?? DataYear(clock)), ct) is { } map ? TypedResults.Ok(map) : TypedResults.NotFound())
            .WithName("Chains.GetHeatmap").WithSummary("Zones in scope × segments of a chain, and the chain analysed over all of them");

        api.MapGet("/zones/{id:int}/chains/{chain}/targets", async Task<Results<Ok<TargetList>, NotFound>> (
                int id, string chain, int? year, string? segment, CandidateOrigin? origin, string? province, decimal? minScore, bool? listed, int? page, int? pageSize,
                ListChainTargetsHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new ListChainTargetsQuery(id, chain, year ?? DataYear(clock), segment, origin, province, minScore, listed ?? false, page ?? 1, pageSize ?? 50), ct) is { } list
                ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("Chains.ListTargets").WithSummary("Ranked outside enterprises for the chain's gaps and weak links, each score explained term by term");

        api.MapGet("/zones/{id:int}/chains/{chain}/targets/export", async Task<Results<FileContentHttpResult, NotFound>> (
                int id, string chain, int? year, string? segment, CandidateOrigin? origin, string? province, decimal? minScore, bool? listed,
                ExportChainTargetsHandler handler, TimeProvider clock, CancellationToken ct) =>
            await handler.HandleAsync(new ListChainTargetsQuery(id, chain, year ?? DataYear(clock), segment, origin, province, minScore, listed ?? false), ct) is { } file
                ? TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName) : TypedResults.NotFound())
            .WithName("Chains.ExportTargets");

        api.MapPost("/zones/{id:int}/chains/{chain}/leads", async (int id, string chain, LeadBody body, CreateLeadFromTargetHandler handler, TimeProvider clock, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new CreateLeadFromTargetCommand(id, chain, body.CandidateKey, body.Year ?? DataYear(clock), body.Note), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.CreateLead").WithSummary("Turns a target into a project lead with its score and explanation");

        api.MapGet("/zones/{id:int}/chains/leads", async Task<Results<Ok<IReadOnlyList<LeadView>>, NotFound>> (int id, ListLeadsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } leads ? TypedResults.Ok(leads) : TypedResults.NotFound())
            .WithName("Chains.ListLeads");

        api.MapGet("/zones/{id:int}/chains/review", async Task<Results<Ok<ReviewList>, NotFound>> (int id, string? chain, int? page, ListReviewQueueHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new ListReviewQueueQuery(id, chain, page ?? 1), ct) is { } queue ? TypedResults.Ok(queue) : TypedResults.NotFound())
            .WithName("Chains.ListReviewQueue").WithSummary("Automatic mappings waiting for a person (below 75 % confidence), most confident first");

        api.MapPost("/chains/assignments/review", async (ReviewMappingCommand command, ReviewMappingHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.ReviewMapping").WithSummary("Confirm, reject, or assign an enterprise's segment in a chain");

        api.MapPost("/zones/{id:int}/chains/remap", async Task<Results<Ok<MapEnterprisesResult>, UnprocessableEntity<MapEnterprisesResult>, ForbidHttpResult>> (int id, RemapBody body, MapEnterprisesHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new MapEnterprisesCommand(id, body.ChainKey), ct) is var r && r.Succeeded ? TypedResults.Ok(r)
                : r.Problems.Any(p => p.Rule == Problem.NotPermitted) ? TypedResults.Forbid() : TypedResults.UnprocessableEntity(r))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.Remap").WithSummary("Re-maps the zone's enterprises (people's decisions are kept)");

        api.MapPut("/zones/{id:int}/chains/{chain}/roles", async (int id, string chain, RolesBody body, SetZoneChainHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SetZoneChainCommand(id, chain, body.ChiefName, body.ChiefTitle, body.LeaderEnterpriseId, body.LeaderName, body.Note, body.Remove), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.SetRoles").WithSummary("Records the zone's 链长 and 链主 for a chain");

        api.MapGet("/zones/{id:int}/chains/{chain}/supplies", async Task<Results<Ok<IReadOnlyList<SupplyRelationView>>, NotFound>> (int id, string chain, ListSupplyRelationsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, chain, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("Chains.ListSupplies").WithSummary("Known supply relations of the zone's enterprises in a chain (synthetic ones flagged)");

        api.MapPost("/chains/supplies", async (RecordSupplyRelationCommand command, RecordSupplyRelationHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.RecordSupply")
            .WithSummary("Records a known supply relation along a supply edge; feeds the local supply ratio and 以商招商 ties");

        api.MapGet("/chains/candidates", async Task<Results<Ok<CandidatePage>, NotFound>> (string? q, string? chain, string? province, int? page, int? pageSize, ListCandidatesHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new ListCandidatesQuery(q, chain, province, page ?? 1, pageSize ?? 50), ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .WithName("Chains.ListCandidates").WithSummary("The national candidate pool (public facts only), searchable");

        api.MapPost("/chains/candidates", async Task<Results<Ok<ImportCandidatesResult>, UnprocessableEntity<ImportCandidatesResult>, ForbidHttpResult, BadRequest<string>>> (
                IFormFile? file, ImportCandidatesHandler handler, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return TypedResults.BadRequest("multipart field 'file' is required");
                }
                await using var stream = file.OpenReadStream();
                var result = await handler.HandleAsync(stream, file.FileName, ct);
                return result.Succeeded ? TypedResults.Ok(result) : result.Forbidden ? TypedResults.Forbid() : TypedResults.UnprocessableEntity(result);
            })
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Chains.ImportCandidates").WithSummary("Imports the national candidate pool CSV; all or nothing");
    }

    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult> Answer(CommandResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : TypedResults.UnprocessableEntity(result);

    private static Results<Ok<SaveChainTemplateResult>, UnprocessableEntity<SaveChainTemplateResult>, ForbidHttpResult> Answer(SaveChainTemplateResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : TypedResults.UnprocessableEntity(result);
}
