using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>The ladder's names in both UI languages, and each tier's flag in the registry.</summary>
public static class TierTerms
{
    /// <summary>The certification ladder from the bottom rung up (size class and 瞪羚 are not rungs).</summary>
    public static readonly IReadOnlyList<Tier> Ladder = [Tier.TechSme, Tier.HighTech, Tier.InnovativeSme, Tier.Specialized, Tier.LittleGiant];

    public static readonly IReadOnlyDictionary<Tier, (string Zh, string En)> Names = new Dictionary<Tier, (string, string)>
    {
        [Tier.SizeClass] = ("中小企业划型", "SME size class"),
        [Tier.TechSme] = ("科技型中小企业", "Tech-based SME"),
        [Tier.HighTech] = ("高新技术企业", "High-tech enterprise"),
        [Tier.InnovativeSme] = ("创新型中小企业", "Innovative SME"),
        [Tier.Specialized] = ("专精特新中小企业", "Specialised SME (专精特新)"),
        [Tier.LittleGiant] = ("专精特新“小巨人”", "Little giant (小巨人)"),
        [Tier.Gazelle] = ("瞪羚企业", "Gazelle"),
    };

    public static readonly IReadOnlyDictionary<CultivationPool, (string Zh, string En)> Pools = new Dictionary<CultivationPool, (string, string)>
    {
        [CultivationPool.Reserve] = ("储备库", "Reserve"),
        [CultivationPool.Cultivating] = ("培育库", "Cultivating"),
        [CultivationPool.Promoting] = ("提升库", "Promoting"),
    };

    public static readonly IReadOnlyDictionary<ApplicationStatus, (string Zh, string En)> Statuses = new Dictionary<ApplicationStatus, (string, string)>
    {
        [ApplicationStatus.Submitted] = ("申报", "Submitted"),
        [ApplicationStatus.Accepted] = ("受理", "Accepted"),
        [ApplicationStatus.Publicized] = ("公示", "Publicised"),
        [ApplicationStatus.Certified] = ("认定", "Certified"),
        [ApplicationStatus.Rejected] = ("未通过", "Not passed"),
    };

    public static readonly IReadOnlyDictionary<AssistanceKind, (string Zh, string En)> AssistanceKinds = new Dictionary<AssistanceKind, (string, string)>
    {
        [AssistanceKind.Visit] = ("走访", "Visit"),
        [AssistanceKind.Coaching] = ("辅导", "Coaching"),
        [AssistanceKind.DocumentReview] = ("材料预审", "Document review"),
        [AssistanceKind.Training] = ("培训", "Training"),
        [AssistanceKind.Other] = ("其他", "Other"),
    };

    public static Certifications? FlagOf(Tier tier) => tier switch
    {
        Tier.TechSme => Certifications.TechSme,
        Tier.HighTech => Certifications.HighTech,
        Tier.InnovativeSme => Certifications.InnovativeSme,
        Tier.Specialized => Certifications.Specialized,
        Tier.LittleGiant => Certifications.LittleGiant,
        _ => null,
    };

    public static bool IsCertifiable(Tier tier) => tier is not Tier.SizeClass;
}
