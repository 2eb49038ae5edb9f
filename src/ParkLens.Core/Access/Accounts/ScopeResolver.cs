using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Accounts;

/// <summary>Turns a user's node of the authority → zone → sub-park tree (or enterprise) into the zones and enterprises it covers.</summary>
public sealed class ScopeResolver(DatabaseSettings settings)
{
    public async Task<DataScope> ResolveAsync(ScopeKind kind, int? id, CancellationToken ct)
    {
        if (kind == ScopeKind.Everything)
        {
            return DataScope.Everything;
        }
        await using var db = ParkDbContextFactory.Create(settings, new FixedActor("scope", DataScope.Everything));
        switch (kind)
        {
            case ScopeKind.Authority:
                return DataScope.Zones(await db.Zones.Where(z => z.AuthorityId == id).Select(z => z.Id).ToListAsync(ct));
            case ScopeKind.Zone:
                return await db.Zones.AnyAsync(z => z.Id == id, ct) ? DataScope.Zones([id!.Value]) : DataScope.Nothing;
            case ScopeKind.SubPark:
                var park = await db.SubParks.FirstOrDefaultAsync(s => s.Id == id, ct);
                return park is null
                    ? DataScope.Nothing
                    : DataScope.Enterprises(park.ZoneId, await db.Enterprises.Where(e => e.SubParkId == park.Id).Select(e => e.Id).ToListAsync(ct));
            case ScopeKind.Enterprise:
                var zone = await db.Enterprises.Where(e => e.Id == id).Select(e => (int?)e.ZoneId).FirstOrDefaultAsync(ct);
                return zone is null ? DataScope.Nothing : DataScope.Enterprises(zone.Value, [id!.Value]);
            default:
                return DataScope.Nothing;
        }
    }
}
