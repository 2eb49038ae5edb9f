using System.Globalization;
using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Targeting;

/// <summary>
/// Ranks outside enterprises for the gaps and weak links of one chain. A candidate counts only for the leaf the matcher
/// puts it in, and only if that leaf is one of <c>targetSegments</c>. Score = fit + size + growth + tier + ties + distance,
/// each term explained; ties broken by name so the order is stable.
/// </summary>
public static class TargetScorer
{
    /// <summary>Distance at which the distance term reaches zero.</summary>
    public const double FarKilometres = 3000;

    public static IReadOnlyList<ScoredTarget> Rank(
        string chainKey, IReadOnlySet<string> targetSegments, IEnumerable<Candidate> candidates, SegmentMatcher matcher, TargetingContext context)
    {
        var result = new List<ScoredTarget>();
        foreach (var candidate in candidates)
        {
            var match = matcher.Match(candidate.Subject).FirstOrDefault(m => m.ChainKey == chainKey);
            if (match is null || !targetSegments.Contains(match.SegmentId))
            {
                continue;
            }
            result.Add(Score(candidate, match, context));
        }
        return result.OrderByDescending(t => t.Score).ThenBy(t => t.Candidate.Name, StringComparer.Ordinal).ToList();
    }

    public static ScoredTarget Score(Candidate candidate, SegmentMatch match, TargetingContext context)
    {
        var w = context.Weights;
        var terms = new List<ScoreTerm>
        {
            new("fit", Round(w.Fit * match.Confidence), w.Fit,
                $"环节匹配度 {SegmentMatcher.Percent(match.Confidence)}：{match.ReasonZh}", $"segment fit {SegmentMatcher.Percent(match.Confidence)}: {match.ReasonEn}"),
            SizeTerm(candidate, w.Size),
            GrowthTerm(candidate, w.Growth),
            TierTerm(candidate, w.Tier),
            TiesTerm(candidate, context, w.Ties),
            DistanceTerm(candidate, context, w.Distance),
        };
        return new ScoredTarget(candidate, match.SegmentId, terms.Sum(t => t.Points), terms, match);
    }

    // 1,000 万元 of revenue gives nothing, 100 亿元 (1,000,000 万元) or more gives everything, log-scaled between.
    private static ScoreTerm SizeTerm(Candidate c, decimal max)
    {
        if (c.Revenue is { } revenue && revenue > 0)
        {
            var share = Math.Clamp(Math.Log10((double)revenue / 1000) / 3, 0, 1);
            return new ScoreTerm("size", Round(max * (decimal)share), max,
                $"营业收入 {Yi(revenue)} 亿元（1000 万元记 0 分，100 亿元及以上满分，按对数）", $"revenue {Yi(revenue)} 100M yuan (10M scores 0, 10B or more full, log scale)");
        }
        if (c.IsListed)
        {
            return new ScoreTerm("size", Round(max * 0.85m), max, "无营收数据；上市公司按大型企业计 85%", "no revenue figure; a listed company counts as large (85%)");
        }
        return new ScoreTerm("size", 0, max, "无营收数据，不计分", "no revenue figure; no points");
    }

    // Growth of 30 % or more a year gives everything; no growth or a decline gives nothing.
    private static ScoreTerm GrowthTerm(Candidate c, decimal max)
    {
        if (c.Revenue is { } now && c.PreviousRevenue is > 0)
        {
            var growth = now / c.PreviousRevenue.Value - 1;
            var share = Math.Clamp(growth / 0.3m, 0, 1);
            return new ScoreTerm("growth", Round(max * share), max,
                string.Create(CultureInfo.InvariantCulture, $"营收同比 {growth * 100:0.0}%（30% 及以上满分）"),
                string.Create(CultureInfo.InvariantCulture, $"revenue {growth * 100:+0.0;-0.0}% year on year (30% or more scores full)"));
        }
        return new ScoreTerm("growth", 0, max, "无连续两年营收，不计分", "no two consecutive years of revenue; no points");
    }

