using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SupplyRelations;

public sealed record SupplyRelationView(
    int Id, int EnterpriseId, string EnterpriseName, string PartnerName, bool PartnerIsLocal, bool PartnerSupplies, string FromSegmentId, string ToSegmentId,
    int Year, decimal? AnnualAmount, bool IsSynthetic, string RecordedBy);

/// <summary>A zone's known supply relations in one chain; null when the zone is not the caller's.</summary>
public sealed class ListSupplyRelationsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory)
{
    public async Task<IReadOnlyList<SupplyRelationView>?> HandleAsync(int zoneId, string chainKey, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if ((await directory.ZonesAsync(db, ct)).All(z => z.Id != zoneId))
        {
            return null;
        }
        var rows = await db.SupplyRelations.Where(r => r.ZoneId == zoneId && r.ChainKey == chainKey).OrderBy(r => r.FromSegmentId).ThenBy(r => r.Id).AsNoTracking().ToListAsync(ct);
        var names = (await directory.ZoneProfilesAsync(db, zoneId, ct)).ToDictionary(p => p.Id, p => p.Name);
        return rows.Where(r => names.ContainsKey(r.EnterpriseId)).Select(r => new SupplyRelationView(r.Id, r.EnterpriseId, names[r.EnterpriseId], r.PartnerName,
            r.PartnerEnterpriseId is not null, r.PartnerSupplies, r.FromSegmentId, r.ToSegmentId, r.Year, r.AnnualAmount, r.IsSynthetic, r.Provenance.UpdatedBy)).ToList();
    }
}
