using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.ParcelMap;
using ParkLens.Web.Access;

namespace ParkLens.Web.LandEfficiency;

/// <summary>The schematic parcel map as GeoJSON with each parcel's colouring (class of the owner, idle flag, 亩均税收).</summary>
public sealed record ParcelMapResponse(
    int ZoneId, string ZoneName, int? RunId, int? Year, RunStatus? RunStatus, string Notice, double Width, double Height, JsonElement GeoJson,
    IReadOnlyList<ParcelColouring> Parcels);

internal static class ParcelMapEndpoints
{
    public static void MapParcelMapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("LandEfficiency").RequireAuthorization(Policies.Read);

        api.MapGet("/zones/{id:int}/land/map", async Task<Results<Ok<ParcelMapResponse>, NotFound>> (int id, int? year, GetParcelMapHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetParcelMapQuery(id, year), ct) is { } map ? TypedResults.Ok(ToResponse(map)) : TypedResults.NotFound())
            .WithName("Land.GetParcelMap")
            .WithSummary("The zone's parcels as a schematic GeoJSON map (laid out by area, not surveyed coordinates) with each parcel's owner class from the latest run, idle flag and 亩均税收");
    }

    private static ParcelMapResponse ToResponse(ParcelMapView map)
    {
        using var geoJson = JsonDocument.Parse(map.GeoJson);
        return new ParcelMapResponse(map.ZoneId, map.ZoneName, map.RunId, map.Year, map.RunStatus, map.Notice, map.Width, map.Height, geoJson.RootElement.Clone(), map.Parcels);
    }
}
