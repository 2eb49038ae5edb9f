using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Core.Tests.Registry;

public sealed class SyntheticEnterprisesTests
{
    private static readonly Provenance Provenance = Provenance.Of(DataSource.Synthetic, "test", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "test");

    private static List<Enterprise> Generate(int seed) =>
        new SyntheticEnterprises(seed, 2025, 5, Provenance).Generate(new SyntheticZone(1, "5304", "玉溪", ["新能源电池", "生物医药"], [10, 11]), 400);

    [Fact]
    public void Generate_SameSeed_IsDeterministic()
    {
        var a = Generate(42);
        var b = Generate(42);

        a.Select(e => (e.Uscc, e.Name, e.IndustryCode, e.Indicators.Sum(i => i.Revenue))).ShouldBe(b.Select(e => (e.Uscc, e.Name, e.IndustryCode, e.Indicators.Sum(i => i.Revenue))));
        Generate(43).Select(e => e.Uscc).ShouldNotBe(a.Select(e => e.Uscc));
    }

    [Fact]
    public void Generate_Records_AreValidAndMarkedSynthetic()
    {
        var enterprises = Generate(1);

        enterprises.ShouldAllBe(e => e.IsSynthetic && Uscc.IsValid(e.Uscc) && e.Name.StartsWith("玉溪"));
        enterprises.Select(e => e.Uscc).ShouldBeUnique();
        enterprises.Select(e => e.Name).ShouldBeUnique();
        var rows = enterprises.SelectMany(e => e.Indicators).ToList();
        rows.ShouldAllBe(i => i.Provenance.Source == DataSource.Synthetic);
        rows.ShouldAllBe(i => i.Revenue > 0 && i.Tax >= 0 && i.Employees >= 5 && i.RdStaff <= i.Employees);
        rows.Where(i => i.GrossOutput != null).ShouldAllBe(i => i.ValueAdded <= i.GrossOutput);
        rows.Where(i => i.HighTechRevenue != null).ShouldAllBe(i => i.HighTechRevenue <= i.Revenue);
        rows.ShouldAllBe(i => i.Year >= 2021 && i.Year <= 2025);
    }

    [Fact]
    public void Generate_LeadingIndustries_DominateTheMix()
    {
        var enterprises = Generate(5);

        // 新能源电池 → 38 电气机械和器材 (batteries), 44 电力; 生物医药 → 27 医药, 73 研究和试验发展.
        string[] led = ["38", "44", "27", "73"];
        var preferred = enterprises.Count(e => led.Contains(e.IndustryCode[..2]));
        preferred.ShouldBeGreaterThan(enterprises.Count * 6 / 10);
    }

    [Fact]
    public void Generate_LandPerMu_IsInTheRangeTheSeedsReport()
    {
        var latest = Generate(9).Select(e => e.Indicators.FirstOrDefault(i => i.Year == 2025)).Where(i => i?.LandMu > 0).ToList();

        var perMu = latest.Sum(i => i!.Revenue!.Value) / latest.Sum(i => i!.LandMu!.Value);
        // 云南: 国家级开发区 亩均营业收入 470万元, 省级 297万元 (seed 000); synthetic zones should land in that neighbourhood.
        perMu.ShouldBeInRange(150m, 800m);
    }
}
