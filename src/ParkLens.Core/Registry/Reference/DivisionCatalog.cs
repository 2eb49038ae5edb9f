using System.Globalization;

namespace ParkLens.Core.Registry.Reference;

public sealed record Division(string Code, string Name, int Level, string? ParentCode);

/// <summary>统计用区划代码 (国家统计局, 2023): provinces (2 digits), prefecture cities (4), county-level divisions (6).</summary>
public sealed class DivisionCatalog
{
    private readonly Dictionary<string, Division> _byCode;

    private DivisionCatalog(IEnumerable<Division> divisions)
    {
        _byCode = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        Provinces = _byCode.Values.Where(d => d.Level == 1).OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    public static DivisionCatalog Instance { get; } = new(
        EmbeddedData.ReadCsv("divisions/divisions.csv").Select(r => new Division(
            r["code"], r["name"], int.Parse(r["level"], CultureInfo.InvariantCulture), r["parent_code"].Length == 0 ? null : r["parent_code"])));

    public IReadOnlyList<Division> Provinces { get; }

    public Division? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var d) ? d : null;

    /// <summary>"云南省 玉溪市"; municipalities print once ("重庆市").</summary>
    public string PlaceName(string provinceCode, string? cityCode)
    {
        var province = Find(provinceCode)?.Name ?? provinceCode;
        var city = Find(cityCode)?.Name;
        return city is null || city == "市辖区" || city == "县" ? province : $"{province} {city}";
    }
}
