using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>
/// One item's score: weight × value ÷ benchmark, value = numerator ÷ denominator, rounded half away from zero to 0.001
/// (the value shown rounded to 0.0001), computed in decimal so the worked examples hold to the last digit.
/// <see cref="Fast"/> reaches the same digits through doubles and is what a provincial run uses: a double's error here is
/// about 1e-14 of the value, so wherever the scaled result is not within 1e-9 of a rounding midpoint both roundings
/// agree; near a midpoint, and for capped or non-positive items, it falls back to <see cref="Exact"/>. A property test
/// holds the two to the same digits, midpoints included.
/// </summary>
internal static class ItemScoring
{
    public static ItemScore Exact(IndicatorRule indicator, decimal numerator, decimal denominator, decimal benchmark, decimal shownBenchmark, decimal? cap)
    {
        var value = numerator / denominator;
        var raw = value <= 0 || benchmark <= 0 ? 0 : indicator.Weight * value / benchmark;
        var capped = cap is { } c && raw > c * indicator.Weight ? c * indicator.Weight : raw;
        return new ItemScore(indicator.Code, Normalized(Math.Round(value, 4)), shownBenchmark, indicator.Weight,
            Normalized(Math.Round(capped, 3, MidpointRounding.AwayFromZero)), Imputed: false, Capped: capped < raw);
    }

    // value: numerator ÷ denominator as doubles; weightPerBenchmark: weight ÷ benchmark as doubles, once per indicator.
    // The firm's decimal figures are read again only on the exact path.
    public static ItemScore Fast(IndicatorRule indicator, double value, EvaluationInput firm, decimal benchmark, double weightPerBenchmark, decimal shownBenchmark, decimal? cap)
    {
        var tenThousandths = value * 10_000;
        var thousandths = value * weightPerBenchmark * 1_000;
        if (cap is not null || !(value > 0) || benchmark <= 0 || !(tenThousandths < 1e15) || !(thousandths < 1e15)
            || NearMidpoint(tenThousandths) || NearMidpoint(thousandths))
        {
            Indicators.TryParts(indicator.Code, firm, out var numerator, out var denominator);
            return Exact(indicator, numerator, denominator, benchmark, shownBenchmark, cap);
        }
        return new ItemScore(indicator.Code, Decimal((long)Math.Round(tenThousandths), 4), shownBenchmark, indicator.Weight,
            Decimal((long)Math.Round(thousandths), 3), Imputed: false, Capped: false);
    }

    private static bool NearMidpoint(double x) => Math.Abs(x - Math.Floor(x) - 0.5) <= 1e-9 * Math.Max(1, x);

    // units × 10^-scale with trailing zeros dropped, as decimal division would leave them after Normalized.
    private static decimal Decimal(long units, byte scale)
    {
        while (scale > 0 && units % 10 == 0)
        {
            units /= 10;
            scale--;
        }
        return new decimal((int)(units & 0xFFFF_FFFF), (int)(units >> 32), 0, false, scale);
    }

    // Drops trailing zeros (1.5000 → 1.5), so both paths give the same digits whatever the inputs' scales.
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;
}
