using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.SaveGroupStart;

/// <summary>
/// Records a 集中开工 event of a zone and the projects started at it. Every project must be of the zone and have
/// started construction on the event's day; the organisers' announced totals are kept beside the computed ones.
/// </summary>
public sealed record SaveGroupStartCommand(
    int ZoneId, string Name, DateOnly On, IReadOnlyList<int> ProjectIds, string? Place = null, decimal? AnnouncedTotalInvestment = null,
    decimal? AnnouncedYearPlan = null, int? AnnouncedProjectCount = null, string? Source = null);

public sealed class SaveGroupStartHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SaveGroupStartCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return CommandResult.Refused(InvestmentProblems.NoZone.For("zoneId", command.ZoneId));
        }
        var problems = new List<Problem>();
        problems.CheckText("name", command.Name, 200, required: true);
        problems.CheckText("place", command.Place, 200);
        problems.CheckText("source", command.Source, 600);
        problems.CheckAmount("announcedTotalInvestment", command.AnnouncedTotalInvestment);
        problems.CheckAmount("announcedYearPlan", command.AnnouncedYearPlan);
        if (command.On > clock.Today())
        {
            problems.Add(InvestmentProblems.DateInFuture.For("on", command.On));
        }
        if (command.ProjectIds.Count == 0)
        {
            problems.Add(InvestmentProblems.Required.For("projectIds"));
        }
        var ids = command.ProjectIds.Distinct().ToList();
        var projects = await db.Projects.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var starts = await db.ProjectStageChanges.Where(h => ids.Contains(h.ProjectId) && h.To == ProjectStage.ConstructionStarted)
            .GroupBy(h => h.ProjectId).Select(g => new { g.Key, On = g.Max(h => h.On) }).ToDictionaryAsync(x => x.Key, x => x.On, ct);
        foreach (var id in ids)
        {
            var project = projects.FirstOrDefault(p => p.Id == id);
            if (project is null || project.ZoneId != command.ZoneId)
            {
                problems.Add(InvestmentProblems.GroupStartOtherZone.For($"projectIds.{id}", id));
            }
            else if (starts.GetValueOrDefault(id) is var started && started != command.On)
            {
                problems.Add(InvestmentProblems.GroupStartProject.For($"projectIds.{id}", project.Name,
                    started == default ? UiLanguage.Pick("（未开工）", "(not started)") : started.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), command.On));
            }
        }
        var name = command.Name.Trim();
        if (await db.GroupStarts.AnyAsync(g => g.ZoneId == command.ZoneId && g.Name == name, ct))
        {
            problems.Add(InvestmentProblems.DuplicateName.For("name", name));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var group = new GroupStart
        {
            ZoneId = command.ZoneId, Name = name, On = command.On, Place = InvestmentProblems.Clean(command.Place),
            AnnouncedTotalInvestment = command.AnnouncedTotalInvestment, AnnouncedYearPlan = command.AnnouncedYearPlan,
            AnnouncedProjectCount = command.AnnouncedProjectCount, Source = InvestmentProblems.Clean(command.Source),
            Provenance = Provenance.Of(DataSource.Form, "集中开工", now, actor.Name),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.GroupStarts.Add(group);
        await db.SaveChangesAsync(ct);
        foreach (var project in projects)
        {
            project.GroupStartId = group.Id;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult.Done(group.Id);
    }
}
