using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.ListChainTargets;

public sealed record ListChainTargetsQuery(
    int ZoneId, string ChainKey, int Year, string? SegmentId = null, CandidateOrigin? Origin = null, string? ProvinceCode = null,
    decimal? MinScore = null, bool ListedOnly = false, int Page = 1, int PageSize = 50);

public sealed record TargetView(
    int Rank, string CandidateKey, string Name, CandidateOrigin Origin, string? ZoneName, string ProvinceCode, string Place, string IndustryCode, string? IndustryName,
    string MainProducts, IReadOnlyList<string> Lists, bool IsListed, string SegmentId, string SegmentPath, decimal Score, IReadOnlyList<ScoreTerm> Terms,
    bool IsSynthetic, string? Source, bool IsLead);

public sealed record TargetList(
    int ZoneId, string ZoneName, string ChainKey, string ChainName, int Year, IReadOnlyList<TargetSegment> Segments, int Total, int Page, int PageSize,
    IReadOnlyList<TargetView> Items, TargetWeights Weights, IReadOnlyList<string> Provinces);

/// <summary>The 招商地图 of a chain: ranked outside enterprises for each gap and weak link, every score explained term by term.</summary>
public sealed class ListChainTargetsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, ICurrentActor actor)
{
    public async Task<TargetList?> HandleAsync(ListChainTargetsQuery query, CancellationToken ct)
    {
        if (!Access.Domain.WritePermissions.CanSeeTargets(actor.Role))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var search = await TargetFinder.FindAsync(db, directory, query.ZoneId, query.ChainKey, query.Year, query.SegmentId, ct);
        if (search is null)
        {
            return null;
        }
        var leads = (await db.TargetLeads.Where(l => l.ZoneId == query.ZoneId && l.ChainKey == query.ChainKey).Select(l => l.CandidateKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var filtered = search.Ranked.Select((t, i) => (Target: t, Rank: i + 1))
            .Where(x => query.Origin is null || x.Target.Candidate.Origin == query.Origin)
            .Where(x => query.ProvinceCode is null || x.Target.Candidate.ProvinceCode == query.ProvinceCode)
            .Where(x => query.MinScore is null || x.Target.Score >= query.MinScore)
            .Where(x => !query.ListedOnly || x.Target.Candidate.IsListed)
            .ToList();
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var items = filtered.Skip((page - 1) * pageSize).Take(pageSize).Select(x => View(x.Target, x.Rank, search.Chain.PathOf(x.Target.SegmentId), leads)).ToList();
        return new TargetList(query.ZoneId, search.Data.Zone.ShortName, search.Chain.Key, search.Chain.Name.Text, query.Year, search.Segments,
            filtered.Count, page, pageSize, items, TargetWeights.Default,
            search.Ranked.Select(t => t.Candidate.ProvinceCode).Where(p => p.Length == 2).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    internal static TargetView View(ScoredTarget t, int rank, string path, IReadOnlySet<string> leads)
    {
        var c = t.Candidate;
        return new TargetView(rank, c.Key, c.Name, c.Origin, c.ZoneName, c.ProvinceCode, ReferenceCodes.PlaceName(c.ProvinceCode, c.CityCode), c.Subject.IndustryCode,
            ReferenceCodes.IndustryName(c.Subject.IndustryCode), c.Subject.MainProducts, c.Lists, c.IsListed, t.SegmentId, path, t.Score, t.Terms,
            c.IsSynthetic, c.Source, leads.Contains(c.Key));
    }

    public static string TermText(ScoreTerm term) => UiLanguage.Pick(term.ReasonZh, term.ReasonEn);
}
