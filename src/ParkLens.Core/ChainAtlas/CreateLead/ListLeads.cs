using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.CreateLead;

public sealed record LeadView(int Id, string ChainKey, string SegmentId, string CompanyName, string Origin, decimal Score, string? Note, string CreatedBy, DateTime CreatedAtUtc);

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
        if ((await directory.ZonesAsync(db, ct)).All(z => z.Id != zoneId))
        {
            return null;
        }
        return await db.TargetLeads.Where(l => l.ZoneId == zoneId).OrderByDescending(l => l.CreatedAtUtc).ThenByDescending(l => l.Id)
            .Select(l => new LeadView(l.Id, l.ChainKey, l.SegmentId, l.CompanyName, l.Origin, l.Score, l.Note, l.CreatedBy, l.CreatedAtUtc))
            .AsNoTracking().ToListAsync(ct);
    }
}
