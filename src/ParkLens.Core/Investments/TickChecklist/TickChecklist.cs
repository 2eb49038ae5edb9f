using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.TickChecklist;

/// <summary>Marks a 拿地即开工 pre-start item done on a day (DoneOn null reopens it).</summary>
public sealed record TickChecklistCommand(int ProjectId, PreStartItem Item, DateOnly? DoneOn, string? Note = null);

public sealed class TickChecklistHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(TickChecklistCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Checklist).FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", command.ProjectId));
        }
        var problems = new List<Problem>();
        if (command.DoneOn is { } done && done > clock.Today())
        {
            problems.Add(InvestmentProblems.DateInFuture.For("doneOn", done));
        }
        problems.CheckText("note", command.Note, 400);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var item = project.Checklist.FirstOrDefault(c => c.Item == command.Item);
        if (item is null)
        {
            item = new ProjectChecklistItem { ZoneId = project.ZoneId, Item = command.Item };
            project.Checklist.Add(item);
        }
        item.DoneOn = command.DoneOn;
        item.Note = InvestmentProblems.Clean(command.Note) ?? item.Note;
        if (command.DoneOn is { } day && day > project.LastProgressOn)
        {
            project.LastProgressOn = day;
        }
        project.Provenance = Provenance.Of(DataSource.Form, $"前期清单 {command.Item}", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(project.Id);
    }
}
