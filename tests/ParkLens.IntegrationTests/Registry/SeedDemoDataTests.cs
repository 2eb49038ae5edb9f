using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

public sealed class SeedDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_EmptyDatabase_HoldsTheArticlesZonesEnterprisesAndFigures(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var handler = scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>();

        var result = await handler.HandleAsync(new SeedDemoDataCommand(MinPerZone: 10, MaxPerZone: 20), null, Ct);
        var again = await handler.HandleAsync(new SeedDemoDataCommand(), null, Ct);

        result.Seeded.ShouldBeTrue();
        again.Seeded.ShouldBeFalse();
        await using var db = database.Open();
        var kunming = await db.Zones.Include(z => z.SubParks).SingleAsync(z => z.ShortName == "昆明高新区", Ct);
        kunming.Level.ShouldBe(ParkLens.Core.Registry.Domain.ZoneLevel.National);
        kunming.CityCode.ShouldBe("5301");
        var watson = await db.Enterprises.SingleAsync(e => e.Name == "云南沃森生物技术股份有限公司", Ct);
        watson.ZoneId.ShouldBe(kunming.Id);
        watson.IsSynthetic.ShouldBeFalse();
        watson.UsccIsPlaceholder.ShouldBeTrue();
        Uscc.IsValid(watson.Uscc).ShouldBeTrue();
        (await db.PublishedFacts.CountAsync(f => f.ZoneId == kunming.Id && f.Quote.Contains("稀贵金属"), Ct)).ShouldBeGreaterThan(0);
        var suining = await db.Zones.SingleAsync(z => z.ShortName == "遂宁高新区", Ct);
        var park = await db.Parcels.Include(p => p.Buildings).SingleAsync(p => p.Code == "远成西部物流园", Ct);
        park.ZoneId.ShouldBe(suining.Id);
        park.Buildings.Sum(b => b.FloorAreaM2).ShouldBe(343_000m);
        (await db.Enterprises.CountAsync(e => e.IsSynthetic, Ct)).ShouldBe(result.SyntheticEnterprises);
        (await db.Indicators.CountAsync(Ct)).ShouldBe(result.IndicatorRows);
        (await db.Enterprises.Where(e => e.IsSynthetic).AllAsync(e => e.Provenance.Source == DataSource.Synthetic, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Seed_SameSeed_GivesTheSameDatabase()
    {
        async Task<List<string>> SeedAsync()
        {
            await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
            await using var scope = database.Services();
            await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(Seed: 3, MinPerZone: 5, MaxPerZone: 8), null, Ct);
            await using var db = database.Open();
            return await db.Enterprises.OrderBy(e => e.Id).Select(e => e.Uscc + e.Name).ToListAsync(Ct);
        }

        (await SeedAsync()).ShouldBe(await SeedAsync());
    }
}
