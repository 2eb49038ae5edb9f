using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.ListSpaceUnits;
using ParkLens.Core.LandEfficiency.IdleSpace.MatchSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.MoveSpaceUnit;
using ParkLens.Core.LandEfficiency.IdleSpace.RecordOccupancy;
using ParkLens.Core.LandEfficiency.IdleSpace.ReserveSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.LandEfficiency.IdleSpace.SaveSpaceUnit;
using ParkLens.Web.Access;

namespace ParkLens.Web.LandEfficiency;

public sealed record SpaceMoveBody(SpaceStatus To, DateOnly On, string? TenantName = null, int? TenantEnterpriseId = null, string? Note = null);

public sealed record SpaceMatchBody(int ZoneId, SpaceNeed? Need = null, int? ProjectId = null);

public sealed record SpaceReserveBody(int ProjectId, DateOnly On, string? Note = null);

public sealed record OccupancyBody(int Year, int Month, decimal OccupiedM2, decimal RentIncome);

internal static class IdleSpaceEndpoints
{
    public static void MapIdleSpaceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("IdleSpace").RequireAuthorization(Policies.Read);
        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };

        api.MapGet("/zones/{id:int}/land/space", async Task<Results<Ok<SpaceInventoryView>, NotFound>> (
                int id, int? subParkId, SpaceKind? kind, SpaceStatus? status, string? q, ListSpaceUnitsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new ListSpaceUnitsQuery(id, subParkId, kind, status, q), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("IdleSpace.List").WithSummary("A zone's idle space inventory (filters: sub-park, kind, status, text) with its occupancy and vacancy summary");

        api.MapPost("/zones/{id:int}/land/space", async (int id, SpaceUnitFields body, SaveSpaceUnitHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new SaveSpaceUnitCommand(id, null, body), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.Create").WithSummary("Registers a space unit at 闲置; 422 with every problem by field");

        api.MapGet("/land/space/{id:int}", async Task<Results<Ok<UnitLeadsView>, NotFound>> (int id, MatchSpaceHandler handler, CancellationToken ct) =>
            await handler.LeadsAsync(id, ct) is { } leads ? TypedResults.Ok(leads) : TypedResults.NotFound())
            .WithName("IdleSpace.Leads").WithSummary("One unit with the open project leads whose floor space need it fits");

        api.MapPut("/land/space/{id:int}", async Task<Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult, NotFound>> (
                int id, SpaceUnitFields body, MatchSpaceHandler units, SaveSpaceUnitHandler handler, CancellationToken ct) =>
            {
                if (await units.LeadsAsync(id, ct) is null || await handler.ZoneOfAsync(id, ct) is not { } zoneId)
                {
                    return TypedResults.NotFound();
                }
                return Answer(await handler.HandleAsync(new SaveSpaceUnitCommand(zoneId, id, body), ct)).Result switch
                {
                    Ok<CommandResult> ok => ok,
                    UnprocessableEntity<CommandResult> refused => refused,
                    _ => TypedResults.Forbid(),
                };
            })
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.Save").WithSummary("Changes a unit's fields (never its status)");

        api.MapPost("/land/space/{id:int}/moves", async (int id, SpaceMoveBody body, MoveSpaceUnitHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new MoveSpaceUnitCommand(id, body.To, body.On, body.TenantName, body.TenantEnterpriseId, body.Note), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.Move")
            .WithSummary("Moves a unit's status on a date; an illegal move changes nothing and answers 422 with what is allowed");

        api.MapPut("/land/space/{id:int}/occupancy", async (int id, OccupancyBody body, RecordOccupancyHandler handler, CancellationToken ct) =>
            Answer(await handler.HandleAsync(new RecordOccupancyCommand(id, body.Year, body.Month, body.OccupiedM2, body.RentIncome), ct)))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.RecordOccupancy").WithSummary("A month's occupied area (m²) and rent income (万元) of a unit");

        api.MapPost("/land/space/match", async Task<Results<Ok<SpaceMatchView>, NotFound>> (SpaceMatchBody body, MatchSpaceHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new MatchSpaceQuery(body.ZoneId, body.Need, body.ProjectId), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.Match")
            .WithSummary("A need (or an open project's floor space need) → the zone's units ranked, each score term with its reason; units left out with why");

        api.MapPost("/land/space/{id:int}/reserve", async (int id, SpaceReserveBody body, ReserveSpaceHandler handler, CancellationToken ct) =>
            Answer((await handler.HandleAsync(new ReserveSpaceCommand(id, body.ProjectId, body.On, body.Note), ct)).Result))
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("IdleSpace.Reserve")
            .WithSummary("Reserves a unit for a project (已预订); a project at 注册 moves to 供地/租赁 the same day; any refusal writes nothing");
    }

    private static Results<Ok<CommandResult>, UnprocessableEntity<CommandResult>, ForbidHttpResult> Answer(CommandResult result) =>
        result.Succeeded ? TypedResults.Ok(result)
        : result.Forbidden ? TypedResults.Forbid()
        : TypedResults.UnprocessableEntity(result);
}
