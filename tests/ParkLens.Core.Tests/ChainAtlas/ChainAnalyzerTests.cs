using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.Templates;

namespace ParkLens.Core.Tests.ChainAtlas;

/// <summary>
/// A four-leaf chain A → B → C → D under one group, with members whose revenues (万元) make every figure computable by hand.
/// </summary>
public sealed class ChainAnalyzerTests
{
    private static readonly ChainTemplate Chain = new(
        "fixture", 1, new LocalText("测试链", "Fixture"), new LocalText("", ""), [],
        [
            new ChainSegment("g", null, ChainStage.Upstream, new LocalText("组", "Group"), [], [], [], true),
            Leaf("A", "g"), Leaf("B", null), Leaf("C", null), Leaf("D", null),
        ],
        [new SupplyEdge("A", "B"), new SupplyEdge("B", "C"), new SupplyEdge("C", "D")]);

    private static ChainSegment Leaf(string id, string? parent) =>
        new(id, parent, ChainStage.Midstream, new LocalText(id, id), [], [id + "环节"], [], false);

    private static int _nextId;

    private static ChainMember M(string segment, decimal? revenue, decimal? output = null) =>
        new(Interlocked.Increment(ref _nextId), $"{segment}-{revenue}", segment, revenue, output, false);

    // Year 1 ("before"):
    //   A: 60, 30, 10 → 100, HHI 60² + 30² + 10² = 3600 + 900 + 100 = 4600
    //   B: 80, 20     → 100, HHI 6400 + 400 = 6800; the largest holds 80 % ≥ 70 % → Dominated
    //   C: 10 alone   →  10, SingleFirm; and 10 < 25 % × (210 / 3 = 70) = 17.5 → Small
    //   D: nobody     → Gap
    //   total 210 over 3 covered leaves; coverage 3/4 = 0.75; edges A→B, B→C covered, C→D not → completeness 2/3
    //   chain HHI = 10000 × (3600 + 900 + 100 + 6400 + 400 + 100) / 210² = 115,000,000 / 44,100 = 2607.7 → 2608
    private static List<ChainMember> Year1() => [M("A", 60), M("A", 30), M("A", 10), M("B", 80), M("B", 20), M("C", 10)];

    // Year 2 ("now"):
    //   A: 60, 30, 10 → 100, HHI 4600, ≥ average 60 → Strong
    //   B: 60, 20     →  80, HHI 75² + 25² = 5625 + 625 = 6250; the largest holds 75 % ≥ 70 % → Dominated
    //   C: 4, 3, 3    →  10, HHI 1600 + 900 + 900 = 3400; 10 < 25 % × 60 = 15 → Small only
    //   D: 20, 15, 15 →  50, HHI 1600 + 900 + 900 = 3400; 15 ≤ 50 < 60 → Present
    //   total 240 over 4 covered leaves, average 60; coverage 1; completeness 3/3
    //   chain HHI = 10000 × (3600+900+100 + 3600+400 + 16+9+9 + 400+225+225 = 9484) / 240² = 94,840,000 / 57,600 = 1646.5 → 1647
    private static List<ChainMember> Year2() =>
        [M("A", 60), M("A", 30), M("A", 10), M("B", 60), M("B", 20), M("C", 4), M("C", 3), M("C", 3), M("D", 20), M("D", 15), M("D", 15)];

    [Fact]
    public void Analyze_Year1_CoverageCompletenessAndChainHhi()
    {
        var a = ChainAnalyzer.Analyze(Chain, Year1(), []);

        a.Leaves.ShouldBe(4);
        a.Covered.ShouldBe(3);
        a.Coverage.ShouldBe(0.75m);
        a.Completeness.ShouldBe(2m / 3);
        a.Members.ShouldBe(6);
        a.Revenue.ShouldBe(210m);
        a.Hhi.ShouldBe(2608);
        a.LocalSupplyRatio.ShouldBeNull();
        a.Edges.Select(e => e.BothCovered).ShouldBe([true, true, false]);
    }

