using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Core.Tests.Registry;

public sealed class SeedFactsTests
{
    private static readonly SeedFacts Facts = SeedFacts.Load();

    [Fact]
    public void Zones_NameTheZonesOfTheArticles()
    {
        var names = Facts.Zones.Select(z => z.ShortName).ToList();

        names.ShouldContain("昆明高新区");
        names.ShouldContain("玉溪高新区");
        names.ShouldContain("曲靖高新区");
        names.ShouldContain("苏州工业园区");
        names.ShouldContain("遂宁高新区");
        names.ShouldContain("厦门火炬高新区");
        names.ShouldContain("西部科学城");
        names.Count.ShouldBe(names.Distinct().Count());
    }

    [Fact]
    public void Zones_HaveRealDivisionCodesAndKnownTerms()
    {
        foreach (var z in Facts.Zones)
        {
            DivisionCatalog.Instance.Find(z.CityCode).ShouldNotBeNull(z.Key).ParentCode.ShouldBe(z.ProvinceCode, z.Key);
            RegistryTerms.TryParse(RegistryTerms.Kinds, z.Kind, out _).ShouldBeTrue(z.Key);
            Facts.Authorities.ShouldContain(a => a.Key == z.Authority, z.Key);
        }
    }

    [Fact]
    public void Enterprises_HaveKnownIndustriesZonesAndQuotes()
    {
        foreach (var e in Facts.Enterprises)
        {
            IndustryCatalog.Instance.Find(e.IndustryCode).ShouldNotBeNull(e.Name).Level.ShouldBe(4);
            Facts.Zones.ShouldContain(z => z.Key == e.Zone, e.Name);
            e.Quote.ShouldNotBeNullOrWhiteSpace();
        }
        Facts.Enterprises.ShouldContain(e => e.Name.Contains("沃森", StringComparison.Ordinal) && e.Zone == "kunming-hitech");
    }

    [Fact]
    public void Facts_QuoteTheArticlesVerbatim()
    {
        var articles = Directory.GetFiles(SharedData.Path("../seeds")).ToDictionary(f => System.IO.Path.GetFileName(f)[..3], File.ReadAllText);
        var quotes = Facts.Zones.SelectMany(z => z.Facts).Concat(Facts.Enterprises.SelectMany(e => e.Facts)).ToList();

        quotes.Count.ShouldBeGreaterThan(200);
        foreach (var f in quotes)
        {
            articles[f.Seed].ShouldContain(f.Quote, customMessage: $"{f.Indicator}: {f.Quote}");
        }
    }

    [Fact]
    public void Suining_YuanchengLogisticsPark_CarriesThePublishedAreas()
    {
        var park = Facts.Parcels!.Single(p => p.Code == "远成西部物流园");

        park.AreaMu.ShouldBe(495m);
        park.Buildings.Sum(b => b.FloorAreaM2).ShouldBe(343_000m);
        var storage = park.Buildings.Single(b => b.Use == "仓储");
        storage.FloorAreaM2.ShouldBe(227_000m);
        (storage.VacantAreaM2 / storage.FloorAreaM2).ShouldBe(0.4m);
    }
}
