using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

/// <summary>What a published figure says about a tier: how many hold it at a year's end, or how many were newly listed that year.</summary>
internal sealed record PublishedCount(Tier Tier, int Year, int Count, bool NewlyListed, string Quote);

internal static class PublishedCounts
{
    public static List<PublishedCount> From(IEnumerable<PublishedFigure> figures) => figures
        .Where(f => !f.IsTarget && f.Unit == "家" && f.Year is not null && f.Value is not null)
        .Select(f => (Figure: f, Tier: PublishedTierFigures.TierOf(f.Indicator)))
        .Where(x => x.Tier is not null && !x.Figure.Indicator.Contains('园', StringComparison.Ordinal))
        .Select(x => new PublishedCount(x.Tier!.Value, x.Figure.Year!.Value, (int)x.Figure.Value!.Value,
            x.Figure.Indicator.Contains("入选", StringComparison.Ordinal) || x.Figure.Indicator.Contains("入围", StringComparison.Ordinal), x.Figure.Quote))
        .ToList();

    /// <summary>"占市定目标的96.67%" beside "174家": the target those two imply, rounded to a whole enterprise.</summary>
    public static int? ImpliedTarget(int achieved, decimal percentOfTarget) =>
        percentOfTarget <= 0 ? null : (int)Math.Round(achieved * 100m / percentOfTarget, MidpointRounding.AwayFromZero);
}
