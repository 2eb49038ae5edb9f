using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.GetZone;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.GetEnterprise;

public sealed record IndicatorYear(int Year, IReadOnlyDictionary<string, decimal?> Values, Provenance Provenance, bool IsStale);

public sealed record EnterpriseDetails(
    int Id, string Uscc, bool UsccIsPlaceholder, string Name, string NameInitials, int ZoneId, string ZoneName, string? SubParkName,
    string IndustryCode, IReadOnlyList<Industry> IndustryPath, DateOnly? FoundedOn, Ownership Ownership, bool IsListed,
    Certifications Certifications, IReadOnlyList<string> Tags, bool IsSynthetic, Provenance Provenance, bool IsStale,
    IReadOnlyList<IndicatorYear> Indicators, IReadOnlyList<PublishedFactRow> Facts);

public sealed class GetEnterpriseHandler(IDbContextFactory<ParkDbContext> dbs, TimeProvider clock)
{
    /// <summary>By USCC or by numeric id. Null when absent or outside the caller's scope (404 either way).</summary>
    public async Task<EnterpriseDetails?> HandleAsync(string usccOrId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var key = Uscc.Normalize(usccOrId);
        var query = db.Enterprises.AsNoTracking().Include(e => e.Indicators);
        var enterprise = int.TryParse(key, out var id) && key.Length < 18
            ? await query.FirstOrDefaultAsync(e => e.Id == id, ct)
            : await query.FirstOrDefaultAsync(e => e.Uscc == key, ct);
        if (enterprise is null)
        {
            return null;
        }
        var zone = await db.Zones.AsNoTracking().Where(z => z.Id == enterprise.ZoneId).Select(z => z.ShortName).FirstAsync(ct);
        var subPark = enterprise.SubParkId is null
            ? null
            : await db.SubParks.AsNoTracking().Where(s => s.Id == enterprise.SubParkId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var facts = await db.PublishedFacts.AsNoTracking().Where(f => f.EnterpriseId == enterprise.Id).OrderByDescending(f => f.Year)
            .Select(f => new PublishedFactRow(f.Indicator, f.Year, f.Period, f.Value, f.Unit, f.IsTarget, f.Quote, f.Source, null))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = enterprise.Indicators.Count == 0 ? (int?)null : enterprise.Indicators.Max(i => i.Year);
        var years = enterprise.Indicators.OrderBy(i => i.Year).Select(i => new IndicatorYear(
            i.Year,
            IndicatorDefinitions.All.ToDictionary(d => d.Key, d => IndicatorDefinitions.Read(i, d.Key)),
            i.Provenance,
            i.Year == latest && ProvenanceRules.IsLatestYearStale(i.Year, now))).ToArray();
        return new EnterpriseDetails(
            enterprise.Id, enterprise.Uscc, enterprise.UsccIsPlaceholder, enterprise.Name, enterprise.NameInitials, enterprise.ZoneId, zone, subPark,
            enterprise.IndustryCode, IndustryCatalog.Instance.PathOf(enterprise.IndustryCode), enterprise.FoundedOn, enterprise.Ownership,
            enterprise.IsListed, enterprise.Certifications, RegistryTerms.SplitList(enterprise.Tags).ToArray(), enterprise.IsSynthetic,
            enterprise.Provenance, ProvenanceRules.IsStale(enterprise.Provenance.UpdatedAtUtc, now), years, facts);
    }
}
