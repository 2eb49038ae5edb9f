using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>A chain a zone works on, with its 链长 (the official in charge) and its 链主 (the leading enterprise, local or not).</summary>
internal sealed class ZoneChain : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public string ChainKey { get; set; } = "";

    public string? ChiefName { get; set; }

    public string? ChiefTitle { get; set; }

    /// <summary>The 链主 when it is an enterprise of the zone.</summary>
    public int? LeaderEnterpriseId { get; set; }

    /// <summary>The 链主's name (kept also for an outside leader).</summary>
    public string? LeaderName { get; set; }

    public string? Note { get; set; }

    public Provenance Provenance { get; set; } = new();
}
