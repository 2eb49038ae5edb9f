using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ParkLens.Core.LandEfficiency.ParcelMap;

/// <summary>A parcel as the schematic map places it: its sub-park (null: none recorded) and area in 亩.</summary>
public sealed record ParcelPlot(int ParcelId, string Code, int? SubParkId, string SubParkName, decimal AreaMu, string Use, int? OwnerEnterpriseId, string? OwnerName, bool IsIdle);

/// <summary>An axis-aligned rectangle of the abstract plane; y grows downwards (screen order).</summary>
public readonly record struct PlaneRect(double X, double Y, double Width, double Height)
{
    public double Area => Width * Height;

    public double Right => X + Width;

    public double Bottom => Y + Height;
}

public sealed record PlacedParcel(ParcelPlot Parcel, PlaneRect Rect);

public sealed record SubParkBlock(int? SubParkId, string Name, decimal AreaMu, PlaneRect Rect);

/// <summary>The parcels placed on a <see cref="Width"/> × <see cref="Height"/> plane; parcels without a positive area are left out.</summary>
public sealed record ParcelLayout(double Width, double Height, IReadOnlyList<SubParkBlock> Blocks, IReadOnlyList<PlacedParcel> Parcels);

/// <summary>
/// A schematic, not surveyed, map of a zone's parcels: a squarified treemap (Bruls, Huizing &amp; van Wijk 2000) with the
/// sub-parks as blocks and their parcels inside, every rectangle's area proportional to its 亩. Pure and deterministic:
/// the same parcels, in any order, give the same rectangles and the same GeoJSON text.
/// </summary>
public static class SchematicParcelLayout
{
    public const double DefaultWidth = 1000;

    public const double DefaultHeight = 600;

    /// <summary>What the map must say about itself: its shapes are not surveyed geometry.</summary>
    public const string NoticeZh = "示意图：按面积排布，非测绘坐标";

