using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.Tests.LandEfficiency;

public sealed class LandEvaluatorTests
{
    /// <summary>
    /// The worked example of official-rules §1.2 (黄岩 2022 formula): 亩均税收 36.0, 亩均增加值 150.0, 单位能耗增加值 2.0,
    /// 单位排放增加值 4929.81, 全员劳动生产率 9.07, R&amp;D ÷ 收入 0.0453 → 44.819 + 22.033 + 14.848 + 10.000 + 5.000 + 15.000 = 111.700.
    /// The firm's figures give exactly those ratios: 9.07 亩, value added 1360.5 (150 × 9.07), 150 employees (1360.5 ÷ 9.07),
    /// tax 326.52 (36 × 9.07), 680.25 tce (1360.5 ÷ 2), emissions 1360.5 ÷ 4929.81 t, R&amp;D 906 of revenue 20,000.
    /// </summary>
    [Fact]
    public void Huangyans_2022_formula_reproduces_the_worked_example_to_the_thousandth()
    {
        var firm = Firm(1, land: 9.07m, tax: 326.52m, valueAdded: 1360.5m, energy: 680.25m, emissions: 1360.5m / 4929.81m, employees: 150, rd: 906m, revenue: 20000m);

        var result = LandEvaluator.Evaluate(BuiltInSchemes.Find("huangyan-2022")!, [firm], 2022).Results.Single();

        result.Items.Select(i => (i.Code, i.Score)).ShouldBe(
        [
            (IndicatorCode.TaxPerMu, 44.819m), (IndicatorCode.ValueAddedPerMu, 22.033m), (IndicatorCode.ValueAddedPerEnergy, 14.848m),
            (IndicatorCode.ValueAddedPerEmission, 10.000m), (IndicatorCode.LabourProductivity, 5.000m), (IndicatorCode.RdIntensity, 15.000m),
        ]);
        result.Total.ShouldBe(111.700m);
        result.Items[0].Explanation.ShouldBe("36 ÷ 24.097 × 30 = 44.819");
    }

    [Fact]
    public void A_firm_without_energy_data_is_reported_with_what_is_missing_and_not_scored()
    {
        var scheme = BuiltInSchemes.Default;
        EvaluationInput[] firms = [Firm(1), Firm(2, energy: null), Firm(3)];

        var results = LandEvaluator.Evaluate(scheme, firms, 2024).Results.ToDictionary(r => r.Input.EnterpriseId);

        results[2].Status.ShouldBe(ResultStatus.Incomplete);
        results[2].Missing.ShouldBe([IndicatorCode.ValueAddedPerEnergy]);
        results[2].Total.ShouldBeNull();
        results[2].Class.ShouldBeNull();
        results[1].Status.ShouldBe(ResultStatus.Scored);
        results[1].PopulationSize.ShouldBe(2);
    }

    [Fact]
    public void Emissions_nobody_reported_leave_the_item_out_and_one_firms_gap_takes_the_average_item_score()
    {
        var scheme = BuiltInSchemes.Default;
        var none = LandEvaluator.Evaluate(scheme, [Firm(1), Firm(2)], 2024);
        none.Results.ShouldAllBe(r => r.Items.All(i => i.Code != IndicatorCode.ValueAddedPerEmission));
        none.Benchmarks.Single(b => b.Code == IndicatorCode.ValueAddedPerEmission).Basis.ShouldBe(0);

        // Two firms report emissions: their aggregate ratio is (1000+3000) ÷ (10+10) = 200; items 1000/10 ÷ 200 × 10 = 5 and 15.
        EvaluationInput[] some = [Firm(1, valueAdded: 1000, emissions: 10), Firm(2, valueAdded: 3000, emissions: 10), Firm(3, valueAdded: 2000)];
        var results = LandEvaluator.Evaluate(scheme, some, 2024).Results.ToDictionary(r => r.Input.EnterpriseId);
        results[1].Items.Single(i => i.Code == IndicatorCode.ValueAddedPerEmission).Score.ShouldBe(5m);
        results[2].Items.Single(i => i.Code == IndicatorCode.ValueAddedPerEmission).Score.ShouldBe(15m);
        var imputed = results[3].Items.Single(i => i.Code == IndicatorCode.ValueAddedPerEmission);
        (imputed.Score, imputed.Imputed).ShouldBe((10m, true));
    }

    [Fact]
    public void The_population_benchmark_is_the_aggregate_ratio_so_a_firm_at_the_average_scores_its_weight()
    {
        // Tax 100 on 10 亩 and 300 on 10 亩: the population's 亩均税收 is 400 ÷ 20 = 20; 10 → 15 points of 30, 30 → 45.
        var results = LandEvaluator.Evaluate(BuiltInSchemes.Default, [Firm(1, tax: 100), Firm(2, tax: 300)], 2024).Results.ToDictionary(r => r.Input.EnterpriseId);

        results[1].Items.Single(i => i.Code == IndicatorCode.TaxPerMu).Score.ShouldBe(15m);
        results[2].Items.Single(i => i.Code == IndicatorCode.TaxPerMu).Score.ShouldBe(45m);
    }

    [Fact]
    public void Classes_cut_ranks_at_20_60_95_percent_and_equal_totals_share_rank_and_class()
    {
        var rule = BuiltInSchemes.Default.Classes;
        // 20 firms: A ranks 1–4, B 5–12, C 13–19, D 20.
        Enumerable.Range(1, 20).Select(r => LandEvaluator.ClassOf(rule, r, 20, 0)).ShouldBe(
            [.. Enumerable.Repeat(EfficiencyClass.A, 4), .. Enumerable.Repeat(EfficiencyClass.B, 8), .. Enumerable.Repeat(EfficiencyClass.C, 7), EfficiencyClass.D]);
        LandEvaluator.Ranks([90m, 80m, 80m, 70m]).ShouldBe([1, 2, 2, 4]);
        // 10 firms: round-half-up(9.5) = 10, so nobody is D; the method card states the rounding.
        LandEvaluator.ClassOf(rule, 10, 10, 0).ShouldBe(EfficiencyClass.C);
    }

