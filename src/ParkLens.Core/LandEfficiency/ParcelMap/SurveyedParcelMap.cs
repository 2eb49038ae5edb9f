using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ParkLens.Core.LandEfficiency.ParcelMap;

/// <summary>A parcel's imported outline as the map draws it.</summary>
public sealed record SurveyedOutline(int ParcelId, string Code, string GeometryJson);

/// <summary>
/// The map of a zone whose parcels have surveyed outlines: the outlines as one GeoJSON FeatureCollection in
/// longitude/latitude, each feature keyed like the schematic map's (<see cref="SchematicParcelLayout.Key"/>) so the
/// same colouring applies.
/// </summary>
public static class SurveyedParcelMap
{
    public const string NoticeZh = "测绘边界：按导入的 GeoJSON 经纬度绘制";

    public const string NoticeEn = "Surveyed outlines: drawn from the imported GeoJSON (longitude/latitude)";

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string ToGeoJson(IEnumerable<SurveyedOutline> outlines)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var o in outlines.OrderBy(o => o.ParcelId))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("key", SchematicParcelLayout.Key(o.ParcelId));
                json.WriteString("code", o.Code);
                json.WriteNumber("parcelId", o.ParcelId);
                json.WriteEndObject();
                json.WritePropertyName("geometry");
                json.WriteRawValue(o.GeometryJson);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The x-to-y scale that makes a degree of longitude as long as it is at this latitude (ECharts' aspectScale).</summary>
    public static double AspectScale(double minLat, double maxLat) => Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
}
