using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Tests.Registry;

public sealed class ReferenceCatalogTests
{
    [Fact]
    public void Industries_HaveTheStandardsLevelCounts()
    {
        var catalog = IndustryCatalog.Instance;

        catalog.AtLevel(1).Count().ShouldBe(20);
        catalog.AtLevel(2).Count().ShouldBe(97);
        catalog.AtLevel(3).Count().ShouldBe(473);
        // 1,380 in the 2017 text; the 2019 amendment splits 9290 into 9291 and 9299 (see data/README.md).
        catalog.AtLevel(4).Count().ShouldBe(1381);
    }

    [Fact]
    public void Industries_EveryParentExists_AndSectionsAreLetters()
    {
        var catalog = IndustryCatalog.Instance;

        foreach (var industry in catalog.AtLevel(2).Concat(catalog.AtLevel(3)).Concat(catalog.AtLevel(4)))
        {
            catalog.Find(industry.ParentCode).ShouldNotBeNull(industry.Code);
            industry.Section.Length.ShouldBe(1);
        }
    }

    [Theory]
    [InlineData("2761", "C", "生物药品制造")]
    [InlineData("6513", "I", null)]
    [InlineData("3841", "C", null)]
    public void Industries_FindClass_GivesItsSection(string code, string section, string? name)
    {
        var industry = IndustryCatalog.Instance.Find(code).ShouldNotBeNull();

        industry.Section.ShouldBe(section);
        if (name is not null)
        {
            industry.Name.ShouldBe(name);
        }
        IndustryCatalog.Instance.PathOf(code).Select(i => i.Level).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public void Divisions_MatchTheStatisticalCodes()
    {
        var divisions = DivisionCatalog.Instance;

        divisions.Provinces.Count.ShouldBe(31);
        divisions.Find("5304")!.Name.ShouldBe("玉溪市");
        divisions.Find("5304")!.ParentCode.ShouldBe("53");
        divisions.PlaceName("53", "5304").ShouldBe("云南省 玉溪市");
        divisions.PlaceName("50", "5001").ShouldBe("重庆市");
    }

    [Fact]
    public void NationalZones_AreNationalHighTechAndEconomicZones_InKnownPlaces()
    {
        var zones = NationalZoneCatalog.Instance.Zones;

        zones.Count(z => z.Kind == ZoneKind.EconomicTech && z.Source == "2018目录").ShouldBe(219);
        zones.Count(z => z.Kind == ZoneKind.HighTech && z.Source == "2018目录").ShouldBe(156);
        foreach (var z in zones)
        {
            var city = DivisionCatalog.Instance.Find(z.CityCode).ShouldNotBeNull(z.Name);
            city.ParentCode.ShouldBe(z.ProvinceCode, z.Name);
        }
        zones.Select(z => z.Name).ShouldBeUnique();
    }

    [Fact]
    public void NationalZones_KunmingHighTech_IsInThe2018Catalogue()
    {
        var kunming = NationalZoneCatalog.Instance.FindByName("昆明高新区").ShouldNotBeNull();

        kunming.CatalogueCode.ShouldNotBeNull();
        kunming.ApprovalYear.ShouldBe(1992);
        kunming.CityCode.ShouldBe("5301");
    }
}
