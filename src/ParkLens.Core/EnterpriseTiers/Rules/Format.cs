using System.Globalization;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Display formatting for criterion values and thresholds (computation is never rounded).</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(decimal ratio)
    {
        // Integer arithmetic instead of a custom decimal format string: this runs for every ratio of every evaluation.
        var tenths = (long)Math.Round(ratio * 1000m, MidpointRounding.AwayFromZero);
        var sign = tenths < 0 ? "-" : "";
        tenths = Math.Abs(tenths);
        return string.Create(Invariant, $"{sign}{tenths / 10}.{tenths % 10}%");
    }

    /// <summary>A threshold percentage without trailing zeros: 0.04 → "4%", 0.025 → "2.5%".</summary>
    public static string PercentShort(decimal ratio) => Thresholds.GetOrAdd(ratio, static r => (r * 100m).ToString("0.##", Invariant) + "%");

    /// <summary>Thresholds come from rule files, so there are few distinct ones; formatting them once saves most of the cost.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<decimal, string> Thresholds = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<decimal, string> Numbers = new();

    public static string Threshold(decimal value) => Numbers.GetOrAdd(value, static v => v.ToString("0.##", Invariant));

    public static string Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? $"–（{Number(numerator)}/0）" : $"{Percent(numerator / denominator)}（{Number(numerator)}/{Number(denominator)}）";

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) && Math.Abs(value) < 1_000_000_000_000m ? ((long)value).ToString(Invariant) : value.ToString("0.##", Invariant);

    public static string Money(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + "万元";

    public static string MoneyEn(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + " (10k yuan)";

    public static string Points(decimal min, decimal max) => min == max ? Number(min) : $"{Number(min)}–{Number(max)}";

    public static string Flag(decimal? value) => value switch { null => "?", 0 => "否", _ => "是" };

    public static string Amount(decimal value, FactUnit unit) => unit switch
    {
        FactUnit.TenThousandYuan => Money(value),
        FactUnit.Ratio => Percent(value),
        _ => Number(value),
    };

    public static string AmountEn(decimal value, FactUnit unit) => unit switch
    {
        FactUnit.TenThousandYuan => MoneyEn(value),
        FactUnit.Ratio => Percent(value),
        _ => Number(value),
    };
}
