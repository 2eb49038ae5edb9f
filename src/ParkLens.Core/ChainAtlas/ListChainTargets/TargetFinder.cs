using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.ListChainTargets;

/// <summary>A link the zone should fill or strengthen, and why.</summary>
public sealed record TargetSegment(string SegmentId, string Path, SegmentHealth Health, IReadOnlyList<WeakReason> WeakReasons, int LocalCount, int Candidates);

internal sealed record TargetSearch(ZoneChainData Data, ChainTemplate Chain, ChainAnalysis Analysis, IReadOnlyList<TargetSegment> Segments, IReadOnlyList<ScoredTarget> Ranked);

/// <summary>
/// Gathers the candidates for a zone's chain — enterprises of the other zones the caller may see, and the national pool
/// (less any company already in the zone or already among those enterprises) — and ranks them for the gaps and weak links.
/// </summary>
internal static class TargetFinder
{
    public static async Task<TargetSearch?> FindAsync(ParkDbContext db, IEnterpriseDirectory directory, int zoneId, string chainKey, int year, string? segmentId, CancellationToken ct)
    {
        var data = await ZoneChainData.LoadAsync(db, directory, zoneId, year, ct);
        var chain = data?.Chains.FirstOrDefault(c => c.Template.Key == chainKey)?.Template;
        if (data is null || chain is null)
        {
            return null;
        }
        var analysis = ChainAnalyzer.Analyze(chain, data.Members(chain, year), data.Supplies(chain, year));
        var targets = segmentId is not null && chain.Segment(segmentId) is { IsGroup: false }
            ? new HashSet<string>([segmentId], StringComparer.Ordinal)
            : analysis.Segments.Where(s => s.Health is SegmentHealth.Gap or SegmentHealth.Weak).Select(s => s.SegmentId).ToHashSet(StringComparer.Ordinal);

        var candidates = await CandidatesAsync(db, directory, data, chain, year, ct);
        var context = new TargetingContext(data.Zone.ProvinceCode, ProvinceCentres.Of, Ties(data, chain, analysis), TargetWeights.Default);
        var matcher = new SegmentMatcher([chain], ReferenceCodes.IndustryName);
        var ranked = TargetScorer.Rank(chain.Key, targets, candidates, matcher, context);
        var counts = ranked.GroupBy(r => r.SegmentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var segments = analysis.Segments.Where(s => targets.Contains(s.SegmentId))
            .Select(s => new TargetSegment(s.SegmentId, chain.PathOf(s.SegmentId), s.Health, s.WeakReasons, s.Count, counts.GetValueOrDefault(s.SegmentId)))
            .ToList();
        return new TargetSearch(data, chain, analysis, segments, ranked);
    }

    private static async Task<List<Candidate>> CandidatesAsync(ParkDbContext db, IEnterpriseDirectory directory, ZoneChainData data, ChainTemplate chain, int year, CancellationToken ct)
    {
        var divisions = chain.Leaves.SelectMany(l => l.IndustryCodes).Where(c => c.Length >= 2).Select(c => c[..2]).Distinct(StringComparer.Ordinal).ToList();
        var zones = (await directory.ZonesAsync(db, ct)).ToDictionary(z => z.Id);
        var others = await directory.OtherZoneProfilesAsync(db, data.Zone.Id, divisions, ct);
        var sizes = (await directory.SizesAsync(db, others.Select(o => o.Id).ToList(), year - 1, year, ct)).ToLookup(s => s.EnterpriseId);
        var result = new List<Candidate>(others.Count + 256);
        var taken = data.Enterprises.Values.Select(e => TargetingContext.NormaliseName(e.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var o in others)
        {
            var zone = zones.GetValueOrDefault(o.ZoneId);
            taken.Add(TargetingContext.NormaliseName(o.Name));
            result.Add(new Candidate($"ent:{o.Id}", o.Name, CandidateOrigin.OtherZone, o.ZoneId, zone?.ShortName, zone?.ProvinceCode ?? "", zone?.CityCode,
                new MatchSubject(o.Name, o.IndustryCode, o.MainProducts, o.BusinessScope, o.Tags), o.Certifications, o.IsListed, [],
                sizes[o.Id].FirstOrDefault(s => s.Year == year)?.Revenue, sizes[o.Id].FirstOrDefault(s => s.Year == year - 1)?.Revenue, o.IsSynthetic, null));
        }
        var key = chain.Key;
        var pool = await db.PoolCandidates.Where(c => c.Chains.Contains(key) || divisions.Contains(c.IndustryCode.Substring(0, 2)))
            .AsNoTracking().ToListAsync(ct);
        foreach (var p in pool.Where(p => !taken.Contains(TargetingContext.NormaliseName(p.Name))))
        {
            var lists = p.Lists.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result.Add(new Candidate($"pool:{p.Id}", p.Name, CandidateOrigin.NationalPool, null, null, p.ProvinceCode, p.CityCode,
                new MatchSubject(p.Name, p.IndustryCode, p.MainProducts, "", ""), Certifications.None, p.ListedBoard is not null, lists,
                null, null, false, p.Source));
        }
        return result;
    }

    private static Dictionary<string, IReadOnlyList<LocalTie>> Ties(ZoneChainData data, ChainTemplate chain, ChainAnalysis analysis)
    {
        var leaderId = data.Role(chain.Key)?.LeaderEnterpriseId;
        var segmentLeaders = analysis.Segments.Where(s => s.Leader is not null).Select(s => s.Leader!.EnterpriseId).ToHashSet();
        var members = data.Members(chain, data.Year).Select(m => m.EnterpriseId).ToHashSet();
        return data.Relations.Where(r => r.PartnerEnterpriseId is null && r.ChainKey == chain.Key && members.Contains(r.EnterpriseId))
            .GroupBy(r => TargetingContext.NormaliseName(r.PartnerName))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LocalTie>)g.Select(r => new LocalTie(r.PartnerName, data.Enterprises[r.EnterpriseId].Name,
                r.EnterpriseId == leaderId || (leaderId is null && segmentLeaders.Contains(r.EnterpriseId)), r.PartnerSupplies, r.IsSynthetic)).ToList(), StringComparer.Ordinal);
    }
}
