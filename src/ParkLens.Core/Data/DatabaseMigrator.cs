using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

public static class DatabaseMigrator
{
    /// <summary>Creates the database if needed and applies the provider's migrations.</summary>
    public static async Task MigrateAsync(DatabaseSettings settings, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        await using var db = ParkDbContextFactory.Create(settings, new FixedActor("migrator", DataScope.Everything));
        // A migration that fills a new index from every enterprise (AddNameBigrams) outlasts the default 30 s on a
        // province-sized database.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync(ct);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the web app read while an import or seeding writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
