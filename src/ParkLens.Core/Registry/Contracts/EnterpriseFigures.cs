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

    public async Task<EnterpriseRef?> FindAsync(ParkDbContext db, int enterpriseId, CancellationToken ct) =>
        (await NamesAsync(db, [enterpriseId], ct)).GetValueOrDefault(enterpriseId);

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

    public async Task<IReadOnlyList<DeliveredFigures>> DeliveredAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, int fromYear, int toYear, CancellationToken ct)
    {
        var result = new List<DeliveredFigures>();
        foreach (var chunk in enterpriseIds.Distinct().Chunk(500))
        {
            result.AddRange(await db.Indicators.Where(i => chunk.Contains(i.EnterpriseId) && i.Year >= fromYear && i.Year <= toYear)
                .Select(i => new DeliveredFigures(i.EnterpriseId, i.Year, i.GrossOutput, i.Revenue, i.Tax, i.LandMu)).AsNoTracking().ToListAsync(ct));
        }
        return result;
    }

    public async Task<IReadOnlyList<LandFigures>> LandFiguresAsync(ParkDbContext db, int zoneId, int year, CancellationToken ct)
    {
        var figures = await db.Indicators.Where(i => i.ZoneId == zoneId && i.Year == year)
            .Select(i => new { i.EnterpriseId, i.LandMu, i.Revenue, i.GrossOutput, i.ValueAdded, i.Tax, i.EnergyTce, i.Employees, i.RdExpense })
            .AsNoTracking().ToDictionaryAsync(i => i.EnterpriseId, ct);
        var enterprises = await db.Enterprises.Where(e => e.ZoneId == zoneId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ZoneId, e.SubParkId, e.Name, e.IndustryCode, e.FoundedOn, e.IsSynthetic }).AsNoTracking().ToListAsync(ct);
        return enterprises.Select(e => figures.GetValueOrDefault(e.Id) is { } f
                ? new LandFigures(e.Id, e.ZoneId, e.SubParkId, e.Name, e.IndustryCode, e.FoundedOn, e.IsSynthetic, f.LandMu, f.Revenue, f.GrossOutput, f.ValueAdded, f.Tax, f.EnergyTce, f.Employees, f.RdExpense)
                : new LandFigures(e.Id, e.ZoneId, e.SubParkId, e.Name, e.IndustryCode, e.FoundedOn, e.IsSynthetic, null, null, null, null, null, null, null, null))
            .ToList();
    }

    public async Task<IReadOnlyList<ParcelFigures>> ParcelsAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        (await db.Parcels.Where(p => p.ZoneId == zoneId).OrderBy(p => p.Code).AsNoTracking().ToListAsync(ct))
            .Select(p => new ParcelFigures(p.Id, p.ZoneId, p.SubParkId, p.Code, p.AreaMu, p.Use.ToString(), p.OwnerEnterpriseId, p.OwnerName, p.IsIdle)).ToList();

    public Task<bool> ZoneExistsAsync(ParkDbContext db, int zoneId, CancellationToken ct) => db.Zones.AnyAsync(z => z.Id == zoneId, ct);

    public async Task<IReadOnlyDictionary<int, string>> SubParksAsync(ParkDbContext db, int zoneId, CancellationToken ct) =>
        await db.SubParks.Where(s => s.ZoneId == zoneId).OrderBy(s => s.Id).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

    public async Task<IReadOnlyDictionary<string, int>> IdsByNameAsync(ParkDbContext db, int zoneId, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in names.Distinct().Chunk(500))
        {
            foreach (var row in await db.Enterprises.Where(e => e.ZoneId == zoneId && chunk.Contains(e.Name)).Select(e => new { e.Name, e.Id }).AsNoTracking().ToListAsync(ct))
            {
                result.TryAdd(row.Name, row.Id);
            }
        }
        return result;
    }

    public async Task SetCertificationsAsync(ParkDbContext db, IReadOnlyDictionary<int, Certifications> held, Certifications mask, CancellationToken ct)
    {
        foreach (var chunk in held.Keys.Chunk(500))
        {
            foreach (var enterprise in await db.Enterprises.Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
            {
                enterprise.Certifications = (enterprise.Certifications & ~mask) | (held[enterprise.Id] & mask);
            }
        }
    }

    private static async Task<IReadOnlyList<EnterpriseSnapshot>> LoadAsync(
        ParkDbContext db, int? zoneId, int? enterpriseId, int fromYear, int toYear, CancellationToken ct)
    {
        var enterprises = zoneId is { } z ? db.Enterprises.Where(e => e.ZoneId == z) : db.Enterprises.Where(e => e.Id == enterpriseId);
        var indicators = zoneId is { } zi ? db.Indicators.Where(i => i.ZoneId == zi) : db.Indicators.Where(i => i.EnterpriseId == enterpriseId);
        var heads = await enterprises
            .Select(e => new { e.Id, e.ZoneId, e.Name, e.Uscc, e.IndustryCode, e.FoundedOn, e.Certifications, e.IsSynthetic })
            .AsNoTracking().ToListAsync(ct);
        var zoneIds = heads.Select(h => h.ZoneId).Distinct().ToList();
        var zoneNames = await db.Zones.Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.ShortName, ct);
        var figures = (await indicators
                .Where(i => i.Year >= fromYear && i.Year <= toYear)
                .Select(i => new { i.EnterpriseId, Figures = new YearFigures(i.Year, i.Revenue, i.Profit, i.RdExpense, i.Employees, i.RdStaff, i.HighTechRevenue, i.InventionPatents) })
                .AsNoTracking().ToListAsync(ct))
            .ToLookup(i => i.EnterpriseId, i => i.Figures);
        return heads.Select(h => new EnterpriseSnapshot(h.Id, h.ZoneId, zoneNames.GetValueOrDefault(h.ZoneId, ""), h.Name, h.Uscc, h.IndustryCode, h.FoundedOn, h.Certifications,
                h.IsSynthetic, figures[h.Id].OrderBy(y => y.Year).ToList()))
            .OrderBy(s => s.Id).ToList();
    }
}
