namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A saved version of a chain template: a national edit of a built-in chain (no owner), an authority's edit for its own
/// zones (<see cref="OwnerAuthorityId"/>), or a zone's own chain (<see cref="OwnerZoneId"/>). Versions are never
/// overwritten. For a shared chain the highest version among the national and the zone's authority's saves is in force
/// (a national save numbers above every authority's, so a national fix reaches everyone); a zone's own chain is its own.
/// </summary>
internal sealed class ChainTemplateRecord
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    /// <summary>A zone's id for a chain only that zone sees.</summary>
    public int? OwnerZoneId { get; set; }

    /// <summary>An authority's id for its edit of a shared chain, in force for its zones only.</summary>
    public int? OwnerAuthorityId { get; set; }

    /// <summary>"n" (national), "a:{authority}" or "z:{zone}": the owner as one non-null value, so versions are unique per owner.</summary>
    public string OwnerScope { get; set; } = "n";

    public static string ScopeOf(int? authorityId, int? zoneId) => zoneId is { } z ? $"z:{z}" : authorityId is { } a ? $"a:{a}" : "n";

    /// <summary>The template as its JSON file reads (data/chains format).</summary>
    public string Json { get; set; } = "";

    public string? Note { get; set; }

    public DateTime SavedAtUtc { get; set; }

    public string SavedBy { get; set; } = "";
}
