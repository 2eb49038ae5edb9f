using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

/// <summary>
/// The pipeline's state machine. A project moves one stage at a time along the main line (a leased project skips
/// 主体封顶 and 竣工, which it does not have); any open project may be suspended or terminated with a reason; a suspended one
/// resumes at the stage it left or is terminated. 达产 and 终止 are final. A new build starts construction only with its
/// construction permit (《建筑法》第七条: the permit is obtained before work starts).
/// </summary>
public static class ProjectTransitions
{
    public static readonly ProblemRule Illegal = new("illegal-transition",
        "项目不能从「{0}」变为「{1}」（允许：{2}）", "a project cannot go from {0} to {1} (allowed: {2})");

    public static readonly ProblemRule ReasonRequired = new("reason-required",
        "「{0}」必须写明原因", "{0} needs a reason");

    public static readonly ProblemRule PermitMissing = new("permit-missing",
        "拿地新建项目开工前须取得施工许可（前期清单「施工许可」未完成）", "a new build cannot start construction before its construction permit (pre-start checklist) is done");

    public static readonly ProblemRule DateBeforePrevious = new("date-order",
        "日期 {0} 早于项目进入当前阶段的日期 {1}", "date {0} is before the day the project reached its current stage ({1})");

    public static readonly ProblemRule DateInFuture = new("date-future", "日期 {0} 晚于今天", "date {0} is in the future");

    public static readonly ProblemRule NotApplicable = new("stage-not-applicable",
        "「{0}」不适用于{1}项目", "{0} does not apply to a project on {1}");

    /// <summary>The stages the project may go to next.</summary>
    public static IReadOnlyList<ProjectStage> Next(ProjectStage from, SpaceRoute route, ProjectStage? suspendedFrom)
    {
        switch (from)
        {
            case ProjectStage.FullOutput:
            case ProjectStage.Terminated:
                return [];
            case ProjectStage.Suspended:
                return suspendedFrom is { } back ? [back, ProjectStage.Terminated] : [ProjectStage.Terminated];
            default:
                return [NextOnMainLine(from, route), ProjectStage.Suspended, ProjectStage.Terminated];
        }
    }

    /// <summary>The main-line stages that apply to a route, in order.</summary>
    public static IReadOnlyList<ProjectStage> StagesOf(SpaceRoute route) =>
        InvestmentTerms.MainLine.Where(s => AppliesTo(s, route)).ToArray();

    public static bool AppliesTo(ProjectStage stage, SpaceRoute route) =>
        route == SpaceRoute.NewBuild || stage is not (ProjectStage.ToppedOut or ProjectStage.Completed);

    /// <summary>Why the move is refused, or null when it is allowed.</summary>
    public static Problem? Check(ProjectStage from, ProjectStage to, SpaceRoute route, ProjectStage? suspendedFrom, string? reason, bool permitDone)
    {
        var next = Next(from, route, suspendedFrom);
        if (!next.Contains(to))
        {
            return Illegal.For("to", InvestmentTerms.Stage(from), InvestmentTerms.Stage(to),
                next.Count == 0 ? UiLanguage.Pick("无，项目已结束", "none, the project is closed") : string.Join(UiLanguage.Pick("、", ", "), next.Select(InvestmentTerms.Stage)));
        }
        if (to is ProjectStage.Suspended or ProjectStage.Terminated && string.IsNullOrWhiteSpace(reason))
        {
            return ReasonRequired.For("reason", InvestmentTerms.Stage(to));
        }
        if (to == ProjectStage.ConstructionStarted && route == SpaceRoute.NewBuild && !permitDone)
        {
            return PermitMissing.For("to");
        }
        return null;
    }

    /// <summary>How far along the main line a stage is, 0 (线索) to 1 (达产); a suspended project counts where it stopped.</summary>
    public static int Rank(ProjectStage stage, ProjectStage? suspendedFrom) => stage switch
    {
        ProjectStage.Suspended => (int)(suspendedFrom ?? ProjectStage.Lead),
        ProjectStage.Terminated => -1,
        _ => (int)stage,
    };

    /// <summary>Whether the project has reached a main-line stage (a suspended one counts up to the stage it left).</summary>
    public static bool HasReached(ProjectStage stage, ProjectStage? suspendedFrom, ProjectStage milestone) =>
        stage != ProjectStage.Terminated && Rank(stage, suspendedFrom) >= (int)milestone;

    private static ProjectStage NextOnMainLine(ProjectStage from, SpaceRoute route)
    {
        var stages = StagesOf(route);
        var index = IndexOn(stages, from);
        return stages[index + 1];
    }

    private static int IndexOn(IReadOnlyList<ProjectStage> stages, ProjectStage stage)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] == stage)
            {
                return i;
            }
        }
        // A leased project recorded at a construction stage before its route changed continues from the next applicable one.
        return stages.Count(s => s < stage) - 1;
    }
}
