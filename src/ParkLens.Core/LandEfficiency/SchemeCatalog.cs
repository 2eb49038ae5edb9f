using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency;

/// <summary>A scheme in force and where it comes from.</summary>
public sealed record SchemeEntry(EvaluationScheme Scheme, string Json, bool IsBuiltIn, int? OwnerAuthorityId, DateTime? SavedAtUtc, string? SavedBy, string? Note);

/// <summary>
/// The schemes in force for a zone (or an authority): for each key the highest version among the built-in, the national
/// saves and the saves of the zone's own authority. Another authority's edits never apply.
/// </summary>
internal static class SchemeCatalog
{
    public static async Task<IReadOnlyList<SchemeEntry>> ForAuthorityAsync(ParkDbContext db, int? authorityId, CancellationToken ct)
    {
        var saved = await db.LandSchemes.AsNoTracking()
            .Where(s => s.OwnerAuthorityId == null || s.OwnerAuthorityId == authorityId).ToListAsync(ct);
        var entries = BuiltInSchemes.All.Select(s => new SchemeEntry(s, SchemeReader.Write(s), true, null, null, null, null)).ToList();
        foreach (var record in saved.OrderBy(s => s.Version))
        {
            var scheme = SchemeReader.Read(record.Json).Scheme;
            if (scheme is null)
            {
                continue;
            }
            entries.Add(new SchemeEntry(scheme with { Version = record.Version }, record.Json, false, record.OwnerAuthorityId, record.SavedAtUtc, record.SavedBy, record.Note));
        }
        return entries.GroupBy(e => e.Scheme.Key).Select(g => g.OrderByDescending(e => e.Scheme.Version).First()).OrderBy(e => e.IsBuiltIn ? 0 : 1).ThenBy(e => e.Scheme.Key).ToList();
    }

    public static async Task<IReadOnlyList<SchemeEntry>> ForZoneAsync(ParkDbContext db, IEnterpriseDirectory directory, int zoneId, CancellationToken ct)
    {
        var zone = (await directory.ZonesAsync(db, ct)).FirstOrDefault(z => z.Id == zoneId);
        return await ForAuthorityAsync(db, zone?.AuthorityId, ct);
    }
}
