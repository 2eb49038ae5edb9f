using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;

namespace ParkLens.Core.LandEfficiency.IdleSpace.MoveSpaceUnit;

public sealed record MoveSpaceUnitCommand(int UnitId, SpaceStatus To, DateOnly On, string? TenantName = null, int? TenantEnterpriseId = null, string? Note = null);

/// <summary>
/// Moves a unit's status on a date (<see cref="SpaceTransitions"/> decides), with the history row. 已租 takes the whole
/// unit (vacant 0); a unit back on offer (招租/闲置) is vacant again and forgets its tenant. An illegal move changes nothing.
/// </summary>
public sealed class MoveSpaceUnitHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(MoveSpaceUnitCommand command, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanWrite(actor))
        {
            return CommandResult.Refused(IdleSpaceProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var unit = await db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == command.UnitId, ct);
        if (unit is null)
        {
            return CommandResult.Refused(IdleSpaceProblems.NoUnit.For("unitId", command.UnitId));
        }
        var tenant = IdleSpaceProblems.Clean(command.TenantName) ?? (command.To == SpaceStatus.Leased && unit.Status == SpaceStatus.Reserved ? unit.TenantName : null);
        var problems = Check(unit, command.To, command.On, tenant is not null || (command.To == SpaceStatus.Leased && unit.ProjectId is not null), clock);
        problems.CheckText("tenantName", command.TenantName, 200);
        problems.CheckText("note", command.Note, 400);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        Apply(unit, command.To, command.On, tenant, command.TenantEnterpriseId ?? unit.TenantEnterpriseId, null, command.Note, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(unit.Id);
    }

    internal static List<Problem> Check(SpaceUnit unit, SpaceStatus to, DateOnly on, bool hasTenant, TimeProvider clock)
    {
        var problems = new List<Problem>();
        if (SpaceTransitions.Check(unit.Status, to, hasTenant) is { } refused)
        {
            problems.Add(refused);
            return problems;
        }
        if (on < unit.StatusSince)
        {
            problems.Add(SpaceTransitions.DateBeforePrevious.For("on", on, unit.StatusSince));
        }
        if (on > clock.Today())
        {
            problems.Add(SpaceTransitions.DateInFuture.For("on", on));
        }
        return problems;
    }

    internal static void Apply(SpaceUnit unit, SpaceStatus to, DateOnly on, string? tenant, int? tenantEnterpriseId, int? projectId, string? note, string by, DateTime nowUtc)
    {
        unit.History.Add(new SpaceStatusChange
        {
            ZoneId = unit.ZoneId, SpaceUnitId = unit.Id, From = unit.Status, To = to, On = on, By = by, RecordedAtUtc = nowUtc,
            Note = IdleSpaceProblems.Clean(note) ?? tenant,
        });
        unit.Status = to;
        unit.StatusSince = on;
        switch (to)
        {
            case SpaceStatus.Reserved:
                unit.TenantName = tenant;
                unit.TenantEnterpriseId = tenantEnterpriseId;
                unit.ProjectId = projectId ?? unit.ProjectId;
                break;
            case SpaceStatus.Leased:
                unit.TenantName = tenant ?? unit.TenantName;
                unit.TenantEnterpriseId = tenantEnterpriseId;
                unit.VacantAreaM2 = 0;
                unit.AvailableFrom = null;
                break;
            default:
                unit.TenantName = null;
                unit.TenantEnterpriseId = null;
                unit.ProjectId = null;
                unit.VacantAreaM2 = unit.FloorAreaM2;
                break;
        }
        unit.Provenance = Provenance.Of(DataSource.Form, $"{unit.History[^1].From}→{to}", nowUtc, by);
    }
}
