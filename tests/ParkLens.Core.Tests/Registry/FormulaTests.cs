using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Core.Tests.Registry;

public sealed class FormulaTests
{
    [Theory]
    [InlineData(918.3, "亿元", 9_183_000)]
    [InlineData(1.6, "万亿元", 160_000_000)]
    [InlineData(1500, "万元", 1500)]
    [InlineData(30000, "元", 3)]
    public void ToWanYuan_ConvertsThePublishedUnits(double value, string unit, double expected) =>
        Units.ToWanYuan((decimal)value, unit).ShouldBe((decimal)expected);

    [Fact]
    public void ToWanYuan_UnknownUnit_IsNotGuessed() => Units.ToWanYuan(10m, "吨").ShouldBeNull();

    [Theory]
    // 景德镇高新区 2020 主营业务收入 263.49亿元, +7.74% (seed 002): the year before was 263.49 / 1.0774 ≈ 244.56亿元.
    [InlineData(263.49, 244.56, 7.7)]
    [InlineData(128000, 100000, 28.0)]
    [InlineData(90, 100, -10.0)]
    public void ChangePercent_IsRoundedToOneDecimal(double value, double before, double expected) =>
        GetZoneDashboardHandler.ChangePercent((decimal)value, (decimal)before).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(null, 100.0)]
    [InlineData(100.0, null)]
    [InlineData(100.0, 0.0)]
    [InlineData(100.0, -5.0)]
    public void ChangePercent_WithoutAPositiveBase_IsNotComputed(double? value, double? before) =>
        GetZoneDashboardHandler.ChangePercent((decimal?)value, (decimal?)before).ShouldBeNull();
}
