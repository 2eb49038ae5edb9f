namespace ParkLens.Core.Registry.Reference;

public sealed record Industry(string Code, string Name, int Level, string? ParentCode, string Section);

/// <summary>GB/T 4754-2017 国民经济行业分类 (with amendment No. 1, 2019): 门类, 大类, 中类, 小类.</summary>
public sealed class IndustryCatalog
{
    private readonly Dictionary<string, Industry> _byCode;

    private IndustryCatalog(IEnumerable<Industry> industries)
    {
        _byCode = industries.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Sections = _byCode.Values.Where(i => i.Level == 1).OrderBy(i => i.Code, StringComparer.Ordinal).ToArray();
    }

    public static IndustryCatalog Instance { get; } = Load();

    public IReadOnlyList<Industry> Sections { get; }

    public Industry? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var i) ? i : null;

    public IEnumerable<Industry> AtLevel(int level) => _byCode.Values.Where(i => i.Level == level);

    /// <summary>"C 制造业 › 27 医药制造业 › 276 生物药品制品制造 › 2761 生物药品制造".</summary>
    public IReadOnlyList<Industry> PathOf(string code)
    {
        var path = new List<Industry>();
        for (var i = Find(code); i is not null; i = i.ParentCode is null ? null : Find(i.ParentCode))
        {
            path.Insert(0, i);
        }
        return path;
    }

    private static IndustryCatalog Load()
    {
        var rows = EmbeddedData.ReadCsv("industries/gbt4754-2017.csv");
        var parents = rows.ToDictionary(r => r["code"], r => r["parent_code"]);
        string SectionOf(string code)
        {
            var c = code;
            while (parents.TryGetValue(c, out var p) && p.Length > 0)
            {
                c = p;
            }
            return c;
        }
        return new IndustryCatalog(rows.Select(r => new Industry(
            r["code"], r["name"], int.Parse(r["level"], System.Globalization.CultureInfo.InvariantCulture),
            r["parent_code"].Length == 0 ? null : r["parent_code"], SectionOf(r["code"]))));
    }
}
