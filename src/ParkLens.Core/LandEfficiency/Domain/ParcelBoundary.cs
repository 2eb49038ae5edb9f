using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.Domain;

/// <summary>A parcel's surveyed outline, imported from GeoJSON (one per parcel; a new import replaces it).</summary>
internal sealed class ParcelBoundary : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ParcelId { get; set; }

    /// <summary>The GeoJSON geometry (Polygon or MultiPolygon, longitude/latitude degrees) as imported.</summary>
    public string GeometryJson { get; set; } = "";

    /// <summary>The outline's area on the ellipsoid, 亩, to set beside the registered area.</summary>
    public decimal SurveyedMu { get; set; }

    public double MinLon { get; set; }

    public double MinLat { get; set; }

    public double MaxLon { get; set; }

    public double MaxLat { get; set; }

    public string SourceFile { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }
}