    public const string NoticeEn = "Schematic: laid out by area, not surveyed coordinates";

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static ParcelLayout Place(IEnumerable<ParcelPlot> parcels, double width = DefaultWidth, double height = DefaultHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var drawn = parcels.Where(p => p.AreaMu > 0).OrderByDescending(p => p.AreaMu).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.ParcelId).ToList();
        var total = (double)drawn.Sum(p => p.AreaMu);
        if (drawn.Count == 0)
        {
            return new ParcelLayout(width, height, [], []);
        }
        var scale = width * height / total;
        var groups = drawn.GroupBy(p => p.SubParkId)
            .Select(g => (Id: g.Key, Name: g.First().SubParkName, Area: g.Sum(p => p.AreaMu), Parcels: g.ToList()))
            .OrderByDescending(g => g.Area).ThenBy(g => g.Id is null ? 1 : 0).ThenBy(g => g.Id).ToList();
        var blocks = new List<SubParkBlock>();
        var placed = new List<PlacedParcel>();
        var groupRects = Squarify(groups.Select(g => (double)g.Area * scale).ToList(), new PlaneRect(0, 0, width, height));
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            blocks.Add(new SubParkBlock(g.Id, g.Name, g.Area, groupRects[i]));
            var blockScale = groupRects[i].Area / (double)g.Area;
            var rects = Squarify(g.Parcels.Select(p => (double)p.AreaMu * blockScale).ToList(), groupRects[i]);
            placed.AddRange(g.Parcels.Select((p, k) => new PlacedParcel(p, rects[k])));
        }
        return new ParcelLayout(width, height, blocks, placed);
    }

    /// <summary>
    /// A GeoJSON FeatureCollection with a Polygon per parcel (y flipped so north is up), its properties the parcel's code,
    /// id, sub-park, area, owner, use and idle flag, and <c>key</c> ("p" + id) to match chart data by.
    /// </summary>
    public static string ToGeoJson(ParcelLayout layout)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartObject("properties");
            json.WriteString("notice", NoticeZh);
            json.WriteNumber("width", layout.Width);
            json.WriteNumber("height", layout.Height);
            json.WriteEndObject();
            json.WriteStartArray("features");
            foreach (var placed in layout.Parcels)
            {
                var p = placed.Parcel;
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteNumber("id", p.ParcelId);
                json.WriteStartObject("properties");
                json.WriteString("key", Key(p.ParcelId));
                json.WriteString("code", p.Code);
                json.WriteNumber("parcelId", p.ParcelId);
                json.WriteString("subPark", p.SubParkName);
                json.WriteNumber("areaMu", p.AreaMu);
                if (p.OwnerEnterpriseId is { } owner)
                {
                    json.WriteNumber("ownerId", owner);
                }
                else
                {
                    json.WriteNull("ownerId");
                }
                json.WriteString("owner", p.OwnerName);
                json.WriteString("use", p.Use);
                json.WriteBoolean("idle", p.IsIdle);
                json.WriteEndObject();
                WritePolygon(json, placed.Rect, layout.Height);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The sub-park blocks as a GeoJSON FeatureCollection on the same plane (properties: key "b" + index, subParkId, name, areaMu), to outline them.</summary>
    public static string BlocksToGeoJson(ParcelLayout layout)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            for (var i = 0; i < layout.Blocks.Count; i++)
            {
                var block = layout.Blocks[i];
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("key", "b" + i.ToString(CultureInfo.InvariantCulture));
                if (block.SubParkId is { } id)
                {
                    json.WriteNumber("subParkId", id);
                }
                else
                {
                    json.WriteNull("subParkId");
                }
                json.WriteString("name", block.Name);
                json.WriteNumber("areaMu", block.AreaMu);
                json.WriteEndObject();
                WritePolygon(json, block.Rect, layout.Height);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePolygon(Utf8JsonWriter json, PlaneRect r, double height)
    {
        json.WriteStartObject("geometry");
        json.WriteString("type", "Polygon");
        json.WriteStartArray("coordinates");
        json.WriteStartArray();
        var (bottom, top) = (height - r.Bottom, height - r.Y);
        // Counter-clockwise exterior ring (RFC 7946 §3.1.6), closed.
        foreach (var (x, y) in new[] { (r.X, bottom), (r.Right, bottom), (r.Right, top), (r.X, top), (r.X, bottom) })
        {
            json.WriteStartArray();
            json.WriteRawValue(Coordinate(x));
            json.WriteRawValue(Coordinate(y));
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The name a parcel's feature is matched by in chart data.</summary>
    public static string Key(int parcelId) => "p" + parcelId.ToString(CultureInfo.InvariantCulture);

    private static string Coordinate(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Rectangles, in the order of <paramref name="areas"/> (sorted largest first), tiling <paramref name="bounds"/> exactly.</summary>
    internal static IReadOnlyList<PlaneRect> Squarify(IReadOnlyList<double> areas, PlaneRect bounds)
    {
        var rects = new PlaneRect[areas.Count];
        var remaining = bounds;
        var i = 0;
        while (i < areas.Count)
        {
            var side = Math.Min(remaining.Width, remaining.Height);
            var end = i + 1;
            var sum = areas[i];
            var worst = Worst(areas, i, end, sum, side);
            while (end < areas.Count)
            {
                var next = Worst(areas, i, end + 1, sum + areas[end], side);
                if (next > worst)
                {
                    break;
                }
                sum += areas[end];
                worst = next;
                end++;
            }
            var last = end == areas.Count;
            if (remaining.Width >= remaining.Height)
            {
                // A column at the left, as wide as the row's area needs, its cells stacked downwards.
                var w = last ? remaining.Width : Math.Min(remaining.Width, sum / remaining.Height);
                var y = remaining.Y;
                for (var k = i; k < end; k++)
                {
                    var h = k == end - 1 ? remaining.Bottom - y : areas[k] / w;
                    rects[k] = new PlaneRect(remaining.X, y, w, h);
                    y += h;
                }
                remaining = new PlaneRect(remaining.X + w, remaining.Y, remaining.Width - w, remaining.Height);
            }
            else
            {
                // A row at the top, its cells side by side.
                var h = last ? remaining.Height : Math.Min(remaining.Height, sum / remaining.Width);
                var x = remaining.X;
                for (var k = i; k < end; k++)
                {
                    var w = k == end - 1 ? remaining.Right - x : areas[k] / h;
                    rects[k] = new PlaneRect(x, remaining.Y, w, h);
                    x += w;
                }
                remaining = new PlaneRect(remaining.X, remaining.Y + h, remaining.Width, remaining.Height - h);
            }
            i = end;
        }
        return rects;
    }

    // The worst aspect ratio of cells i..end-1 laid along a side of length `side`.
    private static double Worst(IReadOnlyList<double> areas, int start, int end, double sum, double side)
    {
        var max = double.MinValue;
        var min = double.MaxValue;
        for (var k = start; k < end; k++)
        {
            max = Math.Max(max, areas[k]);
            min = Math.Min(min, areas[k]);
        }
        var s2 = sum * sum;
        var w2 = side * side;
        return Math.Max(w2 * max / s2, s2 / (w2 * min));
    }
}
