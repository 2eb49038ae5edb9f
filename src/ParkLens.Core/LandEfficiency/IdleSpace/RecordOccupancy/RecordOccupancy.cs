using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;

namespace ParkLens.Core.LandEfficiency.IdleSpace.RecordOccupancy;

/// <summary>A unit's occupied area (m²) and rent received (万元) in a month; recording a month again replaces it.</summary>
public sealed record RecordOccupancyCommand(int UnitId, int Year, int Month, decimal OccupiedM2, decimal RentIncome);

public sealed class RecordOccupancyHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(RecordOccupancyCommand command, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanWrite(actor))
        {
            return CommandResult.Refused(IdleSpaceProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var unit = await db.SpaceUnits.Include(u => u.Occupancy).FirstOrDefaultAsync(u => u.Id == command.UnitId, ct);
        if (unit is null)
        {
            return CommandResult.Refused(IdleSpaceProblems.NoUnit.For("unitId", command.UnitId));
        }
        var problems = new List<Problem>();
        var today = clock.Today();
        if (command.Month is < 1 or > 12)
        {
            problems.Add(IdleSpaceProblems.MonthRange.For("month"));
        }
        else if (command.Year > today.Year || (command.Year == today.Year && command.Month > today.Month))
        {
            problems.Add(IdleSpaceProblems.FutureMonth.For("month", command.Year, command.Month));
        }
        problems.CheckNotNegative("occupiedM2", command.OccupiedM2);
        problems.CheckNotNegative("rentIncome", command.RentIncome);
        if (command.OccupiedM2 > unit.FloorAreaM2)
        {
            problems.Add(IdleSpaceProblems.OccupiedExceedsFloor.For("occupiedM2", command.OccupiedM2, unit.FloorAreaM2));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var row = unit.Occupancy.FirstOrDefault(o => o.Year == command.Year && o.Month == command.Month);
        if (row is null)
        {
            row = new OccupancyRecord { ZoneId = unit.ZoneId, Year = command.Year, Month = command.Month };
            unit.Occupancy.Add(row);
        }
        row.OccupiedM2 = command.OccupiedM2;
        row.RentIncome = command.RentIncome;
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(unit.Id);
    }
}
