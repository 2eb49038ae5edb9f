using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.IdleSpace.ListSpaceUnits;

public sealed record ListSpaceUnitsQuery(int ZoneId, int? SubParkId = null, SpaceKind? Kind = null, SpaceStatus? Status = null, string? Text = null);

public sealed record SpaceStatusChangeView(SpaceStatus? From, SpaceStatus To, DateOnly On, string By, string? Note);

public sealed record SpaceUnitView(
    int Id, int ZoneId, int? SubParkId, string? SubParkName, int? BuildingId, string? ParcelCode, string Name, SpaceKind Kind,
    decimal FloorAreaM2, decimal VacantAreaM2, int? Floor, decimal? FloorLoadKnM2, decimal? ClearHeightM, decimal? PowerKva,
    decimal? CraneTonnes, FireClass? FireClass, int? DockDoors, string? OwnerName, int? OwnerEnterpriseId, decimal? AskingRent,
    SpaceStatus Status, DateOnly StatusSince, DateOnly? AvailableFrom, DisposalRoute? Disposal, string? TenantName, int? TenantEnterpriseId,
    int? ProjectId, string? Note, bool IsSynthetic, IReadOnlyList<SpaceStatus> NextStatuses, IReadOnlyList<SpaceStatusChangeView> History,
    bool InSmallMicroPark = false);

public sealed record SpaceInventoryView(int ZoneId, string ZoneName, IReadOnlyDictionary<int, string> SubParks, IReadOnlyList<SpaceUnitView> Units, OccupancyTotals Totals);

/// <summary>A zone's inventory with filters, and the occupancy of the units shown: total, vacant, vacancy rate, rent and the monthly series.</summary>
public sealed class ListSpaceUnitsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public async Task<SpaceInventoryView?> HandleAsync(ListSpaceUnitsQuery query, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await registry.ZoneNameAsync(db, query.ZoneId, ct) is not { } zoneName)
        {
            return null;
        }
        var subParks = await registry.SubParksAsync(db, query.ZoneId, ct);
        var units = db.SpaceUnits.Where(u => u.ZoneId == query.ZoneId);
        if (query.SubParkId is { } sp)
        {
            units = units.Where(u => u.SubParkId == sp);
        }
        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }
        if (query.Status is { } status)
        {
            units = units.Where(u => u.Status == status);
        }
        if (IdleSpaceProblems.Clean(query.Text) is { } text)
        {
            units = units.Where(u => u.Name.Contains(text) || (u.OwnerName != null && u.OwnerName.Contains(text)) || (u.TenantName != null && u.TenantName.Contains(text)));
        }
        var rows = await units.Include(u => u.History).Include(u => u.Occupancy).OrderBy(u => u.Name).AsNoTracking().AsSplitQuery().ToListAsync(ct);
        var totals = OccupancySummary.Summarize(
            rows.Select(u => new UnitArea(u.FloorAreaM2, u.VacantAreaM2)).ToList(),
            rows.SelectMany(u => u.Occupancy).Select(o => new MonthOccupancy(o.Year, o.Month, o.OccupiedM2, o.RentIncome)).ToList());
        return new SpaceInventoryView(query.ZoneId, zoneName, subParks, rows.Select(u => View(u, subParks)).ToList(), totals);
    }

    internal static SpaceUnitView View(SpaceUnit u, IReadOnlyDictionary<int, string> subParks) => new(
        u.Id, u.ZoneId, u.SubParkId, u.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, u.BuildingId, u.ParcelCode, u.Name, u.Kind,
        u.FloorAreaM2, u.VacantAreaM2, u.Floor, u.FloorLoadKnM2, u.ClearHeightM, u.PowerKva, u.CraneTonnes, u.FireClass, u.DockDoors,
        u.OwnerName, u.OwnerEnterpriseId, u.AskingRent, u.Status, u.StatusSince, u.AvailableFrom, u.Disposal, u.TenantName, u.TenantEnterpriseId,
        u.ProjectId, u.Note, u.IsSynthetic, SpaceTransitions.Next(u.Status),
        u.History.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new SpaceStatusChangeView(h.From, h.To, h.On, h.By, h.Note)).ToList(), u.InSmallMicroPark);

    internal static SpaceOffer Offer(SpaceUnit u, IReadOnlyDictionary<int, string> subParks) => new(
        u.Id, u.Name, u.SubParkId, u.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, u.Kind, u.VacantAreaM2, u.ClearHeightM, u.FloorLoadKnM2,
        u.PowerKva, u.CraneTonnes, u.FireClass, u.DockDoors, u.AskingRent, u.Status, u.AvailableFrom, u.IsSynthetic);
}
