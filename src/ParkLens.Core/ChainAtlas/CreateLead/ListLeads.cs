using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.CreateLead;

public sealed record LeadView(
    int Id, string ChainKey, string ChainName, string SegmentId, string SegmentPath, string CompanyName, string Origin, decimal Score, string? Note, string CreatedBy,
    DateTime CreatedAtUtc);

/// <summary>The leads a zone made from chain targets, newest first; null when the zone is not the caller's or the role may not see targets.</summary>
public sealed class ListLeadsHandler(IDbContextFactory<ParkDbContext> dbs, Common.ICurrentActor actor, Registry.Contracts.IEnterpriseDirectory directory)
{
    public async Task<IReadOnlyList<LeadView>?> HandleAsync(int zoneId, CancellationToken ct)
    {
        if (!Access.Domain.WritePermissions.CanSeeTargets(actor.Role))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if ((await directory.ZonesAsync(db, ct)).FirstOrDefault(z => z.Id == zoneId) is not { } zone)
        {
            return null;
        }
        var chains = (await Templates.ChainCatalog.ForAsync(db, zoneId, zone.AuthorityId, ct)).ToDictionary(c => c.Template.Key, c => c.Template);
        var rows = await db.TargetLeads.Where(l => l.ZoneId == zoneId).OrderByDescending(l => l.CreatedAtUtc).ThenByDescending(l => l.Id).AsNoTracking().ToListAsync(ct);
        return rows.Select(l =>
        {
            var chain = chains.GetValueOrDefault(l.ChainKey);
            return new LeadView(l.Id, l.ChainKey, chain?.Name.Text ?? l.ChainKey, l.SegmentId, chain?.PathOf(l.SegmentId) ?? l.SegmentId, l.CompanyName, l.Origin, l.Score,
                l.Note, l.CreatedBy, l.CreatedAtUtc);
        }).ToList();
    }
}
