using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;

namespace ParkLens.Core.LandEfficiency.ImprovementPlans;

public sealed record RecordImprovementProgressCommand(int PlanId, DateOnly On, PlanStatus Status, string Note);

/// <summary>Records progress on a plan: 计划中 → 推进中 → 已完成 or 已放弃 (both final); the note says what happened.</summary>
public sealed class RecordImprovementProgressHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ProblemRule NoPlan = new("no-plan", "整治计划 {0} 不存在或不在您的数据范围内", "improvement plan {0} does not exist or is outside your scope");
    public static readonly ProblemRule Closed = new("plan-closed", "计划已{0}，不能再变更", "the plan is {0} and cannot change");
    public static readonly ProblemRule Backwards = new("plan-backwards", "不能从「{0}」回到「{1}」", "cannot go back from {0} to {1}");
    public static readonly ProblemRule Required = new("required", "必填", "is required");
    public static readonly ProblemRule Future = new("date-future", "日期 {0} 晚于今天", "date {0} is in the future");

    public async Task<CommandResult> HandleAsync(RecordImprovementProgressCommand command, CancellationToken ct)
    {
        if (!LandProblems.CanWrite(actor))
        {
            return CommandResult.Refused(LandProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var plan = await db.ImprovementPlans.Include(p => p.Progress).FirstOrDefaultAsync(p => p.Id == command.PlanId, ct);
        if (plan is null)
        {
            return CommandResult.Refused(NoPlan.For("planId", command.PlanId));
        }
        var problems = new List<Problem>();
        if (plan.Status is PlanStatus.Done or PlanStatus.Abandoned)
        {
            problems.Add(Closed.For("status", Name(plan.Status)));
        }
        else if (command.Status < plan.Status)
        {
            problems.Add(Backwards.For("status", Name(plan.Status), Name(command.Status)));
        }
        if (string.IsNullOrWhiteSpace(command.Note))
        {
            problems.Add(Required.For("note"));
        }
        if (command.On > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            problems.Add(Future.For("on", command.On));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        plan.Status = command.Status;
        plan.Progress.Add(new ImprovementProgress
        {
            ZoneId = plan.ZoneId, On = command.On, Status = command.Status, Note = command.Note.Trim()[..Math.Min(command.Note.Trim().Length, 1000)], By = actor.Name,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(plan.Id);
    }

    public static string Name(PlanStatus status) => status switch
    {
        PlanStatus.Planned => UiLanguage.Pick("计划中", "planned"),
        PlanStatus.InProgress => UiLanguage.Pick("推进中", "in progress"),
        PlanStatus.Done => UiLanguage.Pick("已完成", "done"),
        _ => UiLanguage.Pick("已放弃", "abandoned"),
    };
}
