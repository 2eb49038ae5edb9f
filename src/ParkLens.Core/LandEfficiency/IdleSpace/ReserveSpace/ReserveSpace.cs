using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Contracts;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.MoveSpaceUnit;

namespace ParkLens.Core.LandEfficiency.IdleSpace.ReserveSpace;

public sealed record ReserveSpaceCommand(int UnitId, int ProjectId, DateOnly On, string? Note = null);

public sealed record ReserveSpaceResult(CommandResult Result, bool ProjectAdvanced);

/// <summary>
/// Reserves a unit for a project of its zone: the unit goes to 已预订 naming the project and its investor; a project at 注册
/// moves to 供地/租赁 on the same day through the pipeline's contract (its stage machine decides). Either both change or
/// neither: any refusal, of the unit's move or of the project's, writes nothing.
/// </summary>
public sealed class ReserveSpaceHandler(IDbContextFactory<ParkDbContext> dbs, IProjectSpaceNeeds projects, IProjectSiteIntake intake, ICurrentActor actor, TimeProvider clock)
{
    public async Task<ReserveSpaceResult> HandleAsync(ReserveSpaceCommand command, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanWrite(actor))
        {
            return new(CommandResult.Refused(IdleSpaceProblems.NotPermitted.For("role")), false);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var unit = await db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == command.UnitId, ct);
        if (unit is null)
        {
            return new(CommandResult.Refused(IdleSpaceProblems.NoUnit.For("unitId", command.UnitId)), false);
        }
        var project = await projects.GetAsync(db, command.ProjectId, ct);
        if (project is null || project.ZoneId != unit.ZoneId)
        {
            return new(CommandResult.Refused(IdleSpaceProblems.NoProject.For("projectId", command.ProjectId)), false);
        }
        var problems = MoveSpaceUnitHandler.Check(unit, SpaceStatus.Reserved, command.On, hasTenant: true, clock);
        problems.CheckText("note", command.Note, 400);
        if (problems.Count > 0)
        {
            return new(CommandResult.Refused(problems), false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (outcome, refused) = await intake.SecureSiteAsync(db, project.Id, command.On, actor.Name, now, ct);
        if (refused is not null)
        {
            return new(CommandResult.Refused(refused), false);
        }
        MoveSpaceUnitHandler.Apply(unit, SpaceStatus.Reserved, command.On, project.InvestorName, null, project.Id,
            command.Note ?? $"预订给项目「{project.Name}」", actor.Name, now);
        await db.SaveChangesAsync(ct);
        return new(CommandResult.Done(unit.Id), outcome == SiteIntakeOutcome.Advanced);
    }
}
