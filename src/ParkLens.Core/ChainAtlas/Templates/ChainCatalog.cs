using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Templates;

/// <summary>A chain in force for a zone, where its template came from, and the JSON it reads as.</summary>
public sealed record ChainEntry(ChainTemplate Template, string Json, bool IsBuiltIn, bool IsEdited, DateTime? SavedAtUtc, string? SavedBy);

/// <summary>
/// The chains in force for a zone (or, with no zone, for an authority or the nation): each built-in template at the
/// highest version saved nationally or by the zone's authority, else as shipped; plus the zone's own chains.
/// </summary>
internal static class ChainCatalog
{
    /// <summary>A zone's chains; with no zone, those of the one authority the caller's zones belong to (or the national ones).</summary>
    public static async Task<IReadOnlyList<ChainEntry>> ForZoneAsync(ParkDbContext db, IEnterpriseDirectory directory, int? zoneId, CancellationToken ct)
    {
        var zones = await directory.ZonesAsync(db, ct);
        var authority = zoneId is { } z ? zones.FirstOrDefault(x => x.Id == z)?.AuthorityId : AuthorityOf(zones);
        return await ForAsync(db, zoneId, authority, ct);
    }

    /// <summary>The authority all the given zones belong to, or null when they span several (or none).</summary>
    public static int? AuthorityOf(IReadOnlyList<ZonePlace> zones) =>
        zones.Select(z => z.AuthorityId).Distinct().ToList() is [var only] ? only : null;

    public static async Task<IReadOnlyList<ChainEntry>> ForAsync(ParkDbContext db, int? zoneId, int? authorityId, CancellationToken ct)
    {
        var saved = await db.ChainTemplates
            .Where(t => (t.OwnerZoneId == null && (t.OwnerAuthorityId == null || t.OwnerAuthorityId == authorityId)) || (zoneId != null && t.OwnerZoneId == zoneId))
            .AsNoTracking().ToListAsync(ct);
        var latest = saved.GroupBy(t => (t.Key, t.OwnerAuthorityId, t.OwnerZoneId)).Select(g => g.OrderByDescending(t => t.Version).First()).ToList();
        var result = new List<ChainEntry>();
        foreach (var (template, json) in BuiltInChains.All)
        {
            var edit = latest.Where(t => t.Key == template.Key && t.OwnerZoneId == null).MaxBy(t => t.Version);
            result.Add(edit is not null && Parse(edit) is { } edited
                ? new ChainEntry(edited, edit.Json, true, true, edit.SavedAtUtc, edit.SavedBy)
                : new ChainEntry(template, json, true, false, null, null));
        }
        foreach (var own in latest.Where(t => t.OwnerZoneId != null && BuiltInChains.Find(t.Key) is null).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Parse(own) is { } template)
            {
                result.Add(new ChainEntry(template, own.Json, false, true, own.SavedAtUtc, own.SavedBy));
            }
        }
        return result;
    }

    public static async Task<ChainEntry?> FindAsync(ParkDbContext db, IEnterpriseDirectory directory, int? zoneId, string key, CancellationToken ct) =>
        (await ForZoneAsync(db, directory, zoneId, ct)).FirstOrDefault(c => c.Template.Key == key);

    // A saved version was checked when saved; one that no longer reads (a code withdrawn from the table) is skipped.
    private static ChainTemplate? Parse(Domain.ChainTemplateRecord record) =>
        ChainTemplateReader.Read(record.Json, ReferenceCodes.IsIndustry, record.OwnerZoneId).Template is { } t ? t with { Version = record.Version } : null;
}
