using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class TargetScorerTests
{
    private const string Yunnan = "53";

    // Leaf "gap" (code 2921, keyword 隔膜) is a target; leaf "other" (code 3841, keyword 电芯) is not.
    private static readonly ChainTemplate Chain = new(
        "fixture", 1, new LocalText("测试链", "Fixture"), new LocalText("", ""), [],
        [
            new ChainSegment("gap", null, ChainStage.Upstream, new LocalText("隔膜", "Separator"), ["2921"], ["隔膜"], [], false),
            new ChainSegment("other", null, ChainStage.Midstream, new LocalText("电芯", "Cell"), ["3841"], ["电芯"], [], false),
        ],
        [new SupplyEdge("gap", "other")]);

    // Industry names that name each leaf's keyword, so a code match takes no broad-class penalty: code 0.55 + one term 0.35 = 0.90.
    private static readonly SegmentMatcher Matcher = new([Chain], code => code switch { "2921" => "隔膜制造", "3841" => "电芯制造", _ => null });

    private static readonly Dictionary<string, GeoPoint> Points = new(StringComparer.Ordinal)
    {
        [Yunnan] = new GeoPoint(102, 25),
        ["51"] = new GeoPoint(103, 25),
    };

    private static TargetingContext Context(Func<string, GeoPoint?>? points = null, params LocalTie[] ties) => new(
        Yunnan, points ?? (code => Points.TryGetValue(code, out var p) ? p : null),
        ties.GroupBy(t => t.PartnerName).ToDictionary(g => g.Key, g => (IReadOnlyList<LocalTie>)g.ToList()),
        TargetWeights.Default);

    private static Candidate Cand(
        string name = "候选公司", string province = Yunnan, string code = "2921", string products = "隔膜", decimal? revenue = null,
        decimal? previous = null, bool listed = false, Certifications certs = Certifications.None, params string[] lists) =>
        new("k:" + name, name, CandidateOrigin.NationalPool, null, null, province, null, new MatchSubject(name, code, products, "", ""),
            certs, listed, lists, revenue, previous, false, "test");

    private static SegmentMatch Fit(decimal confidence) => new("fixture", "gap", confidence, "2921", ["隔膜"], [], "原因", "reason");

    private static ScoreTerm Term(ScoredTarget t, string key) => t.Terms.Single(x => x.Key == key);

    [Fact]
    public void Weights_Default_Total100()
    {
        var w = TargetWeights.Default;

        (w.Fit, w.Size, w.Growth, w.Tier, w.Ties, w.Distance).ShouldBe((35m, 14m, 6m, 20m, 15m, 10m));
        w.Total.ShouldBe(100m);
    }

    [Fact]
    public void Fit_Is35TimesConfidence()
    {
        // 35 × 0.9 = 31.5; 35 × 0.28 = 9.8
        TargetScorer.Score(Cand(), Fit(0.9m), Context()).Terms[0].Points.ShouldBe(31.5m);
        Term(TargetScorer.Score(Cand(), Fit(0.28m), Context()), "fit").Points.ShouldBe(9.8m);
    }

    [Fact]
    public void Size_Revenue100000Wan_IsLogScaled()
    {
        // 100,000 万元 = 10 亿元: 14 × log10(100,000 / 1,000) / 3 = 14 × 2/3 = 9.33 → 9.3
        var size = Term(TargetScorer.Score(Cand(revenue: 100_000m), Fit(0.5m), Context()), "size");

        size.Points.ShouldBe(9.3m);
        size.Max.ShouldBe(14m);
        size.ReasonZh.ShouldContain("营业收入 10 亿元");
    }

    [Theory]
    [InlineData(500, 0)]
    [InlineData(1_000, 0)]
    [InlineData(10_000, 4.7)]
    [InlineData(1_000_000, 14)]
    [InlineData(5_000_000, 14)]
    public void Size_ClampsBetweenTenMillionAndTenBillion(double revenue, double expected) =>
        Term(TargetScorer.Score(Cand(revenue: (decimal)revenue), Fit(0.5m), Context()), "size").Points.ShouldBe((decimal)expected);

    [Fact]
    public void Size_ListedWithoutRevenue_Is85Percent() =>
        // 14 × 0.85 = 11.9
        Term(TargetScorer.Score(Cand(listed: true), Fit(0.5m), Context()), "size").Points.ShouldBe(11.9m);

    [Fact]
    public void Size_UnlistedWithoutRevenue_IsZero() =>
        Term(TargetScorer.Score(Cand(), Fit(0.5m), Context()), "size").Points.ShouldBe(0m);

    [Fact]
    public void Growth_15Percent_IsHalfOfSix()
    {
        // 115 / 100 − 1 = 0.15; 0.15 / 0.30 = 0.5; 6 × 0.5 = 3.0
        var growth = Term(TargetScorer.Score(Cand(revenue: 115m, previous: 100m), Fit(0.5m), Context()), "growth");

        growth.Points.ShouldBe(3.0m);
        // The reason formats the percentage in the current culture (15.0 or 15,0).
        growth.ReasonZh.ShouldContain($"营收同比 {15.0m:0.0}%");
        growth.ReasonEn.ShouldContain($"revenue +{15.0m:0.0}% year on year");
    }

    [Theory]
    [InlineData(140, 100, 6)]
    [InlineData(90, 100, 0)]
    [InlineData(100, 100, 0)]
    public void Growth_ClampsToZeroAndFull(double now, double before, double expected) =>
        Term(TargetScorer.Score(Cand(revenue: (decimal)now, previous: (decimal)before), Fit(0.5m), Context()), "growth").Points.ShouldBe((decimal)expected);

    [Fact]
    public void Growth_NoPreviousYear_IsZero() =>
        Term(TargetScorer.Score(Cand(revenue: 100m), Fit(0.5m), Context()), "growth").Points.ShouldBe(0m);

    [Fact]
    public void Tier_LittleGiantList_Is16()
    {
        // 20 × 0.8 = 16
        var tier = Term(TargetScorer.Score(Cand(lists: ["上市公司", "专精特新小巨人"]), Fit(0.5m), Context()), "tier");

        tier.Points.ShouldBe(16m);
        tier.ReasonEn.ShouldContain("little giant");
    }

    [Theory]
    [InlineData(Certifications.SingleChampion, 20)]
    [InlineData(Certifications.LittleGiant | Certifications.HighTech, 16)]
    [InlineData(Certifications.Specialized, 12)]
    [InlineData(Certifications.HighTech, 8)]
    [InlineData(Certifications.InnovativeSme, 6)]
    [InlineData(Certifications.TechSme, 4)]
    [InlineData(Certifications.None, 0)]
    public void Tier_HighestCertificationCounts(Certifications certs, double expected) =>
        Term(TargetScorer.Score(Cand(certs: certs), Fit(0.5m), Context()), "tier").Points.ShouldBe((decimal)expected);

    [Fact]
    public void Ties_WithChainLeader_IsFull()
    {
        var ties = Term(TargetScorer.Score(Cand(name: "供应商公司"), Fit(0.5m),
            Context(null, new LocalTie("供应商公司", "本地链主", true, true), new LocalTie("供应商公司", "本地小厂", false, true))), "ties");

        ties.Points.ShouldBe(15m);
        ties.ReasonZh.ShouldContain("链主本地链主的供应商");
    }

    [Fact]
    public void Ties_WithAnotherLocal_IsTwoThirds()
    {
        // 15 × 2/3 = 10.0
        var ties = Term(TargetScorer.Score(Cand(name: "客户公司"), Fit(0.5m), Context(null, new LocalTie("客户公司", "本地厂", false, false))), "ties");

        ties.Points.ShouldBe(10.0m);
        ties.ReasonZh.ShouldContain("客户");
    }

    [Fact]
    public void Ties_FoundUnderNormalisedName()
    {
        var ties = Term(TargetScorer.Score(Cand(name: "某（云南）公司"), Fit(0.5m), Context(null, new LocalTie("某(云南)公司", "本地厂", true, true))), "ties");

        ties.Points.ShouldBe(15m);
    }

    [Fact]
    public void Ties_None_IsZero() =>
        Term(TargetScorer.Score(Cand(), Fit(0.5m), Context()), "ties").Points.ShouldBe(0m);

    [Fact]
    public void Distance_SameProvince_IsFull()
    {
        var distance = Term(TargetScorer.Score(Cand(province: Yunnan), Fit(0.5m), Context()), "distance");

        distance.Points.ShouldBe(10m);
        distance.ReasonEn.ShouldBe("same province");
    }

    [Fact]
    public void Distance_OneDegreeOfLongitudeAt25North_IsAbout101Km()
    {
        // Haversine: 1° of longitude at 25° N ≈ 100.78 km → 10 × (1 − 100.78 / 3000) = 9.66 → 9.7
        var km = new GeoPoint(102, 25).KilometresTo(new GeoPoint(103, 25));
        km.ShouldBe(100.78, 0.01);

        var distance = Term(TargetScorer.Score(Cand(province: "51"), Fit(0.5m), Context()), "distance");
        distance.Points.ShouldBe(9.7m);
        distance.ReasonZh.ShouldContain("约 101 公里");
    }

    [Fact]
    public void GeoPoint_KilometresTo_KnownDistances()
    {
        new GeoPoint(0, 0).KilometresTo(new GeoPoint(1, 0)).ShouldBe(111.195, 0.001);
        new GeoPoint(0, 0).KilometresTo(new GeoPoint(0, 90)).ShouldBe(10007.543, 0.001);
        new GeoPoint(116, 40).KilometresTo(new GeoPoint(116, 40)).ShouldBe(0);
    }

    [Fact]
    public void Distance_BeijingFromYunnan_UsesProvinceCentres()
    {
        // data/geo/province-centres.csv: 11 at (116.405285, 39.904989), 53 at (101.512251, 24.740609).
        // Haversine with R = 6371 km: 2184.77 km → 10 × (1 − 2184.77 / 3000) = 2.717 → 2.7
        var context = Context(ProvinceCentres.Of);
        var km = ProvinceCentres.Of(Yunnan)!.Value.KilometresTo(ProvinceCentres.Of("11")!.Value);

        km.ShouldBe(2184.77, 0.01);
        var distance = Term(TargetScorer.Score(Cand(province: "11"), Fit(0.5m), context), "distance");
        distance.Points.ShouldBe(Math.Round(10m * (1 - (decimal)km / 3000), 1));
        distance.Points.ShouldBe(2.7m);
        distance.ReasonZh.ShouldContain("约 2185 公里");
        distance.ReasonEn.ShouldContain("about 2185 km");
    }

    [Fact]
    public void Distance_UnknownProvince_IsZero()
    {
        var distance = Term(TargetScorer.Score(Cand(province: "99"), Fit(0.5m), Context(ProvinceCentres.Of)), "distance");

        distance.Points.ShouldBe(0m);
        distance.ReasonEn.ShouldBe("location unknown");
    }

    [Fact]
    public void ProvinceCentres_HasMainlandHongKongMacaoAndTaiwan()
    {
        ProvinceCentres.Of("11")!.Value.ShouldBe(new GeoPoint(116.405285, 39.904989));
        ProvinceCentres.Of("82").ShouldNotBeNull();
        ProvinceCentres.Of("00").ShouldBeNull();
    }

    [Fact]
    public void Score_IsTheSumOfTerms()
    {
        // fit 35 × 0.9 = 31.5; size 9.3; growth 3.0; tier 16; ties 10; distance 10 → 79.8
        var t = TargetScorer.Score(
            Cand(name: "全项公司", revenue: 100_000m, previous: 86_956.52m, lists: ["专精特新小巨人"]), Fit(0.9m),
            Context(null, new LocalTie("全项公司", "本地厂", false, true)));

        t.Terms.Select(x => x.Key).ShouldBe(["fit", "size", "growth", "tier", "ties", "distance"]);
        t.Terms.Select(x => x.Points).ShouldBe([31.5m, 9.3m, 3.0m, 16m, 10m, 10m]);
        t.Score.ShouldBe(79.8m);
        t.SegmentId.ShouldBe("gap");
    }

    [Fact]
    public void Rank_OrdersByScore_ExcludesNonTargetSegment_BreaksTiesByName()
    {
        Candidate[] candidates =
        [
            Cand(name: "B隔膜公司"), // fit 35 × (0.55 + 0.35) = 31.5, distance 10 → 41.5
            Cand(name: "A隔膜公司"), // the same 41.5: ordered before B by name
            Cand(name: "C隔膜公司", listed: true), // + size 14 × 0.85 = 11.9 → 53.4
            Cand(name: "D电芯公司", code: "3841", products: "电芯"), // matched to "other": not a target
            Cand(name: "E食品公司", code: "1411", products: "糕点"), // no match at all
        ];

        var ranked = TargetScorer.Rank("fixture", new HashSet<string>(["gap"]), candidates, Matcher, Context());

        ranked.Select(t => t.Candidate.Name).ShouldBe(["C隔膜公司", "A隔膜公司", "B隔膜公司"]);
        ranked.Select(t => t.Score).ShouldBe([53.4m, 41.5m, 41.5m]);
        ranked.ShouldAllBe(t => t.SegmentId == "gap" && t.Match.Confidence == 0.9m);
    }

    [Fact]
    public void Rank_OtherChainKey_FindsNothing() =>
        TargetScorer.Rank("another-chain", new HashSet<string>(["gap"]), [Cand()], Matcher, Context()).ShouldBeEmpty();
}
