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
        var chain = BuiltInChains.Find(query.ChainKey) is not null ? (await ChainCatalog.FindAsync(db, directory, null, query.ChainKey, ct))?.Template : null;
        if (chain is null)
        {
            return null;
        }
        var zones = await directory.ZonesAsync(db, ct);
        var assignments = await db.SegmentAssignments.Where(a => a.ChainKey == query.ChainKey)
            .Select(a => new { a.ZoneId, a.EnterpriseId, a.SegmentId, a.Status, a.Confidence }).AsNoTracking().ToListAsync(ct);
        var counted = assignments.Where(a => SegmentAssignment.Counts(a.Status, a.Confidence) && chain.Segment(a.SegmentId) is { IsGroup: false }).ToList();
        var sizes = (await directory.SizesAsync(db, counted.Select(a => a.EnterpriseId).ToList(), query.Year, query.Year, ct)).ToDictionary(s => s.EnterpriseId);
        var members = counted.Select(a => (a.ZoneId, Member: new ChainMember(a.EnterpriseId, "", a.SegmentId, sizes.GetValueOrDefault(a.EnterpriseId)?.Revenue,
            sizes.GetValueOrDefault(a.EnterpriseId)?.GrossOutput, false))).ToList();
        var byZone = members.ToLookup(m => m.ZoneId, m => m.Member);
        var rows = zones.Select(z =>
        {
            var analysis = ChainAnalyzer.Analyze(chain, byZone[z.Id].ToList(), []);
            return new HeatmapZone(z.Id, z.ShortName, z.AuthorityName, analysis.Members, analysis.Coverage, analysis.Revenue, analysis.Segments);
        }).OrderByDescending(z => z.Coverage).ThenByDescending(z => z.Members).ThenBy(z => z.ZoneId).ToList();
        var combined = ChainAnalyzer.Analyze(chain, members.Select(m => m.Member).ToList(), []);
        return new ChainHeatmap(chain.Key, chain.Name.Text, query.Year, chain.Leaves.Select(l => new HeatmapSegment(l.Id, chain.PathOf(l.Id), l.Stage)).ToList(),
            rows, combined);
    }
}
