using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.PlanMilestones;

/// <summary>Sets the planned dates of a project's stages (null clears one). Actual dates come only from transitions.</summary>
public sealed record PlanMilestonesCommand(int ProjectId, IReadOnlyDictionary<ProjectStage, DateOnly?> Planned);

public sealed class PlanMilestonesHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ProblemRule OutOfOrder = new("plan-order", "计划「{0}」{1} 早于计划「{2}」{3}", "planned {0} ({1}) is before planned {2} ({3})");

    public async Task<CommandResult> HandleAsync(PlanMilestonesCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Milestones).FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", command.ProjectId));
        }
        var problems = Check(project, command.Planned);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        foreach (var (stage, planned) in command.Planned)
        {
            var milestone = project.Milestones.FirstOrDefault(m => m.Stage == stage);
            if (milestone is null)
            {
                project.Milestones.Add(new ProjectMilestone { ZoneId = project.ZoneId, Stage = stage, PlannedOn = planned });
            }
            else
            {
                milestone.PlannedOn = planned;
            }
        }
        project.Provenance = Provenance.Of(DataSource.Form, "计划节点", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(project.Id);
    }

    /// <summary>Only main-line stages that apply to the route, and in pipeline order once merged with the plan already kept.</summary>
    internal static List<Problem> Check(Project project, IReadOnlyDictionary<ProjectStage, DateOnly?> planned)
    {
        var problems = new List<Problem>();
        foreach (var stage in planned.Keys)
        {
            if (stage > ProjectStage.FullOutput || !ProjectTransitions.AppliesTo(stage, project.Route))
            {
                problems.Add(InvestmentProblems.NotApplicableStage.For($"planned.{stage}", InvestmentTerms.Stage(stage), InvestmentTerms.Route(project.Route)));
            }
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        var merged = project.Milestones.Where(m => m.PlannedOn is not null).ToDictionary(m => m.Stage, m => m.PlannedOn!.Value);
        foreach (var (stage, day) in planned)
        {
            if (day is { } d)
            {
                merged[stage] = d;
            }
            else
            {
                merged.Remove(stage);
            }
        }
        var ordered = merged.OrderBy(kv => kv.Key).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Value < ordered[i - 1].Value && (planned.ContainsKey(ordered[i].Key) || planned.ContainsKey(ordered[i - 1].Key)))
            {
                problems.Add(OutOfOrder.For($"planned.{ordered[i].Key}", InvestmentTerms.Stage(ordered[i].Key), ordered[i].Value,
                    InvestmentTerms.Stage(ordered[i - 1].Key), ordered[i - 1].Value));
            }
        }
        return problems;
    }
}
