using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.ParcelMap;

/// <summary>One parcel's surveyed outline read from a GeoJSON feature: its code, the geometry as compact GeoJSON and its
/// area on the ellipsoid in 亩 (to compare with the registered area).</summary>
public sealed record ParcelBoundaryFeature(int Feature, string Code, string GeometryJson, decimal SurveyedMu, double MinLon, double MinLat, double MaxLon, double MaxLat);

/// <summary>
/// Reads parcel outlines from a GeoJSON FeatureCollection (RFC 7946: longitude, latitude in degrees, WGS 84 / CGCS2000,
/// which agree to centimetres for this purpose). Each feature names its parcel by <c>code</c> (or 宗地编号 / 地块编号)
/// and has a Polygon or MultiPolygon of closed rings of at least four positions inside China's extent. Every problem
/// names the feature (1-based), the field and the rule; a file with any problem gives no features.
/// </summary>
public static class ParcelBoundaryReader
{
    public static readonly string[] CodeProperties = ["code", "宗地编号", "地块编号", "parcel_code"];

    private static readonly ProblemRule NotJson = new("not-geojson", "文件不是有效的 GeoJSON：{0}", "the file is not valid GeoJSON: {0}");
    private static readonly ProblemRule NotCollection = new("not-feature-collection", "GeoJSON 顶层须为 FeatureCollection", "the GeoJSON top level must be a FeatureCollection");
    private static readonly ProblemRule NoFeatures = new("no-features", "FeatureCollection 中没有要素", "the FeatureCollection has no features");
    private static readonly ProblemRule NoCode = new("no-code", "第 {0} 个要素缺少宗地编号（properties.code / 宗地编号 / 地块编号）", "feature {0} has no parcel code (properties.code / 宗地编号 / 地块编号)");
    private static readonly ProblemRule DuplicateCode = new("duplicate-code", "第 {0} 个要素的宗地编号「{1}」与第 {2} 个要素重复", "feature {0} repeats parcel code {1} of feature {2}");
    private static readonly ProblemRule BadGeometryType = new("geometry-type", "第 {0} 个要素的几何类型须为 Polygon 或 MultiPolygon（实际：{1}）", "feature {0} must be a Polygon or MultiPolygon (found {1})");
    private static readonly ProblemRule BadRing = new("ring", "第 {0} 个要素的环 {1}：{2}", "feature {0}, ring {1}: {2}");
    private static readonly ProblemRule OutOfRange = new("coordinates-range", "第 {0} 个要素的坐标 ({1}, {2}) 不在中国经纬度范围内（经度 73–136，纬度 3–54）；请提供经纬度而非投影坐标", "feature {0} has coordinates ({1}, {2}) outside China's longitude 73–136 / latitude 3–54; give degrees, not projected metres");

