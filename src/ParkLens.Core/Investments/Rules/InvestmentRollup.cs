namespace ParkLens.Core.Investments.Rules;

public enum RollupDimension
{
    Zone,
    Chain,
    Commissioner,
    Department,
    List,
}

/// <summary>One group's investment in a year: planned, completed through a month, and the completion rate (null without a plan).</summary>
public sealed record RollupRow(string Key, int Projects, decimal TotalInvestment, decimal Planned, decimal Completed)
{
    public decimal? CompletionRate => Planned > 0 ? Math.Round(Completed / Planned, 4) : null;
}

/// <summary>
/// 年度计划投资 versus 完成投资 by zone, chain, commissioner, department or key-project list. A project on two lists counts
/// in both lists' rows (each list is reported on its own), but once in the total.
/// </summary>
public static class InvestmentRollup
{
    public const string None = "";

    public static IReadOnlyList<RollupRow> By(
        IReadOnlyCollection<ProjectFacts> projects, RollupDimension dimension, int year, int throughMonth, Func<int, string>? zoneName = null)
    {
        var rows = projects
            .SelectMany(p => KeysOf(p, dimension, year, zoneName).Select(key => (key, p)))
            .GroupBy(x => x.key, x => x.p)
            .Select(g => Row(g.Key, g.ToList(), year, throughMonth))
            .OrderByDescending(r => r.Planned).ThenByDescending(r => r.Completed).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return rows;
    }

    public static RollupRow Total(IReadOnlyCollection<ProjectFacts> projects, int year, int throughMonth) =>
        Row(Common.UiLanguage.Pick("合计", "total"), projects.ToList(), year, throughMonth);

    private static RollupRow Row(string key, List<ProjectFacts> projects, int year, int throughMonth) => new(
        key, projects.Count, projects.Sum(p => p.TotalInvestment ?? 0), projects.Sum(p => p.PlannedFor(year)),
        projects.Sum(p => p.CompletedIn(year, throughMonth)));

    private static IEnumerable<string> KeysOf(ProjectFacts p, RollupDimension dimension, int year, Func<int, string>? zoneName) => dimension switch
    {
        RollupDimension.Zone => [zoneName?.Invoke(p.ZoneId) ?? p.ZoneId.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        RollupDimension.Chain => [p.ChainKey ?? None],
        RollupDimension.Commissioner => [p.Commissioner ?? None],
        RollupDimension.Department => [p.Department ?? None],
        RollupDimension.List => p.Lists.Where(l => l.Year == year).Select(l => l.ListName).Distinct(),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
