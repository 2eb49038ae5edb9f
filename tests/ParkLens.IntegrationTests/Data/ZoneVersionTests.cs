using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

/// <summary>A zone's data version goes up when a transaction that wrote the zone commits, and only then.</summary>
public sealed class ZoneVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWrite_RaisesItsZonesVersion_OnCommitOnly(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Services())
        {
            await RegistryFixtures.LoadAsync(setup);
        }
        await using var db = database.Open();
        var zones = await db.Zones.ToDictionaryAsync(z => z.ShortName, z => z.Id, Ct);
        var (yuxi, kunming) = (zones["玉溪高新区"], zones["昆明高新区"]);
        async Task<long> Version(int zone)
        {
            await using var read = database.Open();
            return await read.Set<ZoneDataVersion>().Where(v => v.ZoneId == zone).Select(v => v.Version).SingleOrDefaultAsync(Ct);
        }
        var (yuxiBefore, kunmingBefore) = (await Version(yuxi), await Version(kunming));
        yuxiBefore.ShouldBeGreaterThan(0, "the fixture's imports wrote the zone");

        await using (var rolledBack = await db.Database.BeginTransactionAsync(Ct))
        {
            (await db.Enterprises.SingleAsync(e => e.Uscc == RegistryFixtures.Yuxi1, Ct)).Name = "改名后回滚";
            await db.SaveChangesAsync(Ct);
            await rolledBack.RollbackAsync(Ct);
        }
        db.ChangeTracker.Clear();
        (await Version(yuxi)).ShouldBe(yuxiBefore);

        await using (var committed = await db.Database.BeginTransactionAsync(Ct))
        {
            (await db.Enterprises.SingleAsync(e => e.Uscc == RegistryFixtures.Yuxi1, Ct)).Name = "改名";
            await db.SaveChangesAsync(Ct);
            (await Version(yuxi)).ShouldBe(yuxiBefore, "not before the commit");
            await committed.CommitAsync(Ct);
        }
        (await Version(yuxi)).ShouldBe(yuxiBefore + 1);
        (await Version(kunming)).ShouldBe(kunmingBefore);
    }
}
