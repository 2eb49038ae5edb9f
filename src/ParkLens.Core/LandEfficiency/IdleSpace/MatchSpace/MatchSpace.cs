using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Contracts;
using ParkLens.Core.LandEfficiency.IdleSpace.ListSpaceUnits;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.IdleSpace.MatchSpace;

/// <summary>A need typed in, or (<see cref="ProjectId"/>) an open project's floor space need; the project's need wins when both are given.</summary>
public sealed record MatchSpaceQuery(int ZoneId, SpaceNeed? Need, int? ProjectId = null);

public sealed record SpaceMatchView(int ZoneId, SpaceNeed Need, ProjectSpaceNeed? Project, IReadOnlyList<SpaceMatch> Matches, IReadOnlyList<SpaceMiss> Misses, IReadOnlyList<ProjectSpaceNeed> OpenProjects);

/// <summary>A project lead whose floor space need the unit fits, with the need it was matched on.</summary>
public sealed record LeadForUnit(ProjectSpaceNeed Project, SpaceNeed Need);

public sealed record UnitLeadsView(int UnitId, string UnitName, decimal VacantAreaM2, IReadOnlyList<LeadForUnit> Leads);

/// <summary>Both directions of matching: a need → the zone's units ranked with reasons; a unit → the open projects whose need it fits.</summary>
public sealed class MatchSpaceHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, IProjectSpaceNeeds projects, ICurrentActor actor)
{
    public async Task<SpaceMatchView?> HandleAsync(MatchSpaceQuery query, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, query.ZoneId, ct))
        {
            return null;
        }
        var open = await projects.OpenAsync(db, query.ZoneId, ct);
        ProjectSpaceNeed? project = null;
        var need = query.Need;
        if (query.ProjectId is { } pid)
        {
            project = await projects.GetAsync(db, pid, ct);
            if (project is null || project.ZoneId != query.ZoneId)
            {
                return null;
            }
            if (project.FloorSpaceNeedM2 is { } floor)
            {
                need = SpaceNeed.ForFloorSpace(floor, project.SubParkId) with { MoveInOn = query.Need?.MoveInOn, MaxRent = query.Need?.MaxRent };
            }
        }
        need ??= new SpaceNeed(0, decimal.MaxValue);
        var subParks = await registry.SubParksAsync(db, query.ZoneId, ct);
        var units = await db.SpaceUnits.Where(u => u.ZoneId == query.ZoneId).AsNoTracking().ToListAsync(ct);
        var result = SpaceMatcher.Match(need, units.Select(u => ListSpaceUnitsHandler.Offer(u, subParks)));
        return new SpaceMatchView(query.ZoneId, need, project, result.Matches, result.Misses, open);
    }

    public async Task<UnitLeadsView?> LeadsAsync(int unitId, CancellationToken ct)
    {
        if (!IdleSpaceProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var unit = await db.SpaceUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return null;
        }
        var leads = (await projects.OpenAsync(db, unit.ZoneId, ct))
            .Select(p => new LeadForUnit(p, SpaceNeed.ForFloorSpace(p.FloorSpaceNeedM2!.Value, p.SubParkId)))
            .Where(l => SpaceMatcher.AreaFits(l.Need, unit.VacantAreaM2))
            .OrderBy(l => Math.Abs(l.Project.FloorSpaceNeedM2!.Value - unit.VacantAreaM2)).ThenBy(l => l.Project.Id)
            .ToList();
        return new UnitLeadsView(unit.Id, unit.Name, unit.VacantAreaM2, leads);
    }
}
