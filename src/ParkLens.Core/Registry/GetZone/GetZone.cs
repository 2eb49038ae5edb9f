using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.GetZone;

public sealed record PublishedFactRow(string Indicator, int? Year, string? Period, decimal? Value, string? Unit, bool IsTarget, string Quote, string Source, string? EnterpriseName);

public sealed record EnterpriseMention(string Uscc, string Name, string Quote, string Source);

public sealed record ZoneDetails(
    int Id, string Name, string ShortName, ZoneLevel Level, ZoneKind Kind, string ProvinceCode, string CityCode, string Place,
    int? ApprovalYear, decimal? ApprovedAreaHa, IReadOnlyList<string> LeadingIndustries, string? CatalogueCode,
    string AuthorityName, Provenance Provenance, IReadOnlyList<ListZones.SubParkRow> SubParks, IReadOnlyList<PublishedFactRow> Facts,
    IReadOnlyList<EnterpriseMention> Mentions);

public sealed class GetZoneHandler(IDbContextFactory<ParkDbContext> dbs)
{
    /// <summary>Null when the zone does not exist or is outside the caller's scope; callers answer 404 either way.</summary>
    public async Task<ZoneDetails?> HandleAsync(int zoneId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zone = await db.Zones.AsNoTracking().Include(z => z.Authority).Include(z => z.SubParks)
            .FirstOrDefaultAsync(z => z.Id == zoneId, ct);
        if (zone is null)
        {
            return null;
        }
        var parkCounts = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zoneId && e.SubParkId != null)
            .GroupBy(e => e.SubParkId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var facts = await db.PublishedFacts.AsNoTracking()
            .Where(f => f.ZoneId == zoneId && f.EnterpriseId == null)
            .OrderByDescending(f => f.Year).ThenBy(f => f.Id)
            .Select(f => new PublishedFactRow(f.Indicator, f.Year, f.Period, f.Value, f.Unit, f.IsTarget, f.Quote, f.Source, null))
            .ToListAsync(ct);
        var mentions = await (
            from f in db.PublishedFacts.AsNoTracking()
            where f.ZoneId == zoneId && f.Indicator == PublishedFact.Mention
            join e in db.Enterprises on f.EnterpriseId equals e.Id
            orderby e.Name
            select new EnterpriseMention(e.Uscc, e.Name, f.Quote, f.Source))
            .ToListAsync(ct);
        return new ZoneDetails(
            zone.Id, zone.Name, zone.ShortName, zone.Level, zone.Kind, zone.ProvinceCode, zone.CityCode,
            DivisionCatalog.Instance.PlaceName(zone.ProvinceCode, zone.CityCode), zone.ApprovalYear, zone.ApprovedAreaHa,
            RegistryTerms.SplitList(zone.LeadingIndustries).ToArray(), zone.CatalogueCode, zone.Authority!.Name, zone.Provenance,
            zone.SubParks.OrderBy(s => s.Name).Select(s => new ListZones.SubParkRow(s.Id, s.Name, s.Note, parkCounts.GetValueOrDefault(s.Id))).ToArray(),
            facts, mentions);
    }
}
