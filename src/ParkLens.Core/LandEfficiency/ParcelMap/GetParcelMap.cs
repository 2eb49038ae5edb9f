using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.ParcelMap;

public sealed record GetParcelMapQuery(int ZoneId, int? Year = null);

/// <summary>
/// A parcel with what the map colours it by: its owner's class in the run (null: not evaluated, 未评价), the idle flag and
/// the owner's 亩均税收 (万元/亩) in the run.
/// </summary>
public sealed record ParcelColouring(
    int ParcelId, string Key, string Code, string SubParkName, decimal AreaMu, string Use, int? OwnerEnterpriseId, string? OwnerName, bool IsIdle,
    EfficiencyClass? OwnerClass, string ClassLabel, decimal? TaxPerMu, bool Drawn, decimal? SurveyedMu = null);

/// <summary>
/// The schematic parcel map of a zone: GeoJSON (Polygon per parcel on a <see cref="Width"/> × <see cref="Height"/> plane),
/// the colouring of each parcel, and the run the classes come from (none: every parcel 未评价).
/// </summary>
public sealed record ParcelMapView(
    int ZoneId, string ZoneName, int? RunId, int? Year, RunStatus? RunStatus, string Notice, double Width, double Height, string GeoJson, string BlocksGeoJson,
    IReadOnlyList<ParcelColouring> Parcels, IReadOnlyList<SubParkBlock> Blocks, decimal TotalMu, decimal IdleMu, int IdleCount, bool Surveyed = false, double AspectScale = 1);

/// <summary>
/// The zone's parcels drawn from their imported surveyed outlines when the zone has any (<see cref="SurveyedParcelMap"/>;
/// parcels without one are listed, not drawn), else laid out by area (<see cref="SchematicParcelLayout"/>); each coloured by its owner's 亩均 class from
/// the zone's latest run (published first, else the draft) or by its idle flag. Null when the caller may not read land
/// evaluations or the zone is outside the caller's scope.
/// </summary>
public sealed class GetParcelMapHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public const string NotEvaluated = "未评价";

    public async Task<ParcelMapView?> HandleAsync(GetParcelMapQuery query, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zoneName = await registry.ZoneNameAsync(db, query.ZoneId, ct);
        if (zoneName is null)
        {
            return null;
        }
        var run = await db.LandRuns.AsNoTracking().Where(r => r.ZoneId == query.ZoneId && (query.Year == null || r.Year == query.Year) && r.Status != RunStatus.Superseded)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Status == RunStatus.Published ? 0 : 1).ThenByDescending(r => r.RunVersion).FirstOrDefaultAsync(ct);
        var results = run is null ? [] : await db.LandResults.AsNoTracking().Where(r => r.RunId == run.Id).ToListAsync(ct);
        var byEnterprise = results.ToDictionary(r => r.EnterpriseId);
        var parcels = await registry.ParcelsAsync(db, query.ZoneId, ct);
        var subParks = await registry.SubParksAsync(db, query.ZoneId, ct);
        var unassigned = UiLanguage.Pick("未分园", "no sub-park");
        var plots = parcels.Select(p => new ParcelPlot(p.Id, p.Code, p.SubParkId, p.SubParkId is { } s ? subParks.GetValueOrDefault(s) ?? unassigned : unassigned,
            p.AreaMu, p.Use, p.OwnerEnterpriseId, p.OwnerName, p.IsIdle)).ToList();
        var codes = plots.ToDictionary(p => p.ParcelId, p => p.Code);
        // An outline of a parcel that has since left the zone is not this zone's to draw.
        var outlines = (await db.ParcelBoundaries.AsNoTracking().Where(b => b.ZoneId == query.ZoneId).ToListAsync(ct))
            .Where(b => codes.ContainsKey(b.ParcelId)).ToDictionary(b => b.ParcelId);
        var surveyed = outlines.Count > 0;
        var layout = SchematicParcelLayout.Place(surveyed ? [] : plots);
        var drawn = surveyed ? outlines.Keys.ToHashSet() : layout.Parcels.Select(p => p.Parcel.ParcelId).ToHashSet();
        var colouring = plots.Select(p =>
        {
            var result = p.OwnerEnterpriseId is { } owner ? byEnterprise.GetValueOrDefault(owner) : null;
            var cls = result?.Status == ResultStatus.Scored ? result.Class : null;
            return new ParcelColouring(p.ParcelId, SchematicParcelLayout.Key(p.ParcelId), p.Code, p.SubParkName, p.AreaMu, p.Use, p.OwnerEnterpriseId, p.OwnerName,
                p.IsIdle, cls, cls?.ToString() ?? NotEvaluated, TaxPerMu(result), drawn.Contains(p.ParcelId), outlines.GetValueOrDefault(p.ParcelId)?.SurveyedMu);
        }).OrderBy(p => p.SubParkName, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.ParcelId).ToList();
        var totals = (plots.Sum(p => p.AreaMu), plots.Where(p => p.IsIdle).Sum(p => p.AreaMu), plots.Count(p => p.IsIdle));
        if (!surveyed)
        {
            return new ParcelMapView(query.ZoneId, zoneName, run?.Id, run?.Year, run?.Status,
                UiLanguage.Pick(SchematicParcelLayout.NoticeZh, SchematicParcelLayout.NoticeEn), layout.Width, layout.Height, SchematicParcelLayout.ToGeoJson(layout),
                SchematicParcelLayout.BlocksToGeoJson(layout), colouring, layout.Blocks, totals.Item1, totals.Item2, totals.Item3);
        }
        var shown = outlines.Values.ToList();
        var (minLon, minLat, maxLon, maxLat) = (shown.Min(o => o.MinLon), shown.Min(o => o.MinLat), shown.Max(o => o.MaxLon), shown.Max(o => o.MaxLat));
        var missing = plots.Count(p => !drawn.Contains(p.ParcelId));
        var notice = UiLanguage.Pick(SurveyedParcelMap.NoticeZh, SurveyedParcelMap.NoticeEn)
            + (missing > 0 ? UiLanguage.Pick($"；{missing} 个地块尚无测绘边界，未绘制", $"; {missing} parcels have no surveyed outline yet and are not drawn") : "");
        return new ParcelMapView(query.ZoneId, zoneName, run?.Id, run?.Year, run?.Status, notice, maxLon - minLon, maxLat - minLat,
            SurveyedParcelMap.ToGeoJson(shown.Select(o => new SurveyedOutline(o.ParcelId, codes[o.ParcelId], o.GeometryJson))), EmptyCollection,
            colouring, [], totals.Item1, totals.Item2, totals.Item3, Surveyed: true, AspectScale: SurveyedParcelMap.AspectScale(minLat, maxLat));
    }

    private const string EmptyCollection = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    private static decimal? TaxPerMu(LandEvaluationResult? result) => result is null ? null
        : (JsonSerializer.Deserialize<List<ItemScore>>(result.ItemsJson, EvaluateLandHandler.Json) ?? []).FindItem(IndicatorCode.TaxPerMu)?.Value;
}
