using Microsoft.EntityFrameworkCore;
using ParkLens.Cli;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Cli;

public sealed class GenerateCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Generate_IntoADatabase_ImportsEveryZoneEnterpriseAndYearlyRow(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var directory = Directory.CreateTempSubdirectory("parklens-generate").FullName;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(
            ["generate", "--zones", "3", "--enterprises", "3000", "--years", "2", "--seed", "7", "--out", directory, "--db", database.Settings.ConnectionString],
            output, error);

        exit.ShouldBe(0, error.ToString());
        var indicatorRows = File.ReadLines(Path.Combine(directory, "indicators.csv")).Count() - 1;
        indicatorRows.ShouldBeGreaterThan(3000);
        await using var db = database.Open();
        (await db.Zones.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(3);
        (await db.Enterprises.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(3000);
        (await db.Indicators.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(indicatorRows);
        (await db.Indicators.CountAsync(i => db.Enterprises.Any(e => e.Id == i.EnterpriseId && e.ZoneId == i.ZoneId), TestContext.Current.CancellationToken)).ShouldBe(indicatorRows);
        Directory.Delete(directory, true);
    }
}