    [Fact]
    public void Analyze_Year1_SegmentHhiSharesAndHealth()
    {
        var a = ChainAnalyzer.Analyze(Chain, Year1(), []);

        a.Segments.Select(s => s.SegmentId).ShouldBe(["A", "B", "C", "D"]);
        a.Of("A")!.Hhi.ShouldBe(4600);
        a.Of("A")!.Health.ShouldBe(SegmentHealth.Strong);
        a.Of("A")!.RevenueShare.ShouldBe(100m / 210);
        a.Of("A")!.Leader!.Revenue.ShouldBe(60m);
        a.Of("B")!.Hhi.ShouldBe(6800);
        a.Of("B")!.WeakReasons.ShouldBe([WeakReason.Dominated]);
        a.Of("C")!.Hhi.ShouldBe(10000);
        a.Of("C")!.RevenueShare.ShouldBe(10m / 210);
        a.Of("C")!.WeakReasons.ShouldBe([WeakReason.SingleFirm, WeakReason.Small]);
        a.Of("D")!.Health.ShouldBe(SegmentHealth.Gap);
        a.Of("D")!.Count.ShouldBe(0);
        a.Of("D")!.Hhi.ShouldBeNull();
        a.Of("D")!.RevenueShare.ShouldBe(0m);
        a.Gaps.Select(s => s.SegmentId).ShouldBe(["D"]);
        a.WeakLinks.Select(s => s.SegmentId).ShouldBe(["B", "C"]);
    }

