using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

/// <summary>One park of a zone that has several (一区多园).</summary>
internal sealed class SubPark : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public string Name { get; set; } = "";

    public string? Note { get; set; }

    public Provenance Provenance { get; set; } = new();
}
