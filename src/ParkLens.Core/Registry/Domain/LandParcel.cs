using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

internal sealed class LandParcel : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? SubParkId { get; set; }

    public string Code { get; set; } = "";

    public decimal AreaMu { get; set; }

    public PropertyUse Use { get; set; }

    public int? OwnerEnterpriseId { get; set; }

    public string? OwnerName { get; set; }

    public bool IsIdle { get; set; }

    public Provenance Provenance { get; set; } = new();

    public List<Building> Buildings { get; } = [];
}
