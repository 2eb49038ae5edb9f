using System.Globalization;

namespace ParkLens.Core.ChainAtlas.Targeting;

/// <summary>The point ECharts' China map gives each province (its label position, near the centre), from data/geo/province-centres.csv.</summary>
public static class ProvinceCentres
{
    private static readonly Lazy<Dictionary<string, GeoPoint>> Points = new(Load);

    public static GeoPoint? Of(string provinceCode) => Points.Value.TryGetValue(provinceCode, out var p) ? p : null;

    private static Dictionary<string, GeoPoint> Load()
    {
        using var stream = typeof(ProvinceCentres).Assembly.GetManifestResourceStream("data/geo/province-centres.csv")
            ?? throw new InvalidOperationException("data/geo/province-centres.csv is missing from ParkLens.Core.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var result = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length == 4)
            {
                result[f[0]] = new GeoPoint(double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture));
            }
        }
        return result;
    }
}
