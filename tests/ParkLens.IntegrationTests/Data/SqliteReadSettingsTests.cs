using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

/// <summary>Every SQLite connection a context opens reads through memory-mapped I/O, pooled connections included.</summary>
public sealed class SqliteReadSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOpenedConnection_MapsTheFile()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        for (var i = 0; i < 2; i++)
        {
            await using var db = database.Open();
            await db.Database.OpenConnectionAsync(Ct);
            (await MmapSize(db.Database.GetDbConnection())).ShouldBe(1L << 30);
            await db.Database.CloseConnectionAsync();
        }

        await using var plain = new Microsoft.Data.Sqlite.SqliteConnection(database.Settings.ConnectionString + ";Pooling=False");
        await plain.OpenAsync(Ct);
        (await MmapSize(plain)).ShouldBe(0, "the setting comes from the context, not from SQLite's default");
    }

    private static async Task<long> MmapSize(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
