using ParkLens.Core.Common;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Core.Tests.Scale;

public sealed class ProvinceGeneratorTests
{
    private static readonly ProvinceSpec Spec = new(Zones: 12, Enterprises: 6000, Years: 3, Seed: 42, LastYear: 2024);

    [Fact]
    public void SameSeed_GivesTheSameProvince_RowForRow_AndAnotherSeedDoesNot()
    {
        var first = Snapshot(Spec);
        Snapshot(Spec).ShouldBe(first);
        Snapshot(Spec with { Seed = 43 }).ShouldNotBe(first);
    }

    [Fact]
    public void AnyEnterprise_CanBeGeneratedAlone_AndEqualsItsPlaceInTheWholeSequence()
    {
        var zones = ProvinceGenerator.Zones(Spec);
        var all = ProvinceGenerator.Enterprises(Spec, zones).ToList();
        var e = all[4321];
        ProvinceGenerator.Enterprise(Spec, zones[e.ZoneIndex], 4321).ShouldBe(e);
    }

    [Fact]
    public void Zones_AreSkewed_AddUp_AndAreLabelledSynthetic()
    {
        var zones = ProvinceGenerator.Zones(Spec);
        zones.Count.ShouldBe(12);
        zones.Sum(z => z.EnterpriseCount).ShouldBe(6000);
        zones[0].EnterpriseCount.ShouldBeGreaterThan(zones[^1].EnterpriseCount * 3);
        zones.ShouldAllBe(z => z.Name.StartsWith("合成") && z.ShortName.StartsWith("合成"));
        zones.Select(z => z.Name).Distinct().Count().ShouldBe(12);
    }

    [Fact]
    public void Enterprises_HaveValidUniqueCodes_RealIndustryClasses_AndSyntheticNames()
    {
        var enterprises = ProvinceGenerator.Enterprises(Spec, ProvinceGenerator.Zones(Spec)).ToList();
        enterprises.ShouldAllBe(e => Uscc.IsValid(e.Uscc));
        enterprises.Select(e => e.Uscc).Distinct().Count().ShouldBe(enterprises.Count);
        enterprises.ShouldAllBe(e => ReferenceCodes.IsIndustry(e.IndustryCode) && e.IndustryCode.Length == 4);
        enterprises.ShouldAllBe(e => e.Name.StartsWith("合成"));
        var manufacturing = enterprises.Count(e => string.CompareOrdinal(e.IndustryCode, "13") >= 0 && string.CompareOrdinal(e.IndustryCode, "44") < 0);
        ((double)manufacturing / enterprises.Count).ShouldBeInRange(0.6, 0.8);
    }

    [Fact]
    public void Figures_LeaveSomeUnreported_AsNullNeverZero_AndAboutAQuarterAreAboveScale()
    {
        var figures = ProvinceGenerator.Enterprises(Spec, ProvinceGenerator.Zones(Spec)).SelectMany(e => ProvinceGenerator.Figures(Spec, e)).ToList();
        figures.ShouldAllBe(f => f.Year >= 2022 && f.Year <= 2024);
        figures.Count(f => f.Tax is null).ShouldBeGreaterThan(0);
        figures.Count(f => f.Employees is null).ShouldBeGreaterThan(0);
        figures.ShouldAllBe(f => f.Revenue > 0);
        var lastYear = figures.Where(f => f.Year == 2024).ToList();
        ((double)lastYear.Count(f => f.Revenue >= 2000m) / lastYear.Count).ShouldBeInRange(0.15, 0.40);
    }

    [Fact]
    public void InvalidSpecs_AreRefusedWithTheOptionNamed()
    {
        new ProvinceSpec(0, 10, 1, 1, 2024).Problems().ShouldContain(p => p.Contains("--zones"));
        new ProvinceSpec(10, 5, 1, 1, 2024).Problems().ShouldContain(p => p.Contains("--enterprises"));
        new ProvinceSpec(1, 5, 0, 1, 2024).Problems().ShouldContain(p => p.Contains("--years"));
        Spec.Problems().ShouldBeEmpty();
    }

    private static string Snapshot(ProvinceSpec spec)
    {
        var zones = ProvinceGenerator.Zones(spec);
        return string.Join("\n", ProvinceGenerator.Enterprises(spec, zones).Take(300)
            .Select(e => $"{e}|{string.Join(";", ProvinceGenerator.Figures(spec, e))}"));
    }
}
