using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ImportRegistryFile;

public sealed record ImportColumn(string Key, string Label, string EnLabel, bool Required, string Example, string Help)
{
    /// <summary>A header cell names this column by its key, its Chinese or English label, or "label(key)".</summary>
    public bool Matches(string header)
    {
        var h = header.Trim().TrimStart('\uFEFF').Replace('（', '(').Replace('）', ')');
        var bare = h.Contains('(', StringComparison.Ordinal) ? h[..h.IndexOf('(', StringComparison.Ordinal)].Trim() : h;
        return string.Equals(h, Key, StringComparison.OrdinalIgnoreCase)
            || h == Label || bare == Label
            || string.Equals(h, EnLabel, StringComparison.OrdinalIgnoreCase)
            || h.EndsWith($"({Key})", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The columns of each import template. The first row of a file names them; order does not matter.</summary>
public static class ImportColumns
{
    public static readonly IReadOnlyList<ImportColumn> Zones =
    [
        new("name", "开发区名称", "Zone name", true, "玉溪高新技术产业开发区", "全称，唯一"),
        new("short_name", "简称", "Short name", true, "玉溪高新区", ""),
        new("level", "级别", "Level", true, "国家级", "国家级 / 省级"),
        new("kind", "类型", "Kind", true, "高新区", string.Join(" / ", RegistryTerms.Kinds.Values)),
        new("province_code", "省级区划代码", "Province code", true, "53", "2 位统计用区划代码"),
        new("city_code", "地级区划代码", "City code", true, "5304", "4 位统计用区划代码"),
        new("approval_year", "批准年份", "Approval year", false, "2012", "1984 年至今"),
        new("approved_area_ha", "核准面积(公顷)", "Approved area (ha)", false, "1200", "公顷，1 公顷 = 15 亩"),
        new("leading_industries", "主导产业", "Leading industries", false, "新能源电池;生物医药", "用 ; 或 、 分隔"),
        new("authority", "主管机构", "Authority", true, "云南省", "省级主管单位名称；不存在则新建"),
        new("catalogue_code", "目录代码", "Catalogue code", false, "G537001", "《中国开发区审核公告目录》代码"),
    ];

    public static readonly IReadOnlyList<ImportColumn> Enterprises =
    [
        new("uscc", "统一社会信用代码", "USCC", true, "91530400MA6K3YQX1F", "18 位，GB 32100-2015 校验"),
        new("name", "企业名称", "Enterprise name", true, "云南恩捷新材料股份有限公司", ""),
        new("zone", "所属开发区", "Zone", true, "玉溪高新区", "开发区全称或简称"),
        new("sub_park", "所属园区", "Sub-park", false, "", "一区多园时填写园区名称"),
        new("industry_code", "行业代码", "Industry code", true, "2922", "GB/T 4754-2017 大类/中类/小类代码"),
        new("founded_on", "成立日期", "Founded on", false, "2006-04-05", "yyyy-mm-dd"),
        new("ownership", "登记注册类型", "Ownership", true, "民营", string.Join(" / ", RegistryTerms.Ownerships.Values)),
        new("listed", "是否上市", "Listed", false, "是", "是 / 否"),
        new("certifications", "资质", "Certifications", false, "高新技术企业;专精特新中小企业", string.Join(" / ", RegistryTerms.CertificationNames.Values)),
        new("tags", "标签", "Tags", false, "链主;锂电池隔膜", "用 ; 分隔"),
        new("main_products", "主营产品", "Main products", false, "锂电池隔膜;涂覆隔膜", "用 ; 分隔；用于产业链环节匹配"),
        new("business_scope", "经营范围", "Business scope", false, "锂电池隔膜的研发、生产和销售", "营业执照所载经营范围"),
    ];

    public static readonly IReadOnlyList<ImportColumn> Indicators =
    [
        new("uscc", "统一社会信用代码", "USCC", true, "91530400MA6K3YQX1F", "企业须已在企业库中"),
        new("year", "年度", "Year", true, "2023", "1949 年至今"),
        .. IndicatorDefinitions.All.Select(d => new ImportColumn(
            d.Key, $"{d.ZhName}({d.Unit})", $"{d.EnName} ({d.Unit})", false, "",
            d.Kind == IndicatorKind.SignedAmount ? "万元，可为负" : d.Kind == IndicatorKind.Count ? "非负整数" : "非负数")),
    ];

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Zones => Zones,
        ImportKind.Enterprises => Enterprises,
        _ => Indicators,
    };
}
