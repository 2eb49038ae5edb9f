namespace ParkLens.Core.LandEfficiency.Domain;

/// <summary>
/// A saved version of an evaluation scheme: an authority's own (applies to its zones) or the national one (system
/// administrator). Built-in schemes live in data/land and are version 1; every save is the next version of its key.
/// </summary>
internal sealed class LandSchemeRecord
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    /// <summary>Null for a national scheme.</summary>
    public int? OwnerAuthorityId { get; set; }

    /// <summary>"national" or "authority:{id}": part of the unique key, since a null owner would not collide in an index.</summary>
    public string OwnerScope { get; set; } = "";

    public string Json { get; set; } = "";

    public string? Note { get; set; }

    public string SavedBy { get; set; } = "";

    public DateTime SavedAtUtc { get; set; }

    public static string ScopeOf(int? authorityId) => authorityId is { } id ? $"authority:{id}" : "national";
}
