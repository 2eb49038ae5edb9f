using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

public sealed record ForecastItem(ReportProject Project, ProjectStage Milestone, DateOnly PlannedOn, ProjectStage CurrentStage);

/// <summary>项目预报: projects planned to sign, start construction or start production in a month, and not there yet.</summary>
public static class ProjectForecast
{
    public static readonly IReadOnlyList<ProjectStage> Forecast = [ProjectStage.Contracted, ProjectStage.ConstructionStarted, ProjectStage.InProduction];

    public static IReadOnlyList<ForecastItem> For(IEnumerable<ProjectFacts> projects, int year, int month) => projects
        .Where(p => p.IsOpen)
        .SelectMany(p => p.Milestones
            .Where(m => Forecast.Contains(m.Stage) && m.PlannedOn is { } d && d.Year == year && d.Month == month
                && m.ActualOn is null && ProjectTransitions.AppliesTo(m.Stage, p.Route) && !ProjectTransitions.HasReached(p.Stage, p.SuspendedFrom, m.Stage))
            .Select(m => new ForecastItem(MeetingReport.Ref(p), m.Stage, m.PlannedOn!.Value, p.Stage)))
        .OrderBy(f => f.Milestone).ThenBy(f => f.PlannedOn).ThenBy(f => f.Project.Id).ToList();

    /// <summary>The month after <paramref name="today"/>'s.</summary>
    public static (int Year, int Month) NextMonth(DateOnly today)
    {
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return (next.Year, next.Month);
    }
}
