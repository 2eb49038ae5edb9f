using ParkLens.Core.EnterpriseTiers.Rules;
using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.Tests.EnterpriseTiers;

/// <summary>瞪羚 example rule and the whole-catalogue evaluation.</summary>
public sealed class GazelleAndEngineTests
{
    [Fact]
    public void Gazelle_IsAnExample_WithEveryNumberFlagged()
    {
        var set = TierRuleCatalog.Current(Tier.Gazelle, new DateOnly(2025, 1, 1))!;

        set.IsExample.ShouldBeTrue();
        set.Numbers.Values.ShouldAllBe(n => n.Confidence == "M");
    }

    [Fact]
    public void Gazelle_GrowthShortfall_GivesTheLatestYearRevenueNeeded()
    {
        var set = TierRuleCatalog.Get("gazelle-example");
        var facts = TierTestFacts.Of((OperatingDays, 1000), (Revenue, 1100), (RevenueY1, 1000), (RevenueY2, 1000));

        var result = TierEngine.Evaluate(set, facts);

        result.Verdict.ShouldBe(Verdict.Fail);
        // ½(y0/1000 + 1) − 1 ≥ 20% ⇔ y0 ≥ 1400.
        var growth = result.Improvements.Single(i => i.CriterionId == "growth");
        growth.Target.ShouldBe(1400);
        growth.PassesAlone.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateAll_GivesOneResultPerTier()
    {
        var results = TierEngine.EvaluateAll(InnovativeSmeTests.Firm(), new DateOnly(2025, 6, 30));

        results.Select(r => r.Tier).ShouldBe(Enum.GetValues<Tier>());
        results.Single(r => r.Tier == Tier.SizeClass).ResultZh.ShouldBe("小型");
    }

    [Fact]
    public void EmptyFacts_CannotDecide_Everywhere()
    {
        var results = TierEngine.EvaluateAll(TierFacts.Empty, new DateOnly(2025, 6, 30));

        results.ShouldAllBe(r => r.Verdict == Verdict.CannotDecide && r.MissingFacts.Count > 0 && r.Improvements.Count == 0);
    }

    [Fact]
    public void ManyEnterprises_AllTiers_AreEvaluatedQuickly()
    {
        // A guard against accidental quadratic work, not a benchmark: the suite runs a Debug build on shared 2-core
        // machines. A Release build evaluates 10,000 enterprises × all tiers in about 1.3 s on such a loaded box.
        var firms = Enumerable.Range(0, 2_000).Select(i => InnovativeSmeTests.Firm().With((Revenue, 1000 + i), (TechStaff, i % 40), (OperatingDays, 300 + i))).ToList();
        var asOf = new DateOnly(2025, 6, 30);
        TierEngine.EvaluateAll(firms[0], asOf);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = firms.Sum(f => TierEngine.EvaluateAll(f, asOf).Count);
        watch.Stop();

        count.ShouldBe(14_000);
        watch.ElapsedMilliseconds.ShouldBeLessThan(10_000);
    }
}
