namespace ParkLens.Core.Investments.SeedInvestmentDemoData;

internal static class Amounts
{
    /// <summary>
    /// Splits a published total into <paramref name="count"/> skewed parts, each at least <paramref name="min"/>, rounded to
    /// 10 万元 and summing exactly to the total (the largest part absorbs the rounding).
    /// </summary>
    public static decimal[] Split(decimal total, int count, decimal min, Random random)
    {
        if (count <= 0)
        {
            return [];
        }
        var weights = Enumerable.Range(0, count).Select(_ => Math.Exp(random.NextDouble() * 3.0)).ToArray();
        var spare = total - min * count;
        if (spare < 0)
        {
            throw new ArgumentException($"{count} parts of at least {min} exceed {total}");
        }
        var sum = weights.Sum();
        var parts = weights.Select(w => min + Math.Round(spare * (decimal)(w / sum) / 10m, MidpointRounding.ToZero) * 10m).ToArray();
        var largest = Array.IndexOf(parts, parts.Max());
        parts[largest] += total - parts.Sum();
        return parts;
    }

    /// <summary>Shares <paramref name="sum"/> in proportion to <paramref name="weights"/>, rounded to 10 万元, summing exactly (the largest absorbs the rounding).</summary>
    public static decimal[] Proportional(IReadOnlyList<decimal> weights, decimal sum)
    {
        var total = weights.Sum();
        var parts = weights.Select(w => Math.Round(sum * w / total / 10m, MidpointRounding.ToZero) * 10m).ToArray();
        var largest = Array.IndexOf(parts, parts.Max());
        parts[largest] += sum - parts.Sum();
        return parts;
    }
}