    private static readonly (Certifications Flag, string List, decimal Share, string Zh, string En)[] TierRungs =
    [
        (Certifications.SingleChampion, "单项冠军", 1m, "制造业单项冠军", "single champion"),
        (Certifications.LittleGiant, "专精特新小巨人", 0.8m, "专精特新“小巨人”", "little giant"),
        (Certifications.Specialized, "专精特新", 0.6m, "专精特新中小企业", "specialised SME"),
        (Certifications.HighTech, "高新技术企业", 0.4m, "高新技术企业", "high-tech enterprise"),
        (Certifications.InnovativeSme, "创新型中小企业", 0.3m, "创新型中小企业", "innovative SME"),
        (Certifications.TechSme, "科技型中小企业", 0.2m, "科技型中小企业", "tech SME"),
    ];

    private static ScoreTerm TierTerm(Candidate c, decimal max)
    {
        foreach (var rung in TierRungs)
        {
            if ((c.Certifications & rung.Flag) != 0 || c.Lists.Contains(rung.List))
            {
                return new ScoreTerm("tier", Round(max * rung.Share), max, string.Create(CultureInfo.InvariantCulture, $"最高梯次：{rung.Zh}（{rung.Share * 100:0}%）"),
                    string.Create(CultureInfo.InvariantCulture, $"highest tier: {rung.En} ({rung.Share * 100:0}%)"));
            }
        }
        return new ScoreTerm("tier", 0, max, "无梯次资质", "no certification");
    }

    private static ScoreTerm TiesTerm(Candidate c, TargetingContext context, decimal max)
    {
        if (!context.TiesByPartner.TryGetValue(TargetingContext.NormaliseName(c.Name), out var ties) || ties.Count == 0)
        {
            return new ScoreTerm("ties", 0, max, "与本地链上企业无已知供销关系", "no known supply relation with a local chain enterprise");
        }
        var best = ties.OrderByDescending(t => t.LocalIsLeader).First();
        var share = best.LocalIsLeader ? 1m : 2m / 3;
        var local = best.LocalIsLeader ? ("链主", "chain leader") : ("链上企业", "chain enterprise");
        return new ScoreTerm("ties", Round(max * share), max,
            $"以商招商：是本地{local.Item1}{best.LocalEnterpriseName}的{(best.PartnerSupplies ? "供应商" : "客户")}{(best.IsSynthetic ? "（合成数据）" : "")}",
            $"existing tie: {(best.PartnerSupplies ? "supplies" : "buys from")} local {local.Item2} {best.LocalEnterpriseName}{(best.IsSynthetic ? " (synthetic)" : "")}");
    }

    private static ScoreTerm DistanceTerm(Candidate c, TargetingContext context, decimal max)
    {
        if (c.ProvinceCode == context.HomeProvinceCode)
        {
            return new ScoreTerm("distance", max, max, "同省", "same province");
        }
        if (context.ProvincePoint(c.ProvinceCode) is not { } there || context.ProvincePoint(context.HomeProvinceCode) is not { } home)
        {
            return new ScoreTerm("distance", 0, max, "所在地不详", "location unknown");
        }
        var km = home.KilometresTo(there);
        var share = (decimal)Math.Clamp(1 - km / FarKilometres, 0, 1);
        return new ScoreTerm("distance", Round(max * share), max,
            string.Create(CultureInfo.InvariantCulture, $"两省中心点直线距离约 {km:0} 公里（{FarKilometres:0} 公里及以上不计分）"), string.Create(CultureInfo.InvariantCulture, $"about {km:0} km between the two provinces' centre points ({FarKilometres:0} km or more scores 0)"));
    }

    private static string Yi(decimal wan) => (wan / 10000).ToString("0.##", CultureInfo.InvariantCulture);

    private static decimal Round(decimal points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);
}
