using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.Contracts;

internal sealed class EnterpriseDirectory : IEnterpriseDirectory
{
    public async Task<IReadOnlyList<EnterpriseProfile>> ZoneProfilesAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        await Project(db.Enterprises.Where(e => e.ZoneId == zoneId)).ToListAsync(ct);

    public async Task<IReadOnlyList<EnterpriseName>> ZoneNamesAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        await db.Enterprises.Where(e => e.ZoneId == zoneId).OrderBy(e => e.Id)
            .Select(e => new EnterpriseName(e.Id, e.Name, e.IsSynthetic)).AsNoTracking().ToListAsync(ct);

    public async Task<IReadOnlyList<EnterpriseProfile>> OtherZoneProfilesAsync(ParkDbContext db, int exceptZoneId, IReadOnlyCollection<string> divisions, CancellationToken ct)
    {
        var list = divisions.ToList();
        return await Project(db.Enterprises.Where(e => e.ZoneId != exceptZoneId && list.Contains(e.IndustryCode.Substring(0, 2)))).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<EnterpriseSize>> SizesAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, int fromYear, int toYear, CancellationToken ct)
    {
        var result = new List<EnterpriseSize>();
        foreach (var chunk in enterpriseIds.Distinct().Chunk(1000))
        {
            result.AddRange(await Sizes(db.Indicators.Where(i => chunk.Contains(i.EnterpriseId)), fromYear, toYear).ToListAsync(ct));
        }
        return result;
    }

    public async Task<IReadOnlyList<EnterpriseSize>> ZoneSizesAsync(ParkDbContext db, int zoneId, int fromYear, int toYear, CancellationToken ct) =>
        await Sizes(db.Indicators.Where(i => i.ZoneId == zoneId), fromYear, toYear).ToListAsync(ct);

    public async Task<IReadOnlyList<ZonePlace>> ZonesAsync(ParkDbContext db, CancellationToken ct) =>
        await db.Zones.OrderBy(z => z.Id)
            .Select(z => new ZonePlace(z.Id, z.ShortName, z.AuthorityId, z.Authority!.Name, z.ProvinceCode, z.CityCode, z.LeadingIndustries))
            .AsNoTracking().ToListAsync(ct);

    private static IQueryable<EnterpriseProfile> Project(IQueryable<Enterprise> enterprises) => enterprises
        .OrderBy(e => e.Id)
        .Select(e => new EnterpriseProfile(e.Id, e.ZoneId, e.Name, e.IndustryCode, e.MainProducts, e.BusinessScope, e.Tags, e.Certifications, e.IsListed, e.IsSynthetic))
        .AsNoTracking();

    private static IQueryable<EnterpriseSize> Sizes(IQueryable<EnterpriseIndicator> indicators, int fromYear, int toYear) => indicators
        .Where(i => i.Year >= fromYear && i.Year <= toYear)
        .Select(i => new EnterpriseSize(i.EnterpriseId, i.Year, i.Revenue, i.GrossOutput, i.Employees))
        .AsNoTracking();
}
