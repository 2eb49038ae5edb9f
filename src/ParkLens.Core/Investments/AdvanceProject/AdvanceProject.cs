using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.AdvanceProject;

public sealed record AdvanceProjectCommand(int ProjectId, ProjectStage To, DateOnly On, string? Reason = null, string? Document = null);

/// <summary>
/// Moves a project to its next stage on a date, by the caller, with a reason (required to suspend or terminate) and a
/// document reference. The milestone's actual date is the transition's; reaching 注册 ticks the checklist's registration.
/// An illegal move changes nothing and says what is allowed.
/// </summary>
public sealed class AdvanceProjectHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(AdvanceProjectCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Milestones).Include(p => p.Checklist).FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", command.ProjectId));
        }
        var problems = Check(project, command);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        Apply(project, command, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(project.Id);
    }

    internal List<Problem> Check(Project project, AdvanceProjectCommand command)
    {
        var problems = new List<Problem>();
        var permit = project.Checklist.Any(c => c.Item == PreStartItem.ConstructionPermit && c.DoneOn is not null);
        if (ProjectTransitions.Check(project.Stage, command.To, project.Route, project.SuspendedFrom, command.Reason, permit) is { } refused)
        {
            problems.Add(refused);
            return problems;
        }
        if (command.On < project.StageSince)
        {
            problems.Add(ProjectTransitions.DateBeforePrevious.For("on", command.On, project.StageSince));
        }
        if (command.On > clock.Today())
        {
            problems.Add(ProjectTransitions.DateInFuture.For("on", command.On));
        }
        problems.CheckText("reason", command.Reason, 400);
        problems.CheckText("document", command.Document, 400);
        return problems;
    }

    internal static void Apply(Project project, AdvanceProjectCommand command, string by, DateTime nowUtc)
    {
        var from = project.Stage;
        project.History.Add(new ProjectStageChange
        {
            ZoneId = project.ZoneId, From = from, To = command.To, On = command.On, By = by, Reason = InvestmentProblems.Clean(command.Reason),
            Document = InvestmentProblems.Clean(command.Document), RecordedAtUtc = nowUtc,
        });
        project.SuspendedFrom = command.To == ProjectStage.Suspended ? from : null;
        project.Stage = command.To;
        project.StageSince = command.On;
        if (command.On > project.LastProgressOn)
        {
            project.LastProgressOn = command.On;
        }
        if (command.To <= ProjectStage.FullOutput)
        {
            var milestone = project.Milestones.FirstOrDefault(m => m.Stage == command.To);
            if (milestone is null)
            {
                project.Milestones.Add(new ProjectMilestone { ZoneId = project.ZoneId, Stage = command.To, ActualOn = command.On });
            }
            else
            {
                milestone.ActualOn ??= command.On;
            }
        }
        if (command.To == ProjectStage.Registered)
        {
            var item = project.Checklist.FirstOrDefault(c => c.Item == PreStartItem.Registration);
            if (item is null)
            {
                project.Checklist.Add(new ProjectChecklistItem { ZoneId = project.ZoneId, Item = PreStartItem.Registration, DoneOn = command.On });
            }
            else
            {
                item.DoneOn ??= command.On;
            }
        }
        project.Provenance = Provenance.Of(DataSource.Form, $"{from}→{command.To}", nowUtc, by);
    }
}
