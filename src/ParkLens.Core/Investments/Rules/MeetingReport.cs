using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

public sealed record ReportProject(int Id, string Name, string Investor, ProjectStage Stage, string? Commissioner, decimal? TotalInvestment);

public sealed record ReportStageChange(ReportProject Project, ProjectStage From, ProjectStage To, DateOnly On, string By, string? Reason);

public sealed record OverdueMilestone(ReportProject Project, ProjectStage Stage, DateOnly PlannedOn, int DaysLate);

public sealed record StalledProject(ReportProject Project, DateOnly LastProgressOn, int DaysStill);

/// <summary>The weekly meeting report (项目例会) for a date range.</summary>
public sealed record MeetingReportData(
    DateOnly From, DateOnly To, int StalledAfterDays,
    IReadOnlyList<ReportProject> NewProjects, IReadOnlyList<ReportStageChange> StageChanges,
    IReadOnlyList<OverdueMilestone> Overdue, IReadOnlyList<StalledProject> Stalled,
    int SignedCount, decimal SignedInvestment, int StartedCount, decimal StartedInvestment, decimal CompletedInvestment);

public static class MeetingReport
{
    public const int DefaultStalledAfterDays = 30;

    /// <summary>
    /// New projects and stage changes dated within [from, to]; milestones planned on or before <paramref name="to"/> and not
    /// reached; open, not suspended projects without progress for <paramref name="stalledAfterDays"/> days at <paramref name="to"/>;
    /// investment completed in the months the range touches.
    /// </summary>
    public static MeetingReportData Build(IReadOnlyCollection<ProjectFacts> projects, DateOnly from, DateOnly to, int stalledAfterDays = DefaultStalledAfterDays)
    {
        var newProjects = projects.Where(p => p.CreatedOn >= from && p.CreatedOn <= to).OrderBy(p => p.CreatedOn).ThenBy(p => p.Id).Select(Ref).ToList();
        var changes = projects
            .SelectMany(p => p.History.Where(h => h.On >= from && h.On <= to).Select(h => new ReportStageChange(Ref(p), h.From, h.To, h.On, h.By, h.Reason)))
            .OrderBy(c => c.On).ThenBy(c => c.Project.Id).ToList();
        var overdue = Overdue(projects, to);
        var stalled = projects
            .Where(p => p.IsOpen && p.Stage != ProjectStage.Suspended && to.DayNumber - p.LastProgressOn.DayNumber >= stalledAfterDays)
            .Select(p => new StalledProject(Ref(p), p.LastProgressOn, to.DayNumber - p.LastProgressOn.DayNumber))
            .OrderByDescending(s => s.DaysStill).ThenBy(s => s.Project.Id).ToList();
        var signed = changes.Where(c => c.To == ProjectStage.Contracted).ToList();
        var started = changes.Where(c => c.To == ProjectStage.ConstructionStarted).ToList();
        var months = MonthsTouched(from, to);
        var completed = projects.Sum(p => p.Months.Where(m => months.Contains((m.Year, m.Month))).Sum(m => m.Completed));
        return new MeetingReportData(from, to, stalledAfterDays, newProjects, changes, overdue, stalled,
            signed.Count, signed.Sum(c => c.Project.TotalInvestment ?? 0), started.Count, started.Sum(c => c.Project.TotalInvestment ?? 0), completed);
    }

    /// <summary>Milestones of open projects planned on or before <paramref name="asOf"/> that the project has not reached.</summary>
    public static IReadOnlyList<OverdueMilestone> Overdue(IEnumerable<ProjectFacts> projects, DateOnly asOf) => projects
        .Where(p => p.Stage != ProjectStage.Terminated && p.Stage != ProjectStage.FullOutput)
        .SelectMany(p => p.Milestones
            .Where(m => m.PlannedOn is { } planned && planned <= asOf && m.ActualOn is null
                && ProjectTransitions.AppliesTo(m.Stage, p.Route) && !ProjectTransitions.HasReached(p.Stage, p.SuspendedFrom, m.Stage))
            .Select(m => new OverdueMilestone(Ref(p), m.Stage, m.PlannedOn!.Value, asOf.DayNumber - m.PlannedOn.Value.DayNumber)))
        .OrderByDescending(o => o.DaysLate).ThenBy(o => o.Project.Id).ToList();

    internal static ReportProject Ref(ProjectFacts p) => new(p.Id, p.Name, p.Investor, p.Stage, p.Commissioner, p.TotalInvestment);

    private static HashSet<(int, int)> MonthsTouched(DateOnly from, DateOnly to)
    {
        var months = new HashSet<(int, int)>();
        for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(1))
        {
            months.Add((d.Year, d.Month));
        }
        return months;
    }
}
