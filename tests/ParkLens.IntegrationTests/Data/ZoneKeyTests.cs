using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Registry.Domain;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

/// <summary>Keys are (ZoneId, Id): ids are generated on both providers, and optional references are nulled by EF, not the database.</summary>
public sealed class ZoneKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeletingASubPark_NullsTheTrackedEnterprisesReference_AndKeepsTheirZone_TheDatabaseRefusesUntracked(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        await RegistryFixtures.LoadAsync(scope);
        int zoneId, subParkId, enterpriseId;
        await using (var db = database.Open())
        {
            var enterprise = await db.Enterprises.FirstAsync(Ct);
            var subPark = new SubPark { ZoneId = enterprise.ZoneId, Name = "待撤销片区" };
            db.SubParks.Add(subPark);
            await db.SaveChangesAsync(Ct);
            enterprise.SubParkId = subPark.Id;
            await db.SaveChangesAsync(Ct);
            (zoneId, subParkId, enterpriseId) = (enterprise.ZoneId, subPark.Id, enterprise.Id);
            subPark.Id.ShouldBeGreaterThan(0);
        }

        await using (var untracked = database.Open())
        {
            untracked.SubParks.Remove(await untracked.SubParks.SingleAsync(s => s.Id == subParkId, Ct));
            await Should.ThrowAsync<DbUpdateException>(() => untracked.SaveChangesAsync(Ct));
        }
        await using (var tracked = database.Open())
        {
            var enterprise = await tracked.Enterprises.SingleAsync(e => e.Id == enterpriseId, Ct);
            tracked.SubParks.Remove(await tracked.SubParks.SingleAsync(s => s.Id == subParkId, Ct));
            await tracked.SaveChangesAsync(Ct);
            (enterprise.ZoneId, enterprise.SubParkId).ShouldBe((zoneId, (int?)null));
        }
        await using var after = database.Open();
        (await after.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.ZoneId, e.SubParkId }).SingleAsync(Ct)).ShouldBe(new { ZoneId = zoneId, SubParkId = (int?)null });
        (await after.SubParks.AnyAsync(s => s.Id == subParkId, Ct)).ShouldBeFalse();
    }
}
