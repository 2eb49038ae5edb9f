using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.IdleSpace.SaveSpaceUnit;

/// <summary>The fields of a unit a form or the API edits (the status moves separately, with a date).</summary>
public sealed record SpaceUnitFields(
    string Name,
    SpaceKind Kind,
    decimal FloorAreaM2,
    decimal VacantAreaM2,
    int? SubParkId = null,
    int? BuildingId = null,
    string? ParcelCode = null,
    int? Floor = null,
    decimal? FloorLoadKnM2 = null,
    decimal? ClearHeightM = null,
    decimal? PowerKva = null,
    decimal? CraneTonnes = null,
    FireClass? FireClass = null,
    int? DockDoors = null,
    string? OwnerName = null,
    int? OwnerEnterpriseId = null,
    decimal? AskingRent = null,
    DateOnly? AvailableFrom = null,
    DisposalRoute? Disposal = null,
    string? Note = null,
    bool InSmallMicroPark = false);

/// <summary><see cref="UnitId"/> null creates a unit at 闲置 (dated today) in <see cref="ZoneId"/>.</summary>
public sealed record SaveSpaceUnitCommand(int ZoneId, int? UnitId, SpaceUnitFields Fields);

/// <summary>Creates or edits a space unit; every problem is reported by field and nothing is written when there is one.</summary>
public sealed class SaveSpaceUnitHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The zone of a unit in scope, or null.</summary>
    public async Task<int?> ZoneOfAsync(int unitId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.SpaceUnits.Where(u => u.Id == unitId).Select(u => (int?)u.ZoneId).FirstOrDefaultAsync(ct);
    }

    public async Task<CommandResult> HandleAsync(SaveSpaceUnitCommand command, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanWrite(actor))
        {
            return CommandResult.Refused(IdleSpaceProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return CommandResult.Refused(IdleSpaceProblems.NoZone.For("zoneId", command.ZoneId));
        }
        SpaceUnit? unit = null;
        if (command.UnitId is { } id)
        {
            unit = await db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == id && u.ZoneId == command.ZoneId, ct);
            if (unit is null)
            {
                return CommandResult.Refused(IdleSpaceProblems.NoUnit.For("unitId", id));
            }
        }
        var f = command.Fields;
        var problems = new List<Problem>();
        problems.CheckText("name", f.Name, 200, required: true);
        problems.CheckText("parcelCode", f.ParcelCode, 100);
        problems.CheckText("ownerName", f.OwnerName, 200);
        problems.CheckText("note", f.Note, 1000);
        if (f.FloorAreaM2 <= 0)
        {
            problems.Add(IdleSpaceProblems.Positive.For("floorAreaM2"));
        }
        problems.CheckNotNegative("vacantAreaM2", f.VacantAreaM2);
        if (f.VacantAreaM2 > f.FloorAreaM2 && f.FloorAreaM2 > 0)
        {
            problems.Add(IdleSpaceProblems.VacantExceedsFloor.For("vacantAreaM2", f.VacantAreaM2, f.FloorAreaM2));
        }
        problems.CheckNotNegative("floorLoadKnM2", f.FloorLoadKnM2);
        problems.CheckNotNegative("clearHeightM", f.ClearHeightM);
        problems.CheckNotNegative("powerKva", f.PowerKva);
        problems.CheckNotNegative("craneTonnes", f.CraneTonnes);
        problems.CheckNotNegative("askingRent", f.AskingRent);
        problems.CheckNotNegative("dockDoors", f.DockDoors);
        if (f.SubParkId is { } sp && !(await registry.SubParksAsync(db, command.ZoneId, ct)).ContainsKey(sp))
        {
            problems.Add(IdleSpaceProblems.NoSubPark.For("subParkId", sp));
        }
        if (f.OwnerEnterpriseId is { } owner && (await registry.FindAsync(db, owner, ct))?.ZoneId != command.ZoneId)
        {
            problems.Add(IdleSpaceProblems.NoEnterprise.For("ownerEnterpriseId", owner));
        }
        var name = IdleSpaceProblems.Clean(f.Name);
        if (name is not null && await db.SpaceUnits.AnyAsync(u => u.ZoneId == command.ZoneId && u.Name == name && u.Id != (command.UnitId ?? 0), ct))
        {
            problems.Add(IdleSpaceProblems.DuplicateName.For("name", name));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (unit is null)
        {
            unit = new SpaceUnit { ZoneId = command.ZoneId, Status = SpaceStatus.Idle, StatusSince = clock.Today() };
            unit.History.Add(new SpaceStatusChange { ZoneId = command.ZoneId, To = SpaceStatus.Idle, On = unit.StatusSince, By = actor.Name, RecordedAtUtc = now, Note = "登记" });
            db.SpaceUnits.Add(unit);
        }
        unit.Name = name!;
        unit.Kind = f.Kind;
        unit.FloorAreaM2 = f.FloorAreaM2;
        unit.VacantAreaM2 = f.VacantAreaM2;
        unit.SubParkId = f.SubParkId;
        unit.BuildingId = f.BuildingId;
        unit.ParcelCode = IdleSpaceProblems.Clean(f.ParcelCode);
        unit.Floor = f.Floor;
        unit.FloorLoadKnM2 = f.FloorLoadKnM2;
        unit.ClearHeightM = f.ClearHeightM;
        unit.PowerKva = f.PowerKva;
        unit.CraneTonnes = f.CraneTonnes;
        unit.FireClass = f.FireClass;
        unit.DockDoors = f.DockDoors;
        unit.OwnerName = IdleSpaceProblems.Clean(f.OwnerName);
        unit.OwnerEnterpriseId = f.OwnerEnterpriseId;
        unit.AskingRent = f.AskingRent;
        unit.AvailableFrom = f.AvailableFrom;
        unit.Disposal = f.Disposal;
        unit.Note = IdleSpaceProblems.Clean(f.Note);
        unit.InSmallMicroPark = f.InSmallMicroPark;
        unit.Provenance = Provenance.Of(DataSource.Form, null, now, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(unit.Id);
    }
}