    [Fact]
    public void Threshold_classes_follow_the_score()
    {
        var rule = new ClassRule(ClassMethod.Threshold, [new(EfficiencyClass.A, 90), new(EfficiencyClass.B, 70), new(EfficiencyClass.C, 50), new(EfficiencyClass.D, 0)]);

        LandEvaluator.ClassOf(rule, 1, 1, 90m).ShouldBe(EfficiencyClass.A);
        LandEvaluator.ClassOf(rule, 1, 1, 69.999m).ShouldBe(EfficiencyClass.C);
        LandEvaluator.ClassOf(rule, 1, 1, 3m).ShouldBe(EfficiencyClass.D);
    }

    [Fact]
    public void Scope_leaves_out_small_plots_utilities_new_firms_and_non_industrial_firms_with_the_reason()
    {
        using var _ = new ParkLens.Core.Tests.Investments.UiCulture("zh-CN");
        EvaluationInput[] firms =
        [
            Firm(1, land: 2.5m), Firm(2, industry: "4411"), Firm(3, founded: new DateOnly(2023, 6, 1)), Firm(4, industry: "5120"), Firm(5, land: null), Firm(6),
        ];

        var results = LandEvaluator.Evaluate(BuiltInSchemes.Default, firms, 2024).Results.ToDictionary(r => r.Input.EnterpriseId);

        results[1].Reason!.ShouldContain("不足 3 亩");
        results[2].Status.ShouldBe(ResultStatus.Excluded);
        results[3].Reason!.ShouldContain("成立未满 2 年");
        results[4].Reason!.ShouldContain("非工业企业");
        results[5].Status.ShouldBe(ResultStatus.Incomplete);
        results[6].Status.ShouldBe(ResultStatus.Scored);
    }

    [Fact]
    public void Below_scale_firms_are_ranked_in_their_own_population()
    {
        EvaluationInput[] firms = [Firm(1), Firm(2, aboveScale: false, tax: 10, revenue: 300), Firm(3, aboveScale: false, tax: 30, revenue: 100)];

        var results = LandEvaluator.Evaluate(BuiltInSchemes.Default, firms, 2024).Results.ToDictionary(r => r.Input.EnterpriseId);

        (results[1].Population, results[1].Rank, results[1].PopulationSize).ShouldBe(("above", 1, 1));
        (results[2].Population, results[2].PopulationSize).ShouldBe(("below", 2));
        results[2].Items.Select(i => i.Code).ShouldBe([IndicatorCode.TaxPerMu, IndicatorCode.RevenuePerMu]);
    }

    [Fact]
    public void A_below_scale_tenant_without_land_takes_its_landlords_class_where_the_scheme_says_so()
    {
        // 江山 2023: "评价等级跟随宗地主". Landlords 1 and 2 are 规下 and ranked A and D (shares 20/60/95 of 2: bounds 0, 1, 2).
        EvaluationInput[] firms =
        [
            Firm(1, tax: 400, aboveScale: false), Firm(2, tax: 100, aboveScale: false),
            Firm(3, land: null, aboveScale: false) with { LandlordId = 1 },
            Firm(4, land: null, aboveScale: true) with { LandlordId = 1 },
            Firm(5, land: null, aboveScale: false) with { LandlordId = 99 },
            Firm(6, land: null, aboveScale: false),
        ];

        var results = LandEvaluator.Evaluate(BuiltInSchemes.Default, firms, 2024).Results.ToDictionary(r => r.Input.EnterpriseId);

        var landlord = results[1];
        results[3].Status.ShouldBe(ResultStatus.Scored);
        results[3].Class.ShouldBe(landlord.Class);
        results[3].ReasonKind.ShouldBe(ReasonKind.FollowsLandlord);
        results[3].Reason.ShouldNotBeNull().ShouldContain("企业1");
        (results[3].Total, results[3].Rank).ShouldBe((null, null));
        // Only 规下 tenants follow; a tenant whose landlord has no class, or who leases nothing, still lacks land.
        results[4].ReasonKind.ShouldBe(ReasonKind.NoLand);
        results[5].ReasonKind.ShouldBe(ReasonKind.NoLand);
        results[6].ReasonKind.ShouldBe(ReasonKind.NoLand);
        // The landlords' own ranks ignore the tenant.
        (landlord.Rank, landlord.PopulationSize).ShouldBe((1, 2));

        var own = BuiltInSchemes.Default with { Scope = BuiltInSchemes.Default.Scope with { TenantsFollowLandlord = false } };
        LandEvaluator.Evaluate(own, firms, 2024).Results.Single(r => r.Input.EnterpriseId == 3).ReasonKind.ShouldBe(ReasonKind.NoLand);
    }

    private static EvaluationInput Firm(
        int id, decimal? land = 10m, decimal? tax = 200m, decimal? valueAdded = 2000m, decimal? revenue = 10000m, decimal? energy = 500m, decimal? emissions = null,
        int? employees = 100, decimal? rd = 300m, string industry = "3985", bool aboveScale = true, DateOnly? founded = null) =>
        new(id, 1, null, $"企业{id}", industry, aboveScale, founded ?? new DateOnly(2010, 1, 1), land, tax, valueAdded, revenue, energy, emissions, employees, rd);
}
