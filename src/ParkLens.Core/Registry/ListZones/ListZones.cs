using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ListZones;

public sealed record SubParkRow(int Id, string Name, string? Note, int EnterpriseCount);

public sealed record ZoneRow(
    int Id, string Name, string ShortName, ZoneLevel Level, ZoneKind Kind, string Place, int? ApprovalYear,
    decimal? ApprovedAreaHa, IReadOnlyList<string> LeadingIndustries, int EnterpriseCount, IReadOnlyList<SubParkRow> SubParks,
    ParkLens.Core.Common.Provenance Provenance);

public sealed record AuthorityNode(int Id, string Name, string? Body, IReadOnlyList<ZoneRow> Zones);

/// <summary>The authority → zone → sub-park tree the caller may see, with enterprise counts.</summary>
public sealed class ListZonesHandler(IDbContextFactory<ParkDbContext> dbs)
{
    public async Task<IReadOnlyList<AuthorityNode>> HandleAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zones = await db.Zones.AsNoTracking()
            .Include(z => z.SubParks)
            .Include(z => z.Authority)
            .OrderBy(z => z.ProvinceCode).ThenBy(z => z.Level).ThenBy(z => z.Name)
            .ToListAsync(ct);
        var zoneCounts = await db.Enterprises.AsNoTracking()
            .GroupBy(e => e.ZoneId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var parkCounts = await db.Enterprises.AsNoTracking().Where(e => e.SubParkId != null)
            .GroupBy(e => e.SubParkId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var divisions = DivisionCatalog.Instance;
        return zones
            // No-tracking queries give each zone its own Authority instance: group by the key, not the object.
            .GroupBy(z => z.AuthorityId)
            .Select(g => (Authority: g.First().Authority!, Zones: g))
            .OrderBy(g => g.Authority.ProvinceCode)
            .Select(g => new AuthorityNode(g.Authority.Id, g.Authority.Name, g.Authority.Body, g.Zones.Select(z => new ZoneRow(
                z.Id, z.Name, z.ShortName, z.Level, z.Kind, divisions.PlaceName(z.ProvinceCode, z.CityCode), z.ApprovalYear,
                z.ApprovedAreaHa, RegistryTerms.SplitList(z.LeadingIndustries).ToArray(), zoneCounts.GetValueOrDefault(z.Id),
                z.SubParks.OrderBy(s => s.Name).Select(s => new SubParkRow(s.Id, s.Name, s.Note, parkCounts.GetValueOrDefault(s.Id))).ToArray(),
                z.Provenance))
                .ToArray()))
            .ToArray();
    }
}
