using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.GetPipeline;

/// <summary>The pipeline of one zone (ZoneId) or of every zone in the caller's scope, optionally narrowed.</summary>
public sealed record GetPipelineQuery(int? ZoneId = null, string? ListName = null, int? ListYear = null, string? ChainKey = null,
    string? Commissioner = null, string? Search = null);

public sealed record PipelineCard(
    int Id, int ZoneId, string ZoneName, string Name, string Investor, ProjectStage Stage, ProjectStage? SuspendedFrom, DateOnly StageSince,
    decimal? TotalInvestment, string? ChainKey, string? Commissioner, string? Department, ProjectPriority Priority, SpaceRoute Route,
    int DaysAtStage, bool Overdue, bool Stalled, bool IsSynthetic);

public sealed record PipelineView(
    IReadOnlyList<PipelineCard> Cards, IReadOnlyList<FunnelStep> Funnel, decimal TotalInvestment, IReadOnlyList<string> Lists,
    IReadOnlyList<string> Commissioners, IReadOnlyList<string> Chains, DateOnly Today);

public sealed class GetPipelineHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public async Task<PipelineView?> HandleAsync(GetPipelineQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var all = await ProjectLoader.ReadableAsync(db, registry, actor, query.ZoneId, ct);
        if (all is null)
        {
            return null;
        }
        var projects = Filter(all, query);
        var zoneNames = (await directory.ZonesAsync(db, ct)).ToDictionary(z => z.Id, z => z.ShortName);
        var today = clock.Today();
        var overdue = MeetingReport.Overdue(projects, today).Select(o => o.Project.Id).ToHashSet();
        var cards = projects.Select(p => new PipelineCard(
                p.Id, p.ZoneId, zoneNames.GetValueOrDefault(p.ZoneId, ""), p.Name, p.Investor, p.Stage, p.SuspendedFrom, p.StageSince, p.TotalInvestment,
                p.ChainKey, p.Commissioner, p.Department, p.Priority, p.Route, today.DayNumber - p.StageSince.DayNumber, overdue.Contains(p.Id),
                p.IsOpen && p.Stage != ProjectStage.Suspended && today.DayNumber - p.LastProgressOn.DayNumber >= MeetingReport.DefaultStalledAfterDays,
                p.IsSynthetic))
            .OrderByDescending(c => c.TotalInvestment ?? 0).ThenBy(c => c.Id).ToList();
        return new PipelineView(cards, PipelineFunnel.Of(projects), projects.Sum(p => p.TotalInvestment ?? 0),
            all.SelectMany(p => p.Lists.Select(l => l.ListName)).Distinct().Order(StringComparer.Ordinal).ToList(),
            all.Select(p => p.Commissioner).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            all.Select(p => p.ChainKey).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(), today);
    }

    internal static List<ProjectFacts> Filter(IEnumerable<ProjectFacts> projects, GetPipelineQuery q) => projects
        .Where(p => q.ListName is null || p.Lists.Any(l => l.ListName == q.ListName && (q.ListYear is null || l.Year == q.ListYear)))
        .Where(p => q.ListName is not null || q.ListYear is null || p.Lists.Any(l => l.Year == q.ListYear))
        .Where(p => q.ChainKey is null || p.ChainKey == q.ChainKey)
        .Where(p => q.Commissioner is null || p.Commissioner == q.Commissioner)
        .Where(p => string.IsNullOrWhiteSpace(q.Search) || p.Name.Contains(q.Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || p.Investor.Contains(q.Search.Trim(), StringComparison.OrdinalIgnoreCase))
        .ToList();
}
