using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.GetChainHeatmap;

public sealed record GetChainHeatmapQuery(string ChainKey, int Year);

public sealed record HeatmapZone(int ZoneId, string ZoneName, string AuthorityName, int Members, decimal Coverage, decimal Revenue, IReadOnlyList<SegmentStats> Cells);

public sealed record HeatmapSegment(string Id, string Path, ChainStage Stage);

/// <summary>
/// The authority's view of one chain: zones × segments (how many local enterprises, revenue, health), and the chain
/// analysed over all the zones together — which links the whole province lacks.
/// </summary>
public sealed record ChainHeatmap(string ChainKey, string ChainName, int Year, IReadOnlyList<HeatmapSegment> Segments, IReadOnlyList<HeatmapZone> Zones, ChainAnalysis Combined);

public sealed class GetChainHeatmapHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory)
{
    public async Task<ChainHeatmap?> HandleAsync(GetChainHeatmapQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (BuiltInChains.Find(query.ChainKey) is null)
        {
            return null;
        }
        var zones = await directory.ZonesAsync(db, ct);
        // Each zone is read against the version of the chain in force for it (its authority may have edited it); the
        // columns and the combined view are the caller's version.
        var byAuthority = new Dictionary<int, ChainTemplate>();
        foreach (var authorityId in zones.Select(z => z.AuthorityId).Distinct())
        {
            byAuthority[authorityId] = (await ChainCatalog.ForAsync(db, null, authorityId, ct)).First(c => c.Template.Key == query.ChainKey).Template;
        }
        var chain = (await ChainCatalog.ForAsync(db, null, ChainCatalog.AuthorityOf(zones), ct)).First(c => c.Template.Key == query.ChainKey).Template;
        var assignments = await db.SegmentAssignments.Where(a => a.ChainKey == query.ChainKey)
            .Select(a => new { a.ZoneId, a.EnterpriseId, a.SegmentId, a.Status, a.Confidence }).AsNoTracking().ToListAsync(ct);
        var counted = assignments.Where(a => SegmentAssignment.Counts(a.Status, a.Confidence)).ToList();
        var sizes = (await directory.SizesAsync(db, counted.Select(a => a.EnterpriseId).ToList(), query.Year, query.Year, ct)).ToDictionary(s => s.EnterpriseId);
        var members = counted.Select(a => (a.ZoneId, Member: new ChainMember(a.EnterpriseId, "", a.SegmentId, sizes.GetValueOrDefault(a.EnterpriseId)?.Revenue,
            sizes.GetValueOrDefault(a.EnterpriseId)?.GrossOutput, false))).ToList();
        var byZone = members.ToLookup(m => m.ZoneId, m => m.Member);
        var rows = zones.Select(z =>
        {
            var analysis = ChainAnalyzer.Analyze(byAuthority[z.AuthorityId], byZone[z.Id].ToList(), []);
            var cells = chain.Leaves.Select(l => analysis.Of(l.Id) ?? EmptyCell(l.Id)).ToList();
            return new HeatmapZone(z.Id, z.ShortName, z.AuthorityName, analysis.Members, analysis.Coverage, analysis.Revenue, cells);
        }).OrderByDescending(z => z.Coverage).ThenByDescending(z => z.Members).ThenBy(z => z.ZoneId).ToList();
        var combined = ChainAnalyzer.Analyze(chain, members.Select(m => m.Member).ToList(), []);
        return new ChainHeatmap(chain.Key, chain.Name.Text, query.Year, chain.Leaves.Select(l => new HeatmapSegment(l.Id, chain.PathOf(l.Id), l.Stage)).ToList(),
            rows, combined);
    }

    // A segment the zone's version of the chain does not have: shown empty, not as a gap the zone could fill.
    private static SegmentStats EmptyCell(string segmentId) => new(segmentId, 0, 0, 0, 0, null, null, null, null, SegmentHealth.Gap, []);
}
