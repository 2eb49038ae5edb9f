using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

public enum AlertKind
{
    OverdueMilestone,
    Stalled,
    Breach,
}

/// <summary>Something a commissioner must act on, with the agreement's remedies when it is a breach.</summary>
public sealed record ProjectAlert(AlertKind Kind, ReportProject Project, string Message, int DaysLate, string? Remedies);

/// <summary>A commissioner's daily digest: the alerts of the projects they drive, worst first.</summary>
public sealed record AlertDigest(string Commissioner, IReadOnlyList<ProjectAlert> Alerts);

public static class ProjectAlerts
{
    public static IReadOnlyList<ProjectAlert> Of(
        IReadOnlyCollection<ProjectFacts> projects, IReadOnlyDictionary<int, IReadOnlyList<CommitmentCheck>> checks,
        IReadOnlyDictionary<int, string?> remedies, DateOnly today, int stalledAfterDays = MeetingReport.DefaultStalledAfterDays)
    {
        var alerts = new List<ProjectAlert>();
        foreach (var o in MeetingReport.Overdue(projects, today))
        {
            alerts.Add(new ProjectAlert(AlertKind.OverdueMilestone, o.Project,
                UiLanguage.Pick($"计划 {o.PlannedOn:yyyy-MM-dd}「{InvestmentTerms.Stage(o.Stage)}」，已逾期 {o.DaysLate} 天",
                    $"{InvestmentTerms.Stage(o.Stage)} was planned for {o.PlannedOn:yyyy-MM-dd}, {o.DaysLate} days overdue"), o.DaysLate, null));
        }
        foreach (var p in projects.Where(p => p.IsOpen && p.Stage != ProjectStage.Suspended && today.DayNumber - p.LastProgressOn.DayNumber >= stalledAfterDays))
        {
            var days = today.DayNumber - p.LastProgressOn.DayNumber;
            alerts.Add(new ProjectAlert(AlertKind.Stalled, MeetingReport.Ref(p),
                UiLanguage.Pick($"{days} 天无进展（最近进展 {p.LastProgressOn:yyyy-MM-dd}）", $"no progress for {days} days (last on {p.LastProgressOn:yyyy-MM-dd})"), days, null));
        }
        var byId = projects.ToDictionary(p => p.Id);
        foreach (var (projectId, list) in checks)
        {
            if (!byId.TryGetValue(projectId, out var p))
            {
                continue;
            }
            foreach (var c in list.Where(c => c.Status == CommitmentStatus.Breached))
            {
                var year = c.Year is { } y ? UiLanguage.Pick($"{y} 年", $" {y}") : "";
                alerts.Add(new ProjectAlert(AlertKind.Breach, MeetingReport.Ref(p),
                    UiLanguage.Pick($"违约：{CommitmentText(c.Kind)}{year}（约定 {c.Committed}，实际 {c.Actual}）：{c.Explanation}",
                        $"breach: {CommitmentText(c.Kind)}{year} (committed {c.Committed}, actual {c.Actual}): {c.Explanation}"),
                    0, remedies.GetValueOrDefault(projectId)));
            }
        }
        return alerts.OrderBy(a => a.Kind == AlertKind.Breach ? 0 : a.Kind == AlertKind.OverdueMilestone ? 1 : 2)
            .ThenByDescending(a => a.DaysLate).ThenBy(a => a.Project.Id).ToList();
    }

    /// <summary>The alerts grouped per commissioner; projects without one go under "未指定专员".</summary>
    public static IReadOnlyList<AlertDigest> Digest(IEnumerable<ProjectAlert> alerts) => alerts
        .GroupBy(a => string.IsNullOrWhiteSpace(a.Project.Commissioner) ? UiLanguage.Pick("未指定专员", "no commissioner") : a.Project.Commissioner!)
        .Select(g => new AlertDigest(g.Key, g.ToList()))
        .OrderByDescending(d => d.Alerts.Count).ThenBy(d => d.Commissioner, StringComparer.Ordinal).ToList();

    public static string CommitmentText(CommitmentKind kind) => kind switch
    {
        CommitmentKind.StartDate => UiLanguage.Pick("开工期限", "construction start deadline"),
        CommitmentKind.ProductionDate => UiLanguage.Pick("投产期限", "production deadline"),
        CommitmentKind.FullOutputDate => UiLanguage.Pick("达产期限", "full-output deadline"),
        CommitmentKind.IdleLand => UiLanguage.Pick("土地闲置", "idle land"),
        CommitmentKind.Investment => UiLanguage.Pick("投资总额", "investment amount"),
        CommitmentKind.Intensity => UiLanguage.Pick("投资强度", "investment intensity"),
        CommitmentKind.AnnualOutput => UiLanguage.Pick("年产值", "annual output"),
        CommitmentKind.AnnualTax => UiLanguage.Pick("年税收", "annual tax"),
        CommitmentKind.TaxPerMu => UiLanguage.Pick("亩均税收", "tax per mu"),
        _ => kind.ToString(),
    };
}
