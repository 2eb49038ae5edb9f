namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A saved version of a chain template: an authority's edit of a built-in chain (no owner zone) or a zone's own chain.
/// Versions are never overwritten; the highest version of a key is the one in force.
/// </summary>
internal sealed class ChainTemplateRecord
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    /// <summary>Null for a chain every zone uses; a zone's id for a chain only that zone sees.</summary>
    public int? OwnerZoneId { get; set; }

    /// <summary>The template as its JSON file reads (data/chains format).</summary>
    public string Json { get; set; } = "";

    public string? Note { get; set; }

    public DateTime SavedAtUtc { get; set; }

    public string SavedBy { get; set; } = "";
}
