using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.ImportParcelBoundaries;
using ParkLens.Core.LandEfficiency.ParcelMap;
using ParkLens.Web.Access;

namespace ParkLens.Web.LandEfficiency;

/// <summary>The parcel map as GeoJSON (surveyed outlines when imported, else the schematic layout) with each parcel's colouring.</summary>
public sealed record ParcelMapResponse(
    int ZoneId, string ZoneName, int? RunId, int? Year, RunStatus? RunStatus, string Notice, double Width, double Height, JsonElement GeoJson,
    IReadOnlyList<ParcelColouring> Parcels, bool Surveyed);

internal static class ParcelMapEndpoints
{
    public static void MapParcelMapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("LandEfficiency").RequireAuthorization(Policies.Read);

        api.MapGet("/zones/{id:int}/land/map", async Task<Results<Ok<ParcelMapResponse>, NotFound>> (int id, int? year, GetParcelMapHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetParcelMapQuery(id, year), ct) is { } map ? TypedResults.Ok(ToResponse(map)) : TypedResults.NotFound())
            .WithName("Land.GetParcelMap")
            .WithSummary("The zone's parcels as GeoJSON — the imported surveyed outlines (longitude/latitude) when the zone has any, else a schematic laid out by area — with each parcel's owner class from the latest run, idle flag and 亩均税收");

        // Writes accept only bearer tokens (no cookie, so no cross-site request can make them); see RegistryEndpoints.
        var bearer = new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName };
        api.MapPost("/zones/{id:int}/land/parcel-boundaries", async Task<Results<Ok<ImportParcelBoundariesResult>, UnprocessableEntity<ImportParcelBoundariesResult>, ForbidHttpResult, NotFound>> (
                int id, string? fileName, HttpRequest request, ImportParcelBoundariesHandler handler, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var result = await handler.HandleAsync(new ImportParcelBoundariesCommand(id, await reader.ReadToEndAsync(ct), fileName ?? "api.geojson"), ct);
                return result.Outcome.Succeeded ? TypedResults.Ok(result)
                    : result.Outcome.Forbidden ? TypedResults.Forbid()
                    : result.Outcome.Problems.Any(p => p.Rule == "no-zone") ? TypedResults.NotFound()
                    : TypedResults.UnprocessableEntity(result);
            })
            .RequireAuthorization(bearer).DisableAntiforgery().WithName("Land.ImportParcelBoundaries")
            .WithSummary("Imports surveyed parcel outlines from a GeoJSON FeatureCollection in the body (features name their parcel by properties.code / 宗地编号); all or nothing, 422 names each feature and rule; lists parcels whose surveyed area differs from the registered one by more than 10 %");
    }

    private static ParcelMapResponse ToResponse(ParcelMapView map)
    {
        using var geoJson = JsonDocument.Parse(map.GeoJson);
        return new ParcelMapResponse(map.ZoneId, map.ZoneName, map.RunId, map.Year, map.RunStatus, map.Notice, map.Width, map.Height, geoJson.RootElement.Clone(), map.Parcels, map.Surveyed);
    }
}
