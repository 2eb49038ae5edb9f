using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.ReviewMapping;

public sealed record ListReviewQueueQuery(int ZoneId, string? ChainKey, int Page = 1, int PageSize = 50);

public sealed record ReviewItem(
    int EnterpriseId, string EnterpriseName, string IndustryCode, string? IndustryName, string MainProducts, bool IsSynthetic, string ChainKey, string ChainName,
    string SegmentId, string SegmentPath, decimal Confidence, bool Counted, string Reason, IReadOnlyList<SegmentOption> Leaves);

public sealed record SegmentOption(string Id, string Path);

public sealed record ReviewList(int ZoneId, string ZoneName, int Total, int Page, int PageSize, IReadOnlyList<ReviewItem> Items);

/// <summary>
/// The mapping review queue (待确认): automatic mappings no person has decided on and that are not sure — below
/// <see cref="ReviewThreshold"/> — most confident first, so staff confirm the easy ones quickly.
/// </summary>
public sealed class ListReviewQueueHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory)
{
    public const decimal ReviewThreshold = 0.75m;

    public async Task<ReviewList?> HandleAsync(ListReviewQueueQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zone = (await directory.ZonesAsync(db, ct)).FirstOrDefault(z => z.Id == query.ZoneId);
        if (zone is null)
        {
            return null;
        }
        var chains = (await ChainCatalog.ForZoneAsync(db, directory, query.ZoneId, ct)).ToDictionary(c => c.Template.Key, c => c.Template);
        var rows = db.SegmentAssignments.Where(a => a.ZoneId == query.ZoneId && a.Status == AssignmentStatus.Auto && a.Confidence < ReviewThreshold);
        if (query.ChainKey is { } key)
        {
            rows = rows.Where(a => a.ChainKey == key);
        }
        var total = await rows.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Clamp(query.Page, 1, 1_000_000);
        var items = await rows.OrderByDescending(a => a.Confidence).ThenBy(a => a.EnterpriseId).ThenBy(a => a.ChainKey)
            .Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking().ToListAsync(ct);
        var profiles = (await directory.ZoneProfilesAsync(db, query.ZoneId, ct)).ToDictionary(p => p.Id);
        var list = items.Where(a => chains.ContainsKey(a.ChainKey) && profiles.ContainsKey(a.EnterpriseId)).Select(a =>
        {
            var p = profiles[a.EnterpriseId];
            var t = chains[a.ChainKey];
            return new ReviewItem(p.Id, p.Name, p.IndustryCode, ReferenceCodes.IndustryName(p.IndustryCode), p.MainProducts, p.IsSynthetic, t.Key, t.Name.Text,
                a.SegmentId, t.PathOf(a.SegmentId), a.Confidence, SegmentAssignment.Counts(a.Status, a.Confidence), UiLanguage.Pick(a.Reason, a.ReasonEn),
                t.Leaves.Select(l => new SegmentOption(l.Id, t.PathOf(l.Id))).ToList());
        }).ToList();
        return new ReviewList(zone.Id, zone.ShortName, total, page, pageSize, list);
    }
}
