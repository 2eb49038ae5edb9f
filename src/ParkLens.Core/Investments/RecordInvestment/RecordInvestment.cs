using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.RecordInvestment;

/// <summary>
/// A project's investment for a year: the year's plan (年度计划投资) and/or the investment completed in given months
/// (万元; a null month clears it). A month can be reported only once it is over.
/// </summary>
public sealed record RecordInvestmentCommand(int ProjectId, int Year, decimal? Planned, IReadOnlyDictionary<int, decimal?> Completed);

public sealed class RecordInvestmentHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(RecordInvestmentCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.YearPlans).Include(p => p.MonthlyInvestments).FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", command.ProjectId));
        }
        var problems = Check(command, clock.Today(), clock);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        Apply(project, command, clock.Today());
        project.Provenance = Provenance.Of(DataSource.Form, $"投资 {command.Year}", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(project.Id);
    }

    internal static List<Problem> Check(RecordInvestmentCommand command, DateOnly today, TimeProvider clock)
    {
        var problems = new List<Problem>();
        problems.CheckYear("year", command.Year, clock);
        problems.CheckAmount("planned", command.Planned);
        foreach (var (month, amount) in command.Completed)
        {
            if (month is < 1 or > 12)
            {
                problems.Add(InvestmentProblems.MonthRange.For($"completed.{month}"));
                continue;
            }
            problems.CheckAmount($"completed.{month}", amount);
            if (amount is not null && new DateOnly(command.Year, month, 1).AddMonths(1) > today)
            {
                problems.Add(InvestmentProblems.FutureMonth.For($"completed.{month}", command.Year, month));
            }
        }
        return problems;
    }

    internal static void Apply(Project project, RecordInvestmentCommand command, DateOnly today)
    {
        if (command.Planned is { } planned)
        {
            var plan = project.YearPlans.FirstOrDefault(p => p.Year == command.Year);
            if (plan is null)
            {
                project.YearPlans.Add(new ProjectYearPlan { ZoneId = project.ZoneId, Year = command.Year, Planned = planned });
            }
            else
            {
                plan.Planned = planned;
            }
        }
        foreach (var (month, amount) in command.Completed)
        {
            var row = project.MonthlyInvestments.FirstOrDefault(m => m.Year == command.Year && m.Month == month);
            if (amount is null)
            {
                if (row is not null)
                {
                    project.MonthlyInvestments.Remove(row);
                }
                continue;
            }
            if (row is null)
            {
                project.MonthlyInvestments.Add(new ProjectMonthlyInvestment { ZoneId = project.ZoneId, Year = command.Year, Month = month, Completed = amount.Value });
            }
            else
            {
                row.Completed = amount.Value;
            }
            var monthEnd = new DateOnly(command.Year, month, 1).AddMonths(1).AddDays(-1);
            var progress = monthEnd < today ? monthEnd : today;
            if (amount > 0 && progress > project.LastProgressOn)
            {
                project.LastProgressOn = progress;
            }
        }
    }
}
