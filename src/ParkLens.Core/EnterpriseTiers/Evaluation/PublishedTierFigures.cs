using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Evaluation;

/// <summary>Which published zone figures count enterprises of a tier (matched on the article's indicator wording).</summary>
internal static class PublishedTierFigures
{
    public static Tier? TierOf(string indicator) => indicator switch
    {
        _ when indicator.Contains("小巨人", StringComparison.Ordinal) => Tier.LittleGiant,
        _ when indicator.Contains("专精特新", StringComparison.Ordinal) => Tier.Specialized,
        _ when indicator.Contains("创新型中小企业", StringComparison.Ordinal) => Tier.InnovativeSme,
        _ when indicator.Contains("比重", StringComparison.Ordinal) => null,
        _ when indicator.Contains("高新技术企业", StringComparison.Ordinal) => Tier.HighTech,
        _ when indicator.Contains("科技型中小企业", StringComparison.Ordinal) => Tier.TechSme,
        _ => null,
    };
}
