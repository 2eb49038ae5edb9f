using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.ListGroupStarts;

public sealed record GroupStartProject(int Id, string Name, string Investor, decimal? TotalInvestment, decimal YearPlan, bool IsSynthetic);

/// <summary>
/// A 集中开工 event with the totals computed from its projects (total investment, and the plan for the event's year)
/// beside the totals the organisers announced.
/// </summary>
public sealed record GroupStartView(
    int Id, int ZoneId, string ZoneName, string Name, DateOnly On, string? Place, IReadOnlyList<GroupStartProject> Projects,
    decimal TotalInvestment, decimal YearPlan, decimal? AnnouncedTotalInvestment, decimal? AnnouncedYearPlan, int? AnnouncedProjectCount, string? Source);

public sealed class ListGroupStartsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, ICurrentActor actor)
{
    public async Task<IReadOnlyList<GroupStartView>?> HandleAsync(int? zoneId, CancellationToken ct)
    {
        if (!InvestmentProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var groups = await db.GroupStarts.AsNoTracking().Where(g => zoneId == null || g.ZoneId == zoneId).OrderByDescending(g => g.On).ToListAsync(ct);
        var projects = (await ProjectLoader.LoadAsync(db, zoneId, ct)).Where(p => p.GroupStartId is not null).ToLookup(p => p.GroupStartId!.Value);
        var zoneNames = (await directory.ZonesAsync(db, ct)).ToDictionary(z => z.Id, z => z.ShortName);
        return groups.Select(g =>
        {
            var members = projects[g.Id].Select(p => new GroupStartProject(p.Id, p.Name, p.Investor, p.TotalInvestment, p.PlannedFor(g.On.Year), p.IsSynthetic))
                .OrderByDescending(p => p.TotalInvestment ?? 0).ToList();
            return new GroupStartView(g.Id, g.ZoneId, zoneNames.GetValueOrDefault(g.ZoneId, ""), g.Name, g.On, g.Place, members,
                members.Sum(m => m.TotalInvestment ?? 0), members.Sum(m => m.YearPlan), g.AnnouncedTotalInvestment, g.AnnouncedYearPlan,
                g.AnnouncedProjectCount, g.Source);
        }).ToList();
    }
}