    public static (IReadOnlyList<ParcelBoundaryFeature> Features, IReadOnlyList<Problem> Problems) Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            return ([], [NotJson.For("file", ex.Message)]);
        }
        if (root is not JsonObject collection || (string?)collection["type"] != "FeatureCollection" || collection["features"] is not JsonArray features)
        {
            return ([], [NotCollection.For("type")]);
        }
        if (features.Count == 0)
        {
            return ([], [NoFeatures.For("features")]);
        }
        var problems = new List<Problem>();
        var result = new List<ParcelBoundaryFeature>();
        var firstByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var n = i + 1;
            var feature = features[i] as JsonObject;
            var code = CodeOf(feature?["properties"] as JsonObject);
            if (code is null)
            {
                problems.Add(NoCode.For($"features[{n}].properties", n));
            }
            else if (!firstByCode.TryAdd(code, n))
            {
                problems.Add(DuplicateCode.For($"features[{n}].properties", n, code, firstByCode[code]));
            }
            var geometry = feature?["geometry"] as JsonObject;
            var type = (string?)geometry?["type"];
            if (type is not ("Polygon" or "MultiPolygon"))
            {
                problems.Add(BadGeometryType.For($"features[{n}].geometry", n, type ?? "null"));
                continue;
            }
            var polygons = type == "Polygon" ? [geometry!["coordinates"]] : (geometry!["coordinates"] as JsonArray)?.ToArray() ?? [];
            var before = problems.Count;
            var box = (MinLon: double.MaxValue, MinLat: double.MaxValue, MaxLon: double.MinValue, MaxLat: double.MinValue);
            double squareMetres = 0;
            var ringNumber = 0;
            foreach (var polygon in polygons)
            {
                var rings = (polygon as JsonArray)?.ToArray() ?? [];
                if (rings.Length == 0)
                {
                    problems.Add(BadRing.For($"features[{n}].geometry", n, ringNumber + 1, UiLanguage.Pick("多边形没有环", "a polygon has no ring")));
                }
                for (var r = 0; r < rings.Length; r++)
                {
                    ringNumber++;
                    if (Ring(rings[r], n, ringNumber, problems) is not { } points)
                    {
                        continue;
                    }
                    foreach (var (lon, lat) in points)
                    {
                        box = (Math.Min(box.MinLon, lon), Math.Min(box.MinLat, lat), Math.Max(box.MaxLon, lon), Math.Max(box.MaxLat, lat));
                    }
                    // The outer ring adds, holes subtract.
                    squareMetres += (r == 0 ? 1 : -1) * Math.Abs(RingArea(points));
                }
            }
            if (problems.Count == before && code is not null)
            {
                result.Add(new ParcelBoundaryFeature(n, code, geometry.ToJsonString(), Math.Round((decimal)(squareMetres / SquareMetresPerMu), 2),
                    box.MinLon, box.MinLat, box.MaxLon, box.MaxLat));
            }
        }
        return problems.Count > 0 ? ([], problems) : (result, []);
    }

    /// <summary>1 亩 = 10000/15 m² (666.67 m²).</summary>
    public const double SquareMetresPerMu = 10000.0 / 15;

    private static string? CodeOf(JsonObject? properties)
    {
        foreach (var key in CodeProperties)
        {
            if (properties?[key] is JsonValue value)
            {
                var text = value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : (string?)value;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text.Trim();
                }
            }
        }
        return null;
    }

    private static List<(double Lon, double Lat)>? Ring(JsonNode? node, int feature, int ring, List<Problem> problems)
    {
        var field = $"features[{feature}].geometry";
        if (node is not JsonArray positions || positions.Count < 4)
        {
            problems.Add(BadRing.For(field, feature, ring, UiLanguage.Pick("至少需要 4 个坐标点（首尾相同）", "needs at least 4 positions (first equal to last)")));
            return null;
        }
        var points = new List<(double, double)>(positions.Count);
        foreach (var position in positions)
        {
            if (position is not JsonArray { Count: >= 2 } pair || !TryNumber(pair[0], out var lon) || !TryNumber(pair[1], out var lat))
            {
                problems.Add(BadRing.For(field, feature, ring, UiLanguage.Pick("坐标须为 [经度, 纬度] 数字对", "each position must be a [longitude, latitude] pair of numbers")));
                return null;
            }
            if (lon is < 73 or > 136 || lat is < 3 or > 54)
            {
                problems.Add(OutOfRange.For(field, feature, lon.ToString(CultureInfo.InvariantCulture), lat.ToString(CultureInfo.InvariantCulture)));
                return null;
            }
            points.Add((lon, lat));
        }
        if (points[0] != points[^1])
        {
            problems.Add(BadRing.For(field, feature, ring, UiLanguage.Pick("环未闭合（首尾坐标须相同）", "the ring is not closed (first and last positions must be equal)")));
            return null;
        }
        return points;
    }

    private static bool TryNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value) && double.IsFinite(value);
    }

    // Area on the sphere of the WGS 84 authalic radius (the spherical-excess formula used by common GIS tools); for
    // parcels of a few hundred metres it agrees with the ellipsoidal area to well under 0.5 %.
    internal static double RingArea(List<(double Lon, double Lat)> points)
    {
        const double radius = 6371007.2;
        double sum = 0;
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (lon1, lat1) = points[i];
            var (lon2, lat2) = points[i + 1];
            sum += (lon2 - lon1) * Math.PI / 180 * (2 + Math.Sin(lat1 * Math.PI / 180) + Math.Sin(lat2 * Math.PI / 180));
        }
        return sum * radius * radius / 2;
    }
}
