namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>
/// 企业成长性 growth rate of the 高企 工作指引: g = ½(v2/v1 + v3/v2) − 1 over three year-end values (oldest first).
/// A negative value counts as 0; first-year 0 → the last two years; second-year 0 → 0 points; two years of
/// operation → one step; one year → 0 points.
/// </summary>
internal static class HighTechGrowth
{
    /// <summary>The rate, or null with <paramref name="zeroPoints"/> set when the rules give 0 points outright.</summary>
    public static decimal? Rate(decimal first, decimal second, decimal third, int operatingYears, out bool zeroPoints, out Measure? lever, string fact, string zh, string en)
    {
        (first, second, third) = (Math.Max(first, 0), Math.Max(second, 0), Math.Max(third, 0));
        lever = null;
        zeroPoints = false;
        if (operatingYears <= 1 || second == 0)
        {
            zeroPoints = true;
            return null;
        }
        var inputs = new[] { fact };
        if (operatingYears == 2 || first == 0)
        {
            lever = new Measure(fact, third, second, 1, -1, FactUnit.TenThousandYuan, zh, en, "增长率 {0}", "growth of {0}", inputs);
            return third / second - 1;
        }
        lever = new Measure(fact, third, second, 0.5m, 0.5m * second / first - 1, FactUnit.TenThousandYuan, zh, en, "增长率 {0}", "growth of {0}", inputs);
        return 0.5m * (second / first + third / second) - 1;
    }
}
