using ParkLens.Core.LandEfficiency.ParcelMap;

namespace ParkLens.Core.Tests.LandEfficiency;

public sealed class ParcelBoundaryReaderTests
{
    private static string Collection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    private static string Square(string code, double lon, double lat, double side) =>
        $$$"""{"type":"Feature","properties":{"code":"{{{code}}}"},"geometry":{"type":"Polygon","coordinates":[[[{{{lon}}},{{{lat}}}],[{{{lon + side}}},{{{lat}}}],[{{{lon + side}}},{{{lat + side}}}],[{{{lon}}},{{{lat + side}}}],[{{{lon}}},{{{lat}}}]]]}}""";

    [Fact]
    public void ASquareOfOneThousandthOfADegree_At30North_IsAbout16Mu()
    {
        // 0.001° of latitude is 111.195 m on the authalic sphere; of longitude at 30.0005°N, 111.195 × cos 30.0005° = 96.296 m.
        // 111.195 × 96.296 = 10,707.6 m² = 16.06 亩 (1 亩 = 666.67 m²).
        var (features, problems) = ParcelBoundaryReader.Read(Collection(Square("P-1", 120.0, 30.0, 0.001)));

        problems.ShouldBeEmpty();
        features.Single().Code.ShouldBe("P-1");
        features.Single().SurveyedMu.ShouldBeInRange(16.03m, 16.09m);
        features.Single().MinLon.ShouldBe(120.0);
        features.Single().MaxLat.ShouldBe(30.001, 1e-9);
    }

    [Fact]
    public void AHole_IsSubtracted_AndAMultiPolygon_Adds()
    {
        var withHole = """{"type":"Feature","properties":{"宗地编号":"H"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.002,30],[120.002,30.002],[120,30.002],[120,30]],[[120.0005,30.0005],[120.0015,30.0005],[120.0015,30.0015],[120.0005,30.0015],[120.0005,30.0005]]]}}""";
        var multi = """{"type":"Feature","properties":{"地块编号":"M"},"geometry":{"type":"MultiPolygon","coordinates":[[[[120,30],[120.001,30],[120.001,30.001],[120,30.001],[120,30]]],[[[121,30],[121.001,30],[121.001,30.001],[121,30.001],[121,30]]]]}}""";

        var (features, problems) = ParcelBoundaryReader.Read(Collection(withHole, multi));

        problems.ShouldBeEmpty();
        // Outer 4 × 16.06, hole 1 × 16.06: about 48.2 亩; two separate 16.06 亩 squares: 32.1 亩.
        features.Single(f => f.Code == "H").SurveyedMu.ShouldBeInRange(48.0m, 48.4m);
        features.Single(f => f.Code == "M").SurveyedMu.ShouldBeInRange(32.0m, 32.2m);
    }

    [Fact]
    public void EveryProblem_NamesTheFeatureAndTheRule_AndNothingIsReturned()
    {
        var unclosed = """{"type":"Feature","properties":{"code":"U"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.001,30],[120.001,30.001],[120,30.001]]]}}""";
        var projected = """{"type":"Feature","properties":{"code":"X"},"geometry":{"type":"Polygon","coordinates":[[[500000,3300000],[500100,3300000],[500100,3300100],[500000,3300000]]]}}""";
        var point = """{"type":"Feature","properties":{"code":"P"},"geometry":{"type":"Point","coordinates":[120,30]}}""";
        var noCode = """{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.001,30],[120.001,30.001],[120,30]]]}}""";

        var (features, problems) = ParcelBoundaryReader.Read(Collection(Square("A", 120, 30, 0.001), Square("A", 120.01, 30, 0.001), unclosed, projected, point, noCode));

        features.ShouldBeEmpty();
        problems.Select(p => p.Rule).ShouldBe(["duplicate-code", "ring", "coordinates-range", "geometry-type", "no-code"], ignoreOrder: true);
        problems.Single(p => p.Rule == "duplicate-code").Field.ShouldBe("features[2].properties");
        problems.Single(p => p.Rule == "coordinates-range").Message.ShouldContain("500000");
        problems.Single(p => p.Rule == "ring").Field.ShouldBe("features[3].geometry");
    }

    [Theory]
    [InlineData("not json", "not-geojson")]
    [InlineData("""{"type":"Feature"}""", "not-feature-collection")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "no-features")]
    public void AFileThatIsNotACollectionOfFeatures_IsRefusedAsAWhole(string text, string rule) =>
        ParcelBoundaryReader.Read(text).Problems.Single().Rule.ShouldBe(rule);
}
