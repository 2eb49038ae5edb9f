using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

/// <summary>A project as the pipeline's computations see it: plain data, no database. Amounts in 万元.</summary>
public sealed record ProjectFacts(
    int Id, int ZoneId, string Name, string Investor, ProjectStage Stage, ProjectStage? SuspendedFrom, SpaceRoute Route,
    string? ChainKey, string? SegmentId, string? Commissioner, string? Department, string? LeadOfficial, ProjectPriority Priority,
    decimal? TotalInvestment, DateOnly CreatedOn, DateOnly StageSince, DateOnly LastProgressOn, int? GroupStartId, bool IsSynthetic,
    IReadOnlyList<MilestoneFact> Milestones, IReadOnlyList<StageChangeFact> History, IReadOnlyList<YearPlanFact> Plans,
    IReadOnlyList<MonthFact> Months, IReadOnlyList<ListFact> Lists, IReadOnlyList<decimal> ReviewScores)
{
    public bool IsOpen => !InvestmentTerms.IsClosed(Stage);

    /// <summary>The furthest main-line stage the project ever reached (a terminated project keeps what it reached before).</summary>
    public ProjectStage Furthest
    {
        get
        {
            var reached = History.Where(h => h.To <= ProjectStage.FullOutput).Select(h => h.To).Append(ProjectStage.Lead);
            if (Stage <= ProjectStage.FullOutput)
            {
                reached = reached.Append(Stage);
            }
            if (SuspendedFrom is { } from)
            {
                reached = reached.Append(from);
            }
            return reached.Max();
        }
    }

    /// <summary>The day the project entered a main-line stage, from its history (the latest entry when it went there twice).</summary>
    public DateOnly? ReachedOn(ProjectStage stage) =>
        History.Where(h => h.To == stage).Select(h => (DateOnly?)h.On).Max()
        ?? Milestones.FirstOrDefault(m => m.Stage == stage)?.ActualOn;

    public DateOnly? PlannedOn(ProjectStage stage) => Milestones.FirstOrDefault(m => m.Stage == stage)?.PlannedOn;

    public decimal PlannedFor(int year) => Plans.Where(p => p.Year == year).Sum(p => p.Planned);

    public decimal CompletedIn(int year, int throughMonth = 12) =>
        Months.Where(m => m.Year == year && m.Month <= throughMonth).Sum(m => m.Completed);

    public decimal CompletedTotal => Months.Sum(m => m.Completed);
}

public sealed record MilestoneFact(ProjectStage Stage, DateOnly? PlannedOn, DateOnly? ActualOn);

public sealed record StageChangeFact(ProjectStage From, ProjectStage To, DateOnly On, string By, string? Reason, string? Document);

public sealed record YearPlanFact(int Year, decimal Planned);

public sealed record MonthFact(int Year, int Month, decimal Completed);

public sealed record ListFact(string ListName, int Year);
