using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class SegmentMatcherTests
{
    private static readonly SegmentMatcher Battery = new([BuiltInChains.Find("new-energy-battery")!], ReferenceCodes.IndustryName);

    private static MatchSubject Subject(string name, string code, string tags = "", string products = "", string scope = "") =>
        new(name, code, products, scope, tags);

    // Two leaves share code 2921; x also carries 隔膜 and y 薄膜 as keywords.
    private static ChainTemplate TwoLeavesOneCode() => new(
        "tie-test", 1, new LocalText("平局", "Tie"), new LocalText("", ""), [],
        [
            new ChainSegment("x", null, ChainStage.Upstream, new LocalText("甲", "X"), ["2921"], ["隔膜"], [], false),
            new ChainSegment("y", null, ChainStage.Upstream, new LocalText("乙", "Y"), ["2921"], ["薄膜"], [], false),
        ],
        [new SupplyEdge("x", "y")]);

    // An industry name that names both leaves' terms, so code 2921 is specific to both and takes no penalty.
    private static SegmentMatcher SpecificTie() => new([TwoLeavesOneCode()], code => code == "2921" ? "隔膜与薄膜制造" : null);

    [Fact]
    public void Match_Enjie_MapsToSeparatorWithHighConfidence()
    {
        var match = Battery.Match(Subject("云南恩捷新材料股份有限公司", "2921", tags: "锂电池隔膜;新能源电池;龙头;链主")).Single();

        // code 2921 = segment code → 0.55, less the broad-class penalty 0.15 (塑料薄膜制造 names no separator term) = 0.40;
        // "隔膜" and "锂电池隔膜" in the tags → 0.35 + 0.1 = 0.45; 0.40 + 0.45 = 0.85.
        match.ChainKey.ShouldBe("new-energy-battery");
        match.SegmentId.ShouldBe("separator");
        match.Confidence.ShouldBe(0.85m);
        match.Confidence.ShouldBeGreaterThanOrEqualTo(SegmentMatcher.AcceptAt);
        match.MatchedCode.ShouldBe("2921");
        match.Terms.ShouldBe(["隔膜", "锂电池隔膜"]);
        match.AlsoPossible.ShouldBeEmpty();
        match.ReasonZh.ShouldBe("行业代码属于 2921（塑料薄膜制造）；名称/主营产品/标签含“隔膜”“锂电池隔膜”");
        match.ReasonEn.ShouldContain("2921");
    }

    [Fact]
    public void Match_Eve_MapsToCellLeaf()
    {
        var match = Battery.Match(Subject("玉溪亿纬锂能有限公司", "3841", tags: "锂电池;新能源电池产业链上下游;上市集团旗下")).Single();

        // 3841 锂离子电池制造 names the cells term "锂离子电池": 0.55 for cells. modules-pack also lists 3841, but its terms are not
        // in that name: 0.55 − 0.15 = 0.40. No term of either is in the text; cells wins alone at 0.55.
        match.SegmentId.ShouldBe("cells");
        match.MatchedCode.ShouldBe("3841");
        match.Confidence.ShouldBe(0.55m);
        match.Terms.ShouldBeEmpty();
        match.AlsoPossible.ShouldBeEmpty();
        match.ReasonZh.ShouldBe("行业代码属于 3841（锂离子电池制造）");
    }

    [Fact]
    public void Match_CellMakerWithKeyword_MapsToCellsCapped()
    {
        var match = Battery.Match(Subject("某电池有限公司", "3841", products: "动力电池;储能电池")).Single();

        // 0.55 + two strong terms (0.35 + 0.1) = 1.00 → capped at 0.99.
        match.SegmentId.ShouldBe("cells");
        match.Confidence.ShouldBe(0.99m);
        match.Terms.ShouldBe(["动力电池", "储能电池"]);
        match.AlsoPossible.ShouldBeEmpty();
    }

    [Fact]
    public void Match_UnrelatedBakery_HasNoBatteryMatch() =>
        Battery.Match(Subject("某某食品有限公司", "1411", tags: "糕点;面包", products: "糕点", scope: "糕点、面包制造")).ShouldBeEmpty();

    [Fact]
    public void Match_OneCodeOnTwoLeaves_NoKeyword_HalvesAndNamesTheOther()
    {
        var match = SpecificTie().Match(Subject("某公司", "2921")).Single();

        // 0.55 on both leaves, no term decides: 0.55 / 2 = 0.275 → 0.28, the first leaf kept, the other named.
        match.SegmentId.ShouldBe("x");
        match.Confidence.ShouldBe(0.28m);
        match.AlsoPossible.ShouldBe(["y"]);
        match.ReasonEn.ShouldBe("industry code within 2921 (隔膜与薄膜制造); fits Y equally; needs a person to decide");
        match.ReasonZh.ShouldEndWith("同样符合 乙，需人工确认");
    }

    [Fact]
    public void Match_OneCodeOnTwoLeaves_KeywordDecides()
    {
        var match = SpecificTie().Match(Subject("某公司", "2921", products: "薄膜")).Single();

        // y: 0.55 + 0.35 = 0.90; x: 0.55.
        match.SegmentId.ShouldBe("y");
        match.Confidence.ShouldBe(0.9m);
        match.AlsoPossible.ShouldBeEmpty();
    }

    [Fact]
    public void Match_BroadClassCodeOnTwoLeaves_TieHalvedBelowFloor_IsRaisedToFloor()
    {
        var matcher = new SegmentMatcher([TwoLeavesOneCode()], _ => null);

        var match = matcher.Match(Subject("某公司", "2921")).Single();

        // No industry name names a term: 0.55 − 0.15 = 0.40 on both; halved 0.20 is under the floor and kept at 0.25.
        match.Confidence.ShouldBe(SegmentMatcher.Floor);
        match.AlsoPossible.ShouldBe(["y"]);
    }

    [Fact]
    public void Match_BroadClassCode_TakesThePenalty()
    {
        var matcher = new SegmentMatcher([TwoLeavesOneCode()], _ => null);

        var match = matcher.Match(Subject("某公司", "2921", products: "隔膜")).Single();

        // x: 0.55 − 0.15 + 0.35 = 0.75; y: 0.40.
        SegmentMatcher.BroadClassPenalty.ShouldBe(0.15m);
        match.SegmentId.ShouldBe("x");
        match.Confidence.ShouldBe(0.75m);
    }

    [Fact]
    public void Match_KeywordOnlyInBusinessScope_IsWeak()
    {
        var match = SpecificTie().Match(Subject("某公司", "1411", scope: "从事隔膜销售")).Single();

        // No code; one weak term → 0.25 (the floor).
        match.SegmentId.ShouldBe("x");
        match.Confidence.ShouldBe(0.25m);
        match.MatchedCode.ShouldBeNull();
        match.ReasonZh.ShouldBe("经营范围含“隔膜”");
    }

    [Theory]
    [InlineData("2921", "2921", 0.55)]
    [InlineData("292", "2921", 0.45)]
    [InlineData("29", "2921", 0.3)]
    [InlineData("2921", "292", 0.25)]
    [InlineData("2921", "29", 0.25)]
    [InlineData("2921", "2", 0)]
    [InlineData("2921", "3841", 0)]
    public void CodeScore_ByDepthOfMatch(string segmentCode, string enterpriseCode, double expected)
    {
        var (score, code) = SegmentMatcher.CodeScore([segmentCode], enterpriseCode);

        score.ShouldBe((decimal)expected);
        code.ShouldBe(expected > 0 ? segmentCode : null);
    }

    [Fact]
    public void CodeScore_SeveralCodes_TakesTheBest()
    {
        var (score, code) = SegmentMatcher.CodeScore(["29", "3841", "2921"], "2921");

        score.ShouldBe(0.55m);
        code.ShouldBe("2921");
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 0.35)]
    [InlineData(2, 0, 0.45)]
    [InlineData(3, 0, 0.55)]
    [InlineData(7, 0, 0.55)]
    [InlineData(0, 1, 0.25)]
    [InlineData(0, 3, 0.35)]
    [InlineData(0, 9, 0.35)]
    [InlineData(1, 1, 0.40)]
    [InlineData(2, 3, 0.60)]
    public void TermScore_StrongCountsMoreThanWeak(int strong, int weak, double expected) =>
        SegmentMatcher.TermScore(strong, weak).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(0.99, "99%")]
    [InlineData(0.28, "28%")]
    [InlineData(0.5, "50%")]
    public void Percent_RoundsToWholePercent(double confidence, string expected) => SegmentMatcher.Percent((decimal)confidence).ShouldBe(expected);

    [Fact]
    public void Match_TieAtTheTop_IsNeverCountedAutomatically()
    {
        // 0.55 (specific code) + 0.35 + 0.1 + 0.1 (三个词) = 1.1 → capped 0.99 on both leaves; halved, 0.495 would round to 0.50.
        var template = new ChainTemplate("top-tie", 1, new LocalText("平局", "Tie"), new LocalText("", ""), [],
        [
            new ChainSegment("x", null, ChainStage.Upstream, new LocalText("甲", "X"), ["2921"], ["隔膜", "膜材", "基膜"], [], false),
            new ChainSegment("y", null, ChainStage.Upstream, new LocalText("乙", "Y"), ["2921"], ["薄膜", "膜卷", "膜片"], [], false),
        ], []);
        var match = new SegmentMatcher([template], _ => "隔膜与薄膜制造").Match(Subject("测试有限公司", "2921", tags: "隔膜;膜材;基膜;薄膜;膜卷;膜片")).Single();

        match.AlsoPossible.ShouldHaveSingleItem();
        match.Confidence.ShouldBe(SegmentMatcher.AcceptAt - 0.01m);
        match.ReasonZh.ShouldContain("需人工确认");
    }

    [Fact]
    public void Match_LatinTerms_IgnoreCase()
    {
        var upper = Battery.Match(Subject("某电子有限公司", "3899", products: "BMS电池管理系统")).SingleOrDefault();
        var lower = Battery.Match(Subject("某电子有限公司", "3899", products: "bms电池管理系统")).SingleOrDefault();

        upper.ShouldNotBeNull();
        lower.ShouldNotBeNull();
        (lower.SegmentId, lower.Confidence).ShouldBe((upper.SegmentId, upper.Confidence));
    }
}
