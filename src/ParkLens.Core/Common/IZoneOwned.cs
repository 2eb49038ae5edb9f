namespace ParkLens.Core.Common;

/// <summary>A row that belongs to one zone. The data scope filters every query on it, and the zone id is the sharding key.</summary>
public interface IZoneOwned
{
    int ZoneId { get; }
}
