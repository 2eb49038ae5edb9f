using Microsoft.EntityFrameworkCore;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_ApplyFromEmpty_AndMatchTheModel(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("a model change needs a migration in both sets (Sqlite and Postgres)");
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldNotBeEmpty();
    }
}
