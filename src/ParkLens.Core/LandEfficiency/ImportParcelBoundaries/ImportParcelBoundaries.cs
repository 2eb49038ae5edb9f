using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.ParcelMap;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.ImportParcelBoundaries;

public sealed record ImportParcelBoundariesCommand(int ZoneId, string GeoJson, string FileName);

/// <summary>A parcel whose surveyed area differs from its registered area by more than <see cref="ImportParcelBoundariesHandler.AreaTolerance"/>.</summary>
public sealed record AreaDiscrepancy(string Code, decimal RegisteredMu, decimal SurveyedMu);

public sealed record ImportParcelBoundariesResult(CommandResult Outcome, int Imported, int Replaced, IReadOnlyList<AreaDiscrepancy> Discrepancies);

/// <summary>
/// Imports surveyed parcel outlines for a zone from GeoJSON: every feature must name a parcel the zone has registered,
/// else nothing is written. An outline replaces the parcel's previous one. Outlines whose area differs from the
/// registered area by more than 10 % are imported and listed, since either the survey or the register may be the one
/// to correct.
/// </summary>
public sealed class ImportParcelBoundariesHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public const decimal AreaTolerance = 0.10m;

    public static readonly ProblemRule UnknownParcel = new("unknown-parcel", "第 {0} 个要素的宗地编号「{1}」不是本园区登记的地块", "feature {0}: parcel code {1} is not registered in this zone");

    public async Task<ImportParcelBoundariesResult> HandleAsync(ImportParcelBoundariesCommand command, CancellationToken ct)
    {
        if (!LandProblems.CanWrite(actor))
        {
            return Refused(LandProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return Refused(LandProblems.NoZone.For("zoneId", command.ZoneId));
        }
        var (features, problems) = ParcelBoundaryReader.Read(command.GeoJson);
        if (problems.Count > 0)
        {
            return Refused([.. problems]);
        }
        var parcels = (await registry.ParcelsAsync(db, command.ZoneId, ct)).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var unknown = features.Where(f => !parcels.ContainsKey(f.Code)).Select(f => UnknownParcel.For($"features[{f.Feature}].properties", f.Feature, f.Code)).ToArray();
        if (unknown.Length > 0)
        {
            return Refused(unknown);
        }
        var ids = features.Select(f => parcels[f.Code].Id).ToList();
        var existing = await db.ParcelBoundaries.Where(b => b.ZoneId == command.ZoneId && ids.Contains(b.ParcelId)).ToDictionaryAsync(b => b.ParcelId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var file = Path.GetFileName(command.FileName);
        foreach (var f in features)
        {
            var parcelId = parcels[f.Code].Id;
            if (!existing.TryGetValue(parcelId, out var boundary))
            {
                boundary = new ParcelBoundary { ZoneId = command.ZoneId, ParcelId = parcelId };
                db.ParcelBoundaries.Add(boundary);
            }
            boundary.GeometryJson = f.GeometryJson;
            boundary.SurveyedMu = f.SurveyedMu;
            (boundary.MinLon, boundary.MinLat, boundary.MaxLon, boundary.MaxLat) = (f.MinLon, f.MinLat, f.MaxLon, f.MaxLat);
            boundary.SourceFile = file[..Math.Min(file.Length, 260)];
            boundary.ImportedBy = actor.Name;
            boundary.ImportedAtUtc = now;
        }
        // One import is one audited event, not a row per outline (an outline can be megabytes of coordinates).
        db.EntityAudit = false;
        db.Record(Access.Domain.AuditAction.Import, nameof(ParcelBoundary), file, command.ZoneId,
            new { features = features.Count, replaced = existing.Count });
        await db.SaveChangesAsync(ct);
        var discrepancies = features
            .Select(f => new AreaDiscrepancy(f.Code, parcels[f.Code].AreaMu, f.SurveyedMu))
            .Where(d => d.RegisteredMu > 0 && Math.Abs(d.SurveyedMu - d.RegisteredMu) > d.RegisteredMu * AreaTolerance)
            .OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        return new ImportParcelBoundariesResult(CommandResult.Done(features.Count), features.Count, existing.Count, discrepancies);
    }

    private static ImportParcelBoundariesResult Refused(params Problem[] problems) => new(CommandResult.Refused(problems), 0, 0, []);
}
