using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Registry.Domain;

/// <summary>The official Chinese terms for registry codes, as written in spreadsheets and shown in the UI.</summary>
public static class RegistryTerms
{
    public static readonly IReadOnlyDictionary<ZoneLevel, string> Levels = new Dictionary<ZoneLevel, string>
    {
        [ZoneLevel.National] = "国家级",
        [ZoneLevel.Provincial] = "省级",
        [ZoneLevel.Unrated] = "未定级",
    };

    public static readonly IReadOnlyDictionary<ZoneKind, string> Kinds = new Dictionary<ZoneKind, string>
    {
        [ZoneKind.HighTech] = "高新区",
        [ZoneKind.EconomicTech] = "经开区",
        [ZoneKind.ComprehensiveBonded] = "综保区",
        [ZoneKind.FreeTradeArea] = "自贸片区",
        [ZoneKind.BorderCooperation] = "边境经济合作区",
        [ZoneKind.IndustrialPark] = "产业园",
        [ZoneKind.ScienceCity] = "科学城",
    };

    public static readonly IReadOnlyDictionary<Ownership, string> Ownerships = new Dictionary<Ownership, string>
    {
        [Ownership.State] = "国有",
        [Ownership.Private] = "民营",
        [Ownership.Foreign] = "外资",
        [Ownership.HongKongMacaoTaiwan] = "港澳台",
    };

    public static readonly IReadOnlyDictionary<Certifications, string> CertificationNames = new Dictionary<Certifications, string>
    {
        [Certifications.TechSme] = "科技型中小企业",
        [Certifications.HighTech] = "高新技术企业",
        [Certifications.InnovativeSme] = "创新型中小企业",
        [Certifications.Specialized] = "专精特新中小企业",
        [Certifications.LittleGiant] = "专精特新小巨人",
        [Certifications.SingleChampion] = "单项冠军",
    };

    public static readonly IReadOnlyDictionary<PropertyUse, string> Uses = new Dictionary<PropertyUse, string>
    {
        [PropertyUse.Industrial] = "工业",
        [PropertyUse.Warehouse] = "仓储",
        [PropertyUse.Research] = "科研",
        [PropertyUse.Commercial] = "商业",
        [PropertyUse.Residential] = "住宅",
        [PropertyUse.Infrastructure] = "基础设施",
        [PropertyUse.Other] = "其他",
    };

    public static bool TryParse<T>(IReadOnlyDictionary<T, string> terms, string? text, out T value)
        where T : struct, Enum
    {
        var t = (text ?? "").Trim();
        foreach (var (key, zh) in terms)
        {
            if (zh == t || string.Equals(key.ToString(), t, StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Parses "高新技术企业;专精特新中小企业" (separators ; ， 、 ,); unknown names are returned.</summary>
    public static (Certifications Value, IReadOnlyList<string> Unknown) ParseCertifications(string? text)
    {
        var value = Certifications.None;
        var unknown = new List<string>();
        foreach (var part in SplitList(text))
        {
            if (TryParse(CertificationNames, part, out var c))
            {
                value |= c;
            }
            else
            {
                unknown.Add(part);
            }
        }
        return (value, unknown);
    }

    public static string FormatCertifications(Certifications value) =>
        string.Join(";", CertificationNames.Where(kv => value.HasFlag(kv.Key)).Select(kv => kv.Value));

    public static IEnumerable<string> SplitList(string? text) =>
        (text ?? "").Split([';', '；', ',', '，', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
