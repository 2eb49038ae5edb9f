using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.GetPipeline;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.GetTimeline;

public sealed record TimelineStage(ProjectStage Stage, DateOnly? PlannedOn, DateOnly? ActualOn, bool Overdue);

public sealed record TimelineRow(int ProjectId, string Name, ProjectStage Stage, IReadOnlyList<TimelineStage> Stages, DateOnly Start, DateOnly End);

/// <summary>The Gantt of a project list (or of all projects): per project its planned and actual date for each stage of its route.</summary>
public sealed record TimelineView(IReadOnlyList<TimelineRow> Rows, DateOnly Today, DateOnly Start, DateOnly End);

public sealed class GetTimelineHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public async Task<TimelineView?> HandleAsync(GetPipelineQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var readable = await ProjectLoader.ReadableAsync(db, registry, actor, query.ZoneId, ct);
        if (readable is null)
        {
            return null;
        }
        var projects = GetPipelineHandler.Filter(readable, query);
        var today = clock.Today();
        var rows = new List<TimelineRow>();
        foreach (var p in projects)
        {
            var stages = ProjectTransitions.StagesOf(p.Route)
                .Select(s => new TimelineStage(s, p.PlannedOn(s), p.ReachedOn(s),
                    p.PlannedOn(s) is { } planned && planned < today && p.ReachedOn(s) is null && p.IsOpen))
                .Where(s => s.PlannedOn is not null || s.ActualOn is not null).ToList();
            var days = stages.SelectMany(s => new[] { s.PlannedOn, s.ActualOn }).OfType<DateOnly>().Append(p.CreatedOn).ToList();
            rows.Add(new TimelineRow(p.Id, p.Name, p.Stage, stages, days.Min(), days.Max()));
        }
        rows = rows.OrderBy(r => r.Start).ThenBy(r => r.ProjectId).ToList();
        return new TimelineView(rows, today, rows.Count == 0 ? today : rows.Min(r => r.Start), rows.Count == 0 ? today : rows.Max(r => r.End));
    }
}