    [Fact]
    public void Analyze_Year2_StrongPresentSmallAndDominated()
    {
        var a = ChainAnalyzer.Analyze(Chain, Year2(), []);

        a.Coverage.ShouldBe(1m);
        a.Completeness.ShouldBe(1m);
        a.Revenue.ShouldBe(240m);
        a.Hhi.ShouldBe(1647);
        a.Of("A")!.Health.ShouldBe(SegmentHealth.Strong);
        a.Of("B")!.Hhi.ShouldBe(6250);
        a.Of("B")!.WeakReasons.ShouldBe([WeakReason.Dominated]);
        a.Of("C")!.Hhi.ShouldBe(3400);
        a.Of("C")!.WeakReasons.ShouldBe([WeakReason.Small]);
        a.Of("D")!.Hhi.ShouldBe(3400);
        a.Of("D")!.Health.ShouldBe(SegmentHealth.Present);
        a.Of("D")!.WeakReasons.ShouldBeEmpty();
        a.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_SmallThreshold_IsStrictlyBelowTheShareOfAverage()
    {
        // Every segment split 40/30/30 % (HHI 1600 + 900 + 900 = 3400, not dominated):
        // A 60, B 40, C 50, D 10 → total 160 over 4 covered leaves, average 40; a quarter of it is 10 and D (10) is not below it.
        List<ChainMember> members =
        [
            M("A", 24), M("A", 18), M("A", 18), M("B", 16), M("B", 12), M("B", 12),
            M("C", 20), M("C", 15), M("C", 15), M("D", 4), M("D", 3), M("D", 3),
        ];

        var a = ChainAnalyzer.Analyze(Chain, members, []);

        a.Of("D")!.Hhi.ShouldBe(3400);
        a.Of("D")!.WeakReasons.ShouldBeEmpty();
        a.Of("D")!.Health.ShouldBe(SegmentHealth.Present);
        a.Of("B")!.Health.ShouldBe(SegmentHealth.Strong);

        // With half the average (20) as the bar, D (10) is small and B (40) and C (50) are not.
        var strict = ChainAnalyzer.Analyze(Chain, members, [], new AnalysisSettings(SmallShareOfAverage: 0.5m));
        strict.Of("D")!.WeakReasons.ShouldBe([WeakReason.Small]);
        strict.WeakLinks.Select(s => s.SegmentId).ShouldBe(["D"]);
    }

    [Theory]
    [InlineData(50, 50, false)]
    [InlineData(69, 31, false)]
    [InlineData(70, 30, true)]
    [InlineData(90, 10, true)]
    public void Analyze_Dominance_IsTheLargestFirmsShareAtOrAbove70Percent(int first, int second, bool dominated)
    {
        // B (100) beside A keeps A from being small; two equal firms share a link, they do not dominate it.
        var a = ChainAnalyzer.Analyze(Chain, [M("A", first), M("A", second), M("B", 100)], []);

        a.Of("A")!.WeakReasons.Contains(WeakReason.Dominated).ShouldBe(dominated);
        ChainAnalyzer.Analyze(Chain, [M("A", 50), M("A", 50)], [], new AnalysisSettings(DominantShare: 0.5m)).Of("A")!.WeakReasons.ShouldBe([WeakReason.Dominated]);
    }

    [Fact]
    public void Analyze_NullRevenue_IsCountedButLeftOutOfHhi()
    {
        List<ChainMember> members = [M("A", 60), M("A", 30), M("A", 10), M("A", null), M("B", 50), M("B", 50)];

        var a = ChainAnalyzer.Analyze(Chain, members, []);

        a.Members.ShouldBe(6);
        a.Of("A")!.Count.ShouldBe(4);
        a.Of("A")!.RevenueReported.ShouldBe(3);
        a.Of("A")!.Revenue.ShouldBe(100m);
        a.Of("A")!.Hhi.ShouldBe(4600);
        // Chain: 60, 30, 10, 50, 50 of 200 → 900 + 225 + 25 + 625 + 625 = 2400.
        a.Hhi.ShouldBe(2400);
    }

    [Fact]
    public void Analyze_NoRevenueAtAll_HhiAndSharesAreNull_NothingIsSmall()
    {
        List<ChainMember> members = [M("A", null), M("A", null), M("B", null)];

        var a = ChainAnalyzer.Analyze(Chain, members, []);

        a.Hhi.ShouldBeNull();
        a.Revenue.ShouldBe(0m);
        a.Of("A")!.Hhi.ShouldBeNull();
        a.Of("A")!.RevenueShare.ShouldBeNull();
        a.Of("A")!.Health.ShouldBe(SegmentHealth.Present);
        a.Of("A")!.Leader.ShouldNotBeNull();
        a.Of("B")!.WeakReasons.ShouldBe([WeakReason.SingleFirm]);
    }

    [Fact]
    public void Analyze_MemberOfGroupOrUnknownSegment_IsNotCounted()
    {
        List<ChainMember> members = [M("A", 10), M("g", 100), M("Z", 100)];

        var a = ChainAnalyzer.Analyze(Chain, members, []);

        a.Members.ShouldBe(1);
        a.Revenue.ShouldBe(10m);
        a.Covered.ShouldBe(1);
    }

    [Theory]
    [InlineData(new[] { 60.0, 30.0, 10.0 }, 4600)]
    [InlineData(new[] { 80.0, 20.0 }, 6800)]
    [InlineData(new[] { 50.0, 50.0 }, 5000)]
    [InlineData(new[] { 25.0, 25.0, 25.0, 25.0 }, 2500)]
    [InlineData(new[] { 1.0 }, 10000)]
    [InlineData(new[] { 1.0, 1.0, 1.0 }, 3333)]
    public void Hhi_OfRevenueShares(double[] revenues, int expected) =>
        ChainAnalyzer.Hhi(revenues.Select(r => (decimal?)r)).ShouldBe(expected);

    [Fact]
    public void Hhi_IgnoresNullAndZero() => ChainAnalyzer.Hhi([60m, null, 0m, 30m, 10m]).ShouldBe(4600);

    [Fact]
    public void Hhi_NothingPositive_IsNull() => ChainAnalyzer.Hhi([null, 0m]).ShouldBeNull();

    [Fact]
    public void LocalSupplyRatio_AllAmountsKnown_IsByAmount()
    {
        // A→B: local 30, outside 70 → 30 / 100 = 0.3. B→C: local 10, outside 40 → 0.2. Chain: 40 / 150.
        // The A→D relation is not an edge of the chain and is left out.
        List<KnownSupply> supplies =
        [
            new("A", "B", true, 30m), new("A", "B", false, 70m), new("B", "C", true, 10m), new("B", "C", false, 40m), new("A", "D", true, 1000m),
        ];

        var a = ChainAnalyzer.Analyze(Chain, Year1(), supplies);

        a.LocalSupplyRatio.ShouldBe(40m / 150);
        var ab = a.Edges.Single(e => e.From == "A" && e.To == "B");
        ab.KnownSupplies.ShouldBe(2);
        ab.LocalSupplyRatio.ShouldBe(0.3m);
        ab.ByAmount.ShouldBeTrue();
        var cd = a.Edges.Single(e => e.From == "C");
        cd.KnownSupplies.ShouldBe(0);
        cd.LocalSupplyRatio.ShouldBeNull();
    }

    [Fact]
    public void LocalSupplyRatio_OneAmountMissing_IsByCount()
    {
        // B→C: local (no amount), local 10, outside 20 → by count 2 / 3. Chain with A→B (local 30, outside 70): 3 of 5 local = 0.6.
        List<KnownSupply> supplies =
        [
            new("A", "B", true, 30m), new("A", "B", false, 70m), new("B", "C", true, null), new("B", "C", true, 10m), new("B", "C", false, 20m),
        ];

        var a = ChainAnalyzer.Analyze(Chain, Year1(), supplies);

        a.LocalSupplyRatio.ShouldBe(0.6m);
        var bc = a.Edges.Single(e => e.From == "B");
        bc.LocalSupplyRatio.ShouldBe(2m / 3);
        bc.ByAmount.ShouldBeFalse();
        a.Edges.Single(e => e.From == "A").ByAmount.ShouldBeTrue();
    }

    [Fact]
    public void Compare_YearOverYear_GivesDeltasAndClosedGaps()
    {
        var before = ChainAnalyzer.Analyze(Chain, Year1(), []);
        var now = ChainAnalyzer.Analyze(Chain, Year2(), []);

        var change = ChainAnalyzer.Compare(now, before);

        change.CoverageDelta.ShouldBe(0.25m);
        change.MembersDelta.ShouldBe(5);
        // 240 / 210 − 1 = 1/7 ≈ 0.142857
        change.RevenueGrowth!.Value.ShouldBe(1m / 7, 0.000001m);
        change.HhiDelta.ShouldBe(1647 - 2608);
        change.CompletenessDelta.ShouldBe(1m - 2m / 3);
        change.LocalSupplyRatioDelta.ShouldBeNull();
        change.GapsClosed.ShouldBe(["D"]);
        change.GapsOpened.ShouldBeEmpty();
        change.Segments["A"].RevenueGrowth.ShouldBe(0m);
        change.Segments["A"].HhiDelta.ShouldBe(0);
        change.Segments["B"].RevenueGrowth.ShouldBe(-0.2m);
        change.Segments["B"].HhiDelta.ShouldBe(6250 - 6800);
        change.Segments["C"].CountDelta.ShouldBe(2);
        change.Segments["D"].CountDelta.ShouldBe(3);
        change.Segments["D"].RevenueGrowth.ShouldBeNull();
        change.Segments["D"].HhiDelta.ShouldBeNull();
        change.Segments["D"].Before.ShouldBe(SegmentHealth.Gap);
        change.Segments["B"].Before.ShouldBe(SegmentHealth.Weak);
    }

    [Fact]
    public void Compare_LinkLost_OpensAGap()
    {
        var before = ChainAnalyzer.Analyze(Chain, Year2(), []);
        var now = ChainAnalyzer.Analyze(Chain, Year1(), []);

        var change = ChainAnalyzer.Compare(now, before);

        change.CoverageDelta.ShouldBe(-0.25m);
        change.GapsOpened.ShouldBe(["D"]);
        change.GapsClosed.ShouldBeEmpty();
        // 210 / 240 − 1 = −0.125
        change.RevenueGrowth.ShouldBe(-0.125m);
    }

    [Fact]
    public void Analyze_UnreportedRevenue_IsNeitherSmallNorDominated()
    {
        // A has 100 reported; B's only firm reported nothing; C has 90 reported and one firm without a figure.
        var a = ChainAnalyzer.Analyze(Chain, [M("A", 100), M("B", null), M("C", 90), M("C", null)], []);

        a.Of("B")!.WeakReasons.ShouldBe([WeakReason.SingleFirm]);
        a.Of("C")!.WeakReasons.ShouldBeEmpty();
        a.Of("C")!.Hhi.ShouldBe(10000);
        a.Of("C")!.Health.ShouldBe(SegmentHealth.Strong);
    }
}
