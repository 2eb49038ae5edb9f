using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Scale.Synthetic;

/// <summary>
/// The industry mix of the synthetic province: 小类 (4-digit) classes of GB/T 4754-2017, by division share. About 70 %
/// manufacturing (divisions 13–43, heavier on the ones zones court: chemicals, pharma, metals, machinery, vehicles,
/// electrical, electronics), 4 % utilities (44–46, which land evaluation sets aside) and the rest services.
/// </summary>
internal static class IndustryMix
{
    private static readonly (string Division, double Weight, string Word)[] Divisions =
    [
        ("13", 3, "农产品"), ("14", 3, "食品"), ("15", 1, "饮品"), ("17", 2, "纺织"), ("18", 1.5, "服饰"), ("22", 1, "纸业"), ("26", 6, "化工"),
        ("27", 6, "生物医药"), ("29", 3, "塑胶"), ("30", 4, "建材"), ("31", 1, "钢业"), ("32", 2, "金属材料"), ("33", 5, "五金"),
        ("34", 7, "机械"), ("35", 6, "装备"), ("36", 4, "汽车部件"), ("37", 1, "航空装备"), ("38", 6, "电气"), ("39", 7, "电子"),
        ("40", 2, "仪器"), ("41", 0.5, "制品"), ("42", 0.5, "再生资源"), ("43", 0.5, "设备维修"),
        ("44", 2, "电力"), ("45", 1, "燃气"), ("46", 1, "水务"),
        ("51", 6, "商贸"), ("54", 2, "运输"), ("59", 2, "仓储物流"), ("64", 3, "网络科技"), ("65", 5, "软件"), ("72", 3, "商务咨询"),
        ("73", 3, "研究院"), ("75", 3, "科技服务"),
    ];

    private static readonly double Total = Divisions.Sum(d => d.Weight);

    private static readonly Dictionary<string, Industry[]> Classes = Divisions.ToDictionary(
        d => d.Division,
        d => IndustryCatalog.Instance.AtLevel(4).Where(i => i.Code.StartsWith(d.Division, StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal).ToArray());

    private static readonly Dictionary<string, string> Words = Divisions.ToDictionary(d => d.Division, d => d.Word);

    public static Industry Pick(Random random)
    {
        var draw = random.NextDouble() * Total;
        foreach (var (division, weight, _) in Divisions)
        {
            draw -= weight;
            if (draw < 0 && Classes[division].Length > 0)
            {
                return Classes[division][random.Next(Classes[division].Length)];
            }
        }
        var last = Classes[Divisions[^1].Division];
        return last[random.Next(last.Length)];
    }

    public static bool IsManufacturing(string code) => string.CompareOrdinal(code, "13") >= 0 && string.CompareOrdinal(code, "44") < 0;

    public static string Word(string code) => Words.GetValueOrDefault(code[..2], "实业");
}
