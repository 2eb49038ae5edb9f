using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ListLandAndBuildings;

public sealed record ParcelRow(
    int Id, string Code, decimal AreaMu, PropertyUse Use, string? OwnerName, bool IsIdle, string? SubParkName,
    decimal FloorAreaM2, decimal VacantAreaM2, decimal? VacancyPercent, Provenance Provenance);

public sealed record LandSummary(
    int ZoneId, int Parcels, decimal AreaMu, decimal FloorAreaM2, decimal VacantAreaM2, decimal? VacancyPercent,
    int IdleParcels, decimal IdleAreaMu, IReadOnlyList<ParcelRow> Rows);

/// <summary>A zone's parcels and buildings with floor area and vacancy, idle and most-vacant first.</summary>
public sealed class ListLandAndBuildingsHandler(IDbContextFactory<ParkDbContext> dbs)
{
    public async Task<LandSummary?> HandleAsync(int zoneId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Zones.AnyAsync(z => z.Id == zoneId, ct))
        {
            return null;
        }
        var parcels = await db.Parcels.AsNoTracking().Include(p => p.Buildings).Where(p => p.ZoneId == zoneId).ToListAsync(ct);
        var subParks = await db.SubParks.AsNoTracking().Where(s => s.ZoneId == zoneId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var rows = parcels.Select(p =>
        {
            var floor = p.Buildings.Sum(b => b.FloorAreaM2);
            var vacant = p.Buildings.Sum(b => b.VacantAreaM2);
            return new ParcelRow(p.Id, p.Code, p.AreaMu, p.Use, p.OwnerName, p.IsIdle,
                p.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, floor, vacant, Percent(vacant, floor), p.Provenance);
        })
            .OrderByDescending(r => r.IsIdle).ThenByDescending(r => r.VacantAreaM2).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var floorTotal = rows.Sum(r => r.FloorAreaM2);
        var vacantTotal = rows.Sum(r => r.VacantAreaM2);
        return new LandSummary(zoneId, rows.Count, rows.Sum(r => r.AreaMu), floorTotal, vacantTotal, Percent(vacantTotal, floorTotal),
            rows.Count(r => r.IsIdle), rows.Where(r => r.IsIdle).Sum(r => r.AreaMu), rows);
    }

    private static decimal? Percent(decimal part, decimal whole) => whole <= 0 ? null : Math.Round(part / whole * 100m, 1);
}
