using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

/// <summary>
/// The enterprise list's latest year is kept for half a minute, but a write through this process shows at once.
/// </summary>
public sealed class LatestFigureYearsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheListsLatestYear_FollowsAnImportAtOnce_AndAWriteElsewhereWithinHalfAMinute()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        int yuxi;
        await using (var db = database.Open())
        {
            yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
        }
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var app = database.Services(new FixedActor("玉溪", DataScope.Zones([yuxi])), clock);
        async Task<int?> ShownYear()
        {
            await using var call = app.ServiceProvider.CreateAsyncScope();
            var page = await call.ServiceProvider.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery(), Ct);
            return page.Items.Single(r => r.Uscc == RegistryFixtures.Yuxi1).Year;
        }

        (await ShownYear()).ShouldBe(2025);
        var import = await app.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(
            ImportKind.Indicators, Files.Csv(RegistryFixtures.IndicatorsCsv[0], $"{RegistryFixtures.Yuxi1},2026,130000,6500,200,1150"), "2026.csv", null, Ct);
        import.Errors.ShouldBeEmpty();
        (await ShownYear()).ShouldBe(2026, "an import through this process shows at once");

        await using (var db = database.Open())
        {
            // Another process's write, which this one cannot see happen.
            await db.Database.ExecuteSqlAsync($"UPDATE \"Registry_EnterpriseIndicators\" SET \"Year\" = 2027 WHERE \"Year\" = 2026", Ct);
        }
        (await ShownYear()).ShouldBeNull("the kept year 2026 has no figures any more");
        clock.Advance(LatestFigureYears.KeepFor);
        (await ShownYear()).ShouldBe(2027);
    }
}
