using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ParkLens.Core.Data;

/// <summary>
/// Connection settings for a bulk load on SQLite, applied before the import's transaction and restored after it (the
/// connection goes back to a pool). Only settings that cannot cost durability or atomicity are touched:
/// <list type="bullet">
/// <item><c>cache_size</c> −262144 (256 MiB of page cache for this connection instead of 2 MiB): the indexes of a table
/// receiving a million rows stay in memory. It is memory of this connection only; what is written and when it is synced
/// does not change.</item>
/// <item><c>temp_store</c> MEMORY: temporary b-trees and statement journals live in memory instead of temp files. They
/// are scratch space of the running statement; the database file and its WAL are untouched.</item>
/// </list>
/// Deliberately left alone: <c>synchronous</c> and <c>journal_mode</c> (OFF would lose or corrupt data on a crash, and
/// journal_mode=OFF would break the rollback that keeps an import all-or-nothing), <c>locking_mode</c> EXCLUSIVE (the web
/// app must keep reading while an import writes) and <c>foreign_keys</c> (every row stays checked).
/// On PostgreSQL nothing is changed.
/// </summary>
internal sealed class BulkLoadSettings : IAsyncDisposable
{
    private static readonly (string Name, string Value)[] Settings = [("cache_size", "-262144"), ("temp_store", "2")];

    private readonly ParkDbContext _db;
    private readonly List<(string Name, string Value)> _previous = [];

    private BulkLoadSettings(ParkDbContext db) => _db = db;

    public static async Task<BulkLoadSettings> ApplyAsync(ParkDbContext db, CancellationToken ct)
    {
        var settings = new BulkLoadSettings(db);
        await db.Database.OpenConnectionAsync(ct);
        if (!db.Database.IsSqlite())
        {
            return settings;
        }
        await using var command = db.Database.GetDbConnection().CreateCommand();
        foreach (var (name, value) in Settings)
        {
            command.CommandText = $"PRAGMA {name}";
            settings._previous.Add((name, Convert.ToString(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)!));
            command.CommandText = $"PRAGMA {name} = {value}";
            await command.ExecuteNonQueryAsync(ct);
        }
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_previous.Count > 0 && _db.Database.CurrentTransaction is null)
        {
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            foreach (var (name, value) in _previous)
            {
                command.CommandText = $"PRAGMA {name} = {value}";
                await command.ExecuteNonQueryAsync();
            }
        }
        await _db.Database.CloseConnectionAsync();
    }
}
