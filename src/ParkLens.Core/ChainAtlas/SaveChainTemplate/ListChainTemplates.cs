using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SaveChainTemplate;

public sealed record ChainTemplateView(
    string Key, string Name, string Description, int Version, bool IsBuiltIn, bool IsEdited, int? OwnerZoneId, int Leaves, int Groups, int Edges,
    IReadOnlyList<string> Sources, DateTime? SavedAtUtc, string? SavedBy, string Json);

public sealed record ChainTemplateVersion(int Version, DateTime SavedAtUtc, string SavedBy, string? Note);

/// <summary>The chain templates in force for a zone (or the shared ones), and a chain's saved versions.</summary>
public sealed class ListChainTemplatesHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory)
{
    public async Task<IReadOnlyList<ChainTemplateView>> HandleAsync(int? zoneId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return (await ChainCatalog.ForZoneAsync(db, directory, zoneId, ct)).Select(View).ToList();
    }

    public async Task<(ChainTemplateView Chain, IReadOnlyList<ChainTemplateVersion> Versions)?> GetAsync(string key, int? zoneId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = await ChainCatalog.FindAsync(db, directory, zoneId, key, ct);
        if (entry is null)
        {
            return null;
        }
        var zones = await directory.ZonesAsync(db, ct);
        var authority = zoneId is { } z ? zones.FirstOrDefault(x => x.Id == z)?.AuthorityId : ChainCatalog.AuthorityOf(zones);
        var versions = await db.ChainTemplates
            .Where(t => t.Key == key && ((t.OwnerZoneId == null && (t.OwnerAuthorityId == null || t.OwnerAuthorityId == authority)) || (zoneId != null && t.OwnerZoneId == zoneId)))
            .OrderByDescending(t => t.Version)
            .Select(t => new ChainTemplateVersion(t.Version, t.SavedAtUtc, t.SavedBy, t.Note)).AsNoTracking().ToListAsync(ct);
        return (View(entry), versions);
    }

    private static ChainTemplateView View(ChainEntry e)
    {
        var t = e.Template;
        return new ChainTemplateView(t.Key, t.Name.Text, t.Description.Text, t.Version, e.IsBuiltIn, e.IsEdited, t.OwnerZoneId, t.Leaves.Count(),
            t.Segments.Count(s => s.IsGroup), t.Edges.Count, t.Sources, e.SavedAtUtc, e.SavedBy, e.Json);
    }
}
