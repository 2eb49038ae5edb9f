using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.GetChainAtlas;

/// <summary>The zone's atlas in a year: every chain's summary, and one chain (the given one, or the zone's first) in full.</summary>
public sealed record GetChainAtlasQuery(int ZoneId, string? ChainKey, int Year);

public sealed record ChainSummary(
    string Key, string Name, bool IsZoneChain, bool IsOwn, bool IsEdited, int Leaves, int Covered, decimal Coverage, decimal? Completeness,
    int Members, decimal Revenue, int Gaps, int WeakLinks, decimal CoverageDelta);

public sealed record MemberView(
    int EnterpriseId, string Name, decimal? Revenue, decimal? Output, decimal Confidence, AssignmentStatus Status, string Reason, bool IsSynthetic, bool IsSegmentLeader);

public sealed record SegmentView(
    string Id, string? ParentId, ChainStage Stage, string Name, string Path, bool IsGroup, IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> Keywords, SegmentStats? Stats, SegmentChange? Change, IReadOnlyList<MemberView> Members, int PendingReview);

public sealed record ChainRoleView(string? ChiefName, string? ChiefTitle, int? LeaderEnterpriseId, string? LeaderName, bool LeaderIsLocal, string? Note);

public sealed record ChainDetail(
    string Key, string Name, string Description, int Version, IReadOnlyList<string> Sources, ChainAnalysis Analysis, ChainAnalysis Before,
    ChainChange Change, IReadOnlyList<SegmentView> Segments, ChainRoleView? Role, int PendingReview);

public sealed record ZoneAtlas(int ZoneId, string ZoneName, int Year, IReadOnlyList<ChainSummary> Chains, ChainDetail? Selected, AnalysisSettings Settings);

/// <summary>
/// The atlas page of a zone. It is computed once per version of the zone's data and of the chain templates and kept in
/// memory, shared by every caller whose scope covers the whole zone; a caller who sees only some enterprises always gets
/// a fresh one.
/// </summary>
public sealed class GetChainAtlasHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, ResultCache cache)
{
    public async Task<ZoneAtlas?> HandleAsync(GetChainAtlasQuery query, CancellationToken ct)
    {
        string? stamp;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            stamp = await StampAsync(db, query.ZoneId, ct);
            if (stamp is null)
            {
                return await ComputeAsync(db, directory, query, ct);
            }
        }
        return await cache.GetOrComputeAsync(new Key(query, CultureInfo.CurrentUICulture.Name), stamp, async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
            return await ComputeAsync(db, directory, query, CancellationToken.None);
        }, ct);
    }

    private sealed record Key(GetChainAtlasQuery Query, string Language);

    // Besides the zone's own rows the atlas reads the chain templates, a table every zone shares. Saved versions are only
    // ever added, so their number and highest id (over all owners, so that callers of different scopes agree) tell
    // whether one was saved since.
    private static async Task<string?> StampAsync(ParkDbContext db, int zoneId, CancellationToken ct)
    {
        if (await ZoneVersions.StampAsync(db, zoneId, ct) is not { } zone)
        {
            return null;
        }
        var templates = await db.ChainTemplates.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(t => t.Id) }).FirstOrDefaultAsync(ct);
        return string.Create(CultureInfo.InvariantCulture, $"{zone.Versions}|{templates?.Count ?? 0}:{templates?.Last ?? 0}");
    }

    /// <summary>The atlas as the database has it now, without the cache.</summary>
    internal static async Task<ZoneAtlas?> ComputeAsync(ParkDbContext db, IEnterpriseDirectory directory, GetChainAtlasQuery query, CancellationToken ct)
    {
        var data = await ZoneChainData.LoadAsync(db, directory, query.ZoneId, query.Year, ct);
        if (data is null)
        {
            return null;
        }
        var summaries = new List<ChainSummary>();
        foreach (var entry in data.Chains)
        {
            var t = entry.Template;
            var now = ChainAnalyzer.Analyze(t, data.Members(t, query.Year), data.Supplies(t, query.Year));
            var before = ChainAnalyzer.Analyze(t, data.MembersBefore(t), data.Supplies(t, query.Year - 1));
            summaries.Add(new ChainSummary(t.Key, t.Name.Text, data.Role(t.Key) is not null, t.OwnerZoneId is not null, entry.IsEdited,
                now.Leaves, now.Covered, now.Coverage, now.Completeness, now.Members, now.Revenue, now.Gaps.Count(), now.WeakLinks.Count(),
                now.Coverage - before.Coverage));
        }
        var ordered = summaries.OrderByDescending(s => s.IsZoneChain).ThenByDescending(s => s.Coverage).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var key = query.ChainKey ?? ordered.FirstOrDefault()?.Key;
        var selected = data.Chains.FirstOrDefault(c => c.Template.Key == key);
        return new ZoneAtlas(query.ZoneId, data.Zone.ShortName, query.Year, ordered, selected is null ? null : Detail(data, selected.Template, query.Year), AnalysisSettings.Default);
    }

    internal static ChainDetail Detail(ZoneChainData data, ChainTemplate t, int year)
    {
        var now = ChainAnalyzer.Analyze(t, data.Members(t, year), data.Supplies(t, year));
        var before = ChainAnalyzer.Analyze(t, data.MembersBefore(t), data.Supplies(t, year - 1));
        var change = ChainAnalyzer.Compare(now, before);
        var assignments = data.Assignments.Where(a => a.ChainKey == t.Key && data.Enterprises.ContainsKey(a.EnterpriseId)).ToList();
        var segments = t.Segments.Select(s =>
        {
            var stats = now.Of(s.Id);
            var members = assignments.Where(a => a.SegmentId == s.Id && SegmentAssignment.Counts(a.Status, a.Confidence))
                .Select(a =>
                {
                    var e = data.Enterprises[a.EnterpriseId];
                    var size = data.Sizes[a.EnterpriseId].FirstOrDefault(z => z.Year == year);
                    return new MemberView(e.Id, e.Name, size?.Revenue, size?.GrossOutput, a.Confidence, a.Status, UiLanguage.Pick(a.Reason, a.ReasonEn),
                        e.IsSynthetic, stats?.Leader?.EnterpriseId == e.Id);
                })
                .OrderByDescending(m => m.Revenue ?? -1).ThenBy(m => m.EnterpriseId).ToList();
            var pending = assignments.Count(a => a.SegmentId == s.Id && a.Status == AssignmentStatus.Auto && a.Confidence < ReviewMapping.ListReviewQueueHandler.ReviewThreshold);
            return new SegmentView(s.Id, s.ParentId, s.Stage, s.Name.Text, t.PathOf(s.Id), s.IsGroup, s.IndustryCodes, s.Keywords, stats,
                change.Segments.GetValueOrDefault(s.Id), members, pending);
        }).ToList();
        var role = data.Role(t.Key) is { } r
            ? new ChainRoleView(r.ChiefName, r.ChiefTitle, r.LeaderEnterpriseId, r.LeaderName, r.LeaderEnterpriseId is not null, r.Note)
            : null;
        return new ChainDetail(t.Key, t.Name.Text, t.Description.Text, t.Version, t.Sources, now, before, change, segments, role, segments.Sum(s => s.PendingReview));
    }
}
