using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.Tests.LandEfficiency;

public sealed class SchemeReaderTests
{
    [Fact]
    public void The_built_in_schemes_read_cleanly_and_the_default_weights_add_up_to_100() =>
        BuiltInSchemes.Default.Populations.ShouldAllBe(p => p.Indicators.Sum(i => i.Weight) == 100m);

    [Fact]
    public void A_scheme_written_and_read_back_is_the_same()
    {
        var json = SchemeReader.Write(BuiltInSchemes.Default);

        var (scheme, problems) = SchemeReader.Read(json);

        problems.ShouldBeEmpty();
        SchemeReader.Write(scheme!).ShouldBe(json);
    }

    [Fact]
    public void Wrong_weights_benchmarks_and_cuts_are_refused_with_their_json_paths()
    {
        var bad = BuiltInSchemes.Default with
        {
            Populations =
            [
                BuiltInSchemes.Default.Populations[0] with
                {
                    Indicators = [new(IndicatorCode.TaxPerMu, 0, new(BenchmarkKind.Fixed), MissingPolicy.Incomplete)],
                },
            ],
            Classes = new ClassRule(ClassMethod.Percentile, [new(EfficiencyClass.A, 0.5m), new(EfficiencyClass.B, 0.3m)]),
        };

        var problems = SchemeReader.Check(bad).Select(p => p.Field).ToList();

        // The cut 0.3 after 0.5 is refused twice: the shares must grow, and the last class must reach 1.
        problems.ShouldBe(["$.populations[0].indicators[0].weight", "$.populations[0].indicators[0].benchmark.value", "$.classes.cuts[1].upTo", "$.classes.cuts[1].upTo"], ignoreOrder: true);
    }

    [Fact]
    public void Malformed_json_names_where_it_broke() =>
        SchemeReader.Read("{ \"key\": \"x\", \"populations\": [ { \"key\": 5 ] }").Problems.ShouldHaveSingleItem().Rule.ShouldBe("scheme-json");
}
