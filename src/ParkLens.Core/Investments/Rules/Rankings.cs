using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

/// <summary>
/// One commissioner's or department's figures for 指标公示 in a year: investment of projects signed that year, projects
/// started that year, investment completion against the year's plan, and the average site-review score of its projects.
/// </summary>
public sealed record RankingRow(
    string Who, int Projects, int SignedCount, decimal SignedInvestment, int Started, decimal Planned, decimal Completed, decimal? ReviewAverage)
{
    public decimal? CompletionRate => Planned > 0 ? Math.Round(Completed / Planned, 4) : null;

    public int Rank { get; init; }
}

public static class Rankings
{
    /// <summary>Ranked by signed investment, then projects started, then completion rate; equal figures share a rank.</summary>
    public static IReadOnlyList<RankingRow> Of(IReadOnlyCollection<ProjectFacts> projects, bool byDepartment, int year, int throughMonth = 12)
    {
        var rows = projects
            .GroupBy(p => (byDepartment ? p.Department : p.Commissioner) ?? "")
            .Where(g => g.Key.Length > 0)
            .Select(g =>
            {
                var list = g.ToList();
                var signed = list.Where(p => SignedIn(p, year)).ToList();
                var scores = list.SelectMany(p => p.ReviewScores).ToList();
                return new RankingRow(g.Key, list.Count, signed.Count, signed.Sum(p => p.TotalInvestment ?? 0),
                    list.Count(p => StartedIn(p, year)), list.Sum(p => p.PlannedFor(year)), list.Sum(p => p.CompletedIn(year, throughMonth)),
                    scores.Count == 0 ? null : Math.Round(scores.Average(), 1));
            })
            .OrderByDescending(r => r.SignedInvestment).ThenByDescending(r => r.Started).ThenByDescending(r => r.CompletionRate ?? -1).ThenBy(r => r.Who, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankingRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var same = i > 0 && rows[i].SignedInvestment == rows[i - 1].SignedInvestment && rows[i].Started == rows[i - 1].Started
                && rows[i].CompletionRate == rows[i - 1].CompletionRate;
            ranked.Add(rows[i] with { Rank = same ? ranked[i - 1].Rank : i + 1 });
        }
        return ranked;
    }

    private static bool SignedIn(ProjectFacts p, int year) => p.ReachedOn(ProjectStage.Contracted)?.Year == year;

    private static bool StartedIn(ProjectFacts p, int year) => p.ReachedOn(ProjectStage.ConstructionStarted)?.Year == year;
}
