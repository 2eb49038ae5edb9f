using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Templates;

/// <summary>A chain in force for a zone, where its template came from, and the JSON it reads as.</summary>
public sealed record ChainEntry(ChainTemplate Template, string Json, bool IsBuiltIn, bool IsEdited, DateTime? SavedAtUtc, string? SavedBy);

/// <summary>
/// The chains in force: the built-in templates, replaced by the authority's saved versions of them, plus a zone's own
/// chains. The highest version of a key wins.
/// </summary>
internal static class ChainCatalog
{
    public static async Task<IReadOnlyList<ChainEntry>> ForZoneAsync(ParkDbContext db, int? zoneId, CancellationToken ct)
    {
        var saved = await db.ChainTemplates.Where(t => t.OwnerZoneId == null || t.OwnerZoneId == zoneId)
            .AsNoTracking().ToListAsync(ct);
        var latest = saved.GroupBy(t => (t.Key, t.OwnerZoneId)).Select(g => g.OrderByDescending(t => t.Version).First()).ToList();
        var result = new List<ChainEntry>();
        foreach (var (template, json) in BuiltInChains.All)
        {
            var edit = latest.FirstOrDefault(t => t.Key == template.Key && t.OwnerZoneId == null);
            result.Add(edit is not null && Parse(edit) is { } edited
                ? new ChainEntry(edited, edit.Json, true, true, edit.SavedAtUtc, edit.SavedBy)
                : new ChainEntry(template, json, true, false, null, null));
        }
        foreach (var own in latest.Where(t => BuiltInChains.Find(t.Key) is null).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Parse(own) is { } template)
            {
                result.Add(new ChainEntry(template, own.Json, false, true, own.SavedAtUtc, own.SavedBy));
            }
        }
        return result;
    }

    public static async Task<ChainEntry?> FindAsync(ParkDbContext db, int? zoneId, string key, CancellationToken ct) =>
        (await ForZoneAsync(db, zoneId, ct)).FirstOrDefault(c => c.Template.Key == key);

    // A saved version was checked when saved; one that no longer reads (a code withdrawn from the table) is skipped.
    private static ChainTemplate? Parse(Domain.ChainTemplateRecord record) =>
        ChainTemplateReader.Read(record.Json, ReferenceCodes.IsIndustry, record.OwnerZoneId).Template is { } t ? t with { Version = record.Version } : null;
}
