using System.Globalization;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.Tests.LandEfficiency;

/// <summary>The double fast path must give exactly the digits of the decimal computation, rounding midpoints included.</summary>
public sealed class ItemScoringTests
{
    private static readonly IndicatorRule Tax = new(IndicatorCode.TaxPerMu, 25m, new Benchmark(BenchmarkKind.PopulationAverage, null), MissingPolicy.Incomplete);

    [Fact]
    public void Fast_path_agrees_with_decimal_arithmetic_on_random_figures()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var numerator = Figure(random, 1e7);
            var denominator = Figure(random, 1e5);
            var rule = Tax with { Weight = random.Next(1, 7) * 5m };
            var benchmark = Figure(random, 1e6) / Figure(random, 1e3);

            AssertSame(rule, numerator, denominator, benchmark);
        }
    }

    [Fact]
    public void Score_midpoints_fall_back_to_decimal_rounding_half_away_from_zero()
    {
        // 25 × 1.4007 ÷ 7 = 5.0025 exactly: decimal rounds it to 5.003; the double product is 5.00249999… or 5.0025000…1.
        Fast(Tax, 1.4007m, 1m, 7m).Score.ShouldBe(5.003m);
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            // value = (m + 0.5) / 1000 × 7 ÷ 25, so the score is exactly m + 0.5 thousandths.
            var m = random.Next(0, 5_000_000);
            var numerator = (m + 0.5m) / 1000m * 0.28m;

            AssertSame(Tax, numerator, 1m, 7m);
            Fast(Tax, numerator, 1m, 7m).Score.ShouldBe((m + 1) / 1000m);
        }
    }

    [Fact]
    public void Value_midpoints_round_to_even_as_decimal_does()
    {
        Fast(Tax, 12.34565m, 1m, 10m).Value.ShouldBe(12.3456m);
        Fast(Tax, 12.34575m, 1m, 10m).Value.ShouldBe(12.3458m);
        var random = new Random(13);
        for (var i = 0; i < 20_000; i++)
        {
            AssertSame(Tax, (random.Next(0, 100_000_000) + 0.5m) / 10_000m, 1m, 3.3m);
        }
    }

    [Fact]
    public void Trailing_zeros_do_not_depend_on_the_path_or_the_inputs_scale()
    {
        // 25 × 36 ÷ 20 = 45: shown as 45 and 36, not 45.000 and 36.0000.
        var item = Fast(Tax, 360.0000m, 10.0000m, 20m);

        item.Score.ToString(CultureInfo.InvariantCulture).ShouldBe("45");
        item.Value!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe("36");
        ItemScoring.Exact(Tax, 360.0000m, 10.0000m, 20m, 20m, null).Score.ToString(CultureInfo.InvariantCulture).ShouldBe("45");
    }

    [Fact]
    public void Capped_and_non_positive_items_take_the_exact_path()
    {
        Fast(Tax, 1000m, 1m, 10m, cap: 2m).ShouldBe(ItemScoring.Exact(Tax, 1000m, 1m, 10m, 10m, 2m));
        Fast(Tax, 1000m, 1m, 10m, cap: 2m).Capped.ShouldBeTrue();
        Fast(Tax, -5m, 1m, 10m).Score.ShouldBe(0m);
        Fast(Tax, 0m, 1m, 10m).Score.ShouldBe(0m);
    }

    private static void AssertSame(IndicatorRule rule, decimal numerator, decimal denominator, decimal benchmark)
    {
        var exact = ItemScoring.Exact(rule, numerator, denominator, benchmark, Math.Round(benchmark, 4), null);
        var fast = Fast(rule, numerator, denominator, benchmark);
        var inputs = $"{numerator} ÷ {denominator}, weight {rule.Weight}, benchmark {benchmark}";
        fast.ShouldBe(exact, inputs);
        fast.Score.ToString(CultureInfo.InvariantCulture).ShouldBe(exact.Score.ToString(CultureInfo.InvariantCulture), inputs);
        fast.Value!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe(exact.Value!.Value.ToString(CultureInfo.InvariantCulture), inputs);
    }

    private static ItemScore Fast(IndicatorRule rule, decimal numerator, decimal denominator, decimal benchmark, decimal? cap = null)
    {
        var firm = new EvaluationInput(1, 1, null, "合成测试", "3011", true, null, denominator, numerator, null, null, null, null, null, null);
        return ItemScoring.Fast(rule, (double)numerator / (double)denominator, firm, benchmark, (double)rule.Weight / (double)benchmark, Math.Round(benchmark, 4), cap);
    }

    // A positive figure with up to four decimals, spread over orders of magnitude below max.
    private static decimal Figure(Random random, double max) =>
        Math.Round((decimal)Math.Exp(random.NextDouble() * Math.Log(max * 10_000)) / 10_000m, 4) + 0.0001m;
}
