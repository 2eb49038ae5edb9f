using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Indicators shared by the 梯度培育 tiers.</summary>
internal static class Measures
{
    public static Measure RdToRevenue(TierFacts f) =>
        Measure.Ratio(RdExpense, f[RdExpense], f[Revenue], "研发费用", "R&D expense", "营业收入", "revenue", [RdExpense, Revenue]);

    public static Measure MainShare(TierFacts f) =>
        Measure.Ratio(MainRevenue, f[MainRevenue], f[Revenue], "主营业务收入", "Main-business revenue", "营业收入", "revenue", [MainRevenue, Revenue]);

    public static Measure DebtRatio(TierFacts f) =>
        Measure.Ratio(TotalLiabilities, f[TotalLiabilities], f[TotalAssets], "负债总额", "Total liabilities", "资产总额", "total assets", [TotalLiabilities, TotalAssets]);

    /// <summary>Average of the last two year-on-year rates, ½(y0/y1 + y1/y2) − 1, raised through y0.</summary>
    public static Measure AverageGrowth2Y(TierFacts f, string y0, string y1, string y2, string zh, string en)
    {
        var (a, b, c) = (f[y2], f[y1], f[y0]);
        decimal? offset = a is { } first && b is { } second && first != 0 ? 0.5m * second / first - 1 : null;
        return new Measure(y0, offset is null ? null : c, b, 0.5m, offset ?? 0, FactUnit.TenThousandYuan, zh, en, "平均增长率 {0}", "an average growth of {0}", [y0, y1, y2]);
    }
}
