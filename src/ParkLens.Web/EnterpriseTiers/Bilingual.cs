using ParkLens.Core.Common;

namespace ParkLens.Web.EnterpriseTiers;

/// <summary>Picks the Chinese or English text of a pair the rule engine or the tier terms carry, by the UI culture.</summary>
internal static class Bilingual
{
    public static string Of((string Zh, string En) text) => UiLanguage.IsChinese ? text.Zh : text.En;

    public static string Of(string? zh, string? en) => (UiLanguage.IsChinese ? zh : en) ?? zh ?? en ?? "";

    public static string Tier(ParkLens.Core.EnterpriseTiers.Rules.Tier tier) => Of(ParkLens.Core.EnterpriseTiers.Domain.TierTerms.Names[tier]);

    public static string Fact(string key) =>
        ParkLens.Core.EnterpriseTiers.Rules.FactCatalog.TryGet(key, out var d) ? Of(d.NameZh, d.NameEn) : key;
}
