using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

internal sealed class Building : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? ParcelId { get; set; }

    public string Name { get; set; } = "";

    public decimal FloorAreaM2 { get; set; }

    public decimal VacantAreaM2 { get; set; }

    public PropertyUse Use { get; set; }

    public int? OwnerEnterpriseId { get; set; }

    public string? OwnerName { get; set; }

    public Provenance Provenance { get; set; } = new();
}
