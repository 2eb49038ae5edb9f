using ParkLens.Cli;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Cli;

public sealed class ScaleCliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    // Not a timing test: it checks that ParkLens's evaluator and the DuckDB reference query give every enterprise the
    // same status and class, which is what makes the benchmark's ratio meaningful.
    [Fact]
    public async Task LandBench_ParkLensAndTheDuckDbReference_GiveTheSameClassToEveryEnterprise()
    {
        var result = await RunAsync("bench", "--only", "land", "--zones", "4", "--enterprises", "4000", "--runs", "1");

        result.Err.ShouldBeEmpty();
        result.Out.ShouldContain("same status and class for all 4,000 enterprises");
    }

    [Fact]
    public async Task Generate_WritesImportFiles_ThatTheImportAccepts()
    {
        var dir = Directory.CreateTempSubdirectory("parklens-generate");
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);

        var generated = await RunAsync("generate", "--zones", "3", "--enterprises", "300", "--years", "2", "--seed", "7", "--out", dir.FullName);
        var zones = await RunAsync("import", "zones", Path.Combine(dir.FullName, "zones.csv"), "--db", database.Settings.ConnectionString);
        var enterprises = await RunAsync("import", "enterprises", Path.Combine(dir.FullName, "enterprises.csv"), "--db", database.Settings.ConnectionString);
        var figures = await RunAsync("import", "indicators", Path.Combine(dir.FullName, "indicators.csv"), "--db", database.Settings.ConnectionString);

        generated.Exit.ShouldBe(0, generated.Err);
        generated.Out.ShouldContain("3 zones, 300 enterprises");
        zones.Exit.ShouldBe(0, zones.Err);
        enterprises.Exit.ShouldBe(0, enterprises.Err);
        enterprises.Out.ShouldContain("300 created");
        figures.Exit.ShouldBe(0, figures.Err);
    }

    [Fact]
    public async Task Bench_UnknownBenchmark_IsRefusedWithTheKnownOnes()
    {
        var result = await RunAsync("bench", "--only", "nosuch");

        result.Exit.ShouldBe(2);
        result.Err.ShouldContain("unknown benchmark(s): nosuch; known: land");
    }
}
