using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.Contracts;

internal sealed class EnterpriseFigures : IEnterpriseFigures
{
    public async Task<IReadOnlyList<EnterpriseSnapshot>> ForZoneAsync(ParkDbContext db, int zoneId, int fromYear, int toYear, CancellationToken ct) =>
        await LoadAsync(db, zoneId, null, fromYear, toYear, ct);

    public async Task<EnterpriseSnapshot?> GetAsync(ParkDbContext db, int enterpriseId, int fromYear, int toYear, CancellationToken ct) =>
        (await LoadAsync(db, null, enterpriseId, fromYear, toYear, ct)).SingleOrDefault();

    public async Task<IReadOnlyList<int>> ZoneIdsAsync(ParkDbContext db, CancellationToken ct) =>
        await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).ToListAsync(ct);

    public Task<string?> ZoneNameAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        db.Zones.Where(z => z.Id == zoneId).Select(z => z.ShortName).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<PublishedFigure>> PublishedFiguresAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        await db.PublishedFacts.Where(f => f.ZoneId == zoneId && f.EnterpriseId == null)
            .Select(f => new PublishedFigure(f.Indicator, f.Year, f.Period, f.Value, f.Unit, f.IsTarget, f.Quote, f.Source))
            .AsNoTracking().ToListAsync(ct);

    public Task<EnterpriseRef?> FindAsync(ParkDbContext db, int enterpriseId, CancellationToken ct) =>
        db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new EnterpriseRef(e.Id, e.ZoneId, e.Name, e.IsSynthetic)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<int, EnterpriseRef>> NamesAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, CancellationToken ct)
    {
        var result = new Dictionary<int, EnterpriseRef>(enterpriseIds.Count);
        foreach (var chunk in enterpriseIds.Distinct().Chunk(500))
        {
            var rows = await db.Enterprises.Where(e => chunk.Contains(e.Id))
                .Select(e => new EnterpriseRef(e.Id, e.ZoneId, e.Name, e.IsSynthetic)).AsNoTracking().ToListAsync(ct);
            foreach (var row in rows)
            {
                result[row.Id] = row;
            }
        }
        return result;
    }

    public async Task SetCertificationAsync(ParkDbContext db, int enterpriseId, Certifications certification, bool held, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == enterpriseId, ct);
        enterprise.Certifications = held ? enterprise.Certifications | certification : enterprise.Certifications & ~certification;
    }

    private static async Task<IReadOnlyList<EnterpriseSnapshot>> LoadAsync(
        ParkDbContext db, int? zoneId, int? enterpriseId, int fromYear, int toYear, CancellationToken ct)
    {
        var enterprises = zoneId is { } z ? db.Enterprises.Where(e => e.ZoneId == z) : db.Enterprises.Where(e => e.Id == enterpriseId);
        var indicators = zoneId is { } zi ? db.Indicators.Where(i => i.ZoneId == zi) : db.Indicators.Where(i => i.EnterpriseId == enterpriseId);
        var heads = await enterprises
            .Select(e => new { e.Id, e.ZoneId, Zone = db.Zones.Where(z => z.Id == e.ZoneId).Select(z => z.ShortName).FirstOrDefault(), e.Name, e.Uscc, e.IndustryCode, e.FoundedOn, e.Certifications, e.IsSynthetic })
            .AsNoTracking().ToListAsync(ct);
        var ids = heads.Select(h => h.Id).ToHashSet();
        var figures = (await indicators
                .Where(i => i.Year >= fromYear && i.Year <= toYear)
                .Select(i => new { i.EnterpriseId, Figures = new YearFigures(i.Year, i.Revenue, i.Profit, i.RdExpense, i.Employees, i.RdStaff, i.HighTechRevenue, i.InventionPatents) })
                .AsNoTracking().ToListAsync(ct))
            .Where(i => ids.Contains(i.EnterpriseId))
            .ToLookup(i => i.EnterpriseId, i => i.Figures);
        return heads.Select(h => new EnterpriseSnapshot(h.Id, h.ZoneId, h.Zone ?? "", h.Name, h.Uscc, h.IndustryCode, h.FoundedOn, h.Certifications,
                h.IsSynthetic, figures[h.Id].OrderBy(y => y.Year).ToList()))
            .OrderBy(s => s.Id).ToList();
    }
}
