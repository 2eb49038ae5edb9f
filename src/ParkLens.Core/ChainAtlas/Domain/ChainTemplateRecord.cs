namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A saved version of a chain template: a national edit of a built-in chain (no owner), an authority's edit for its own
/// zones (<see cref="OwnerAuthorityId"/>), or a zone's own chain (<see cref="OwnerZoneId"/>). Versions are never
/// overwritten; the highest version in force for a zone wins (zone's own, then its authority's, then the national one).
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

    /// <summary>The template as its JSON file reads (data/chains format).</summary>
    public string Json { get; set; } = "";

    public string? Note { get; set; }

    public DateTime SavedAtUtc { get; set; }

    public string SavedBy { get; set; } = "";
}
