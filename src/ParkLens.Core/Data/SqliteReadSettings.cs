using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParkLens.Core.Data;

/// <summary>
/// Reads on SQLite through memory-mapped I/O (<c>mmap_size</c>, up to 1 GiB of the file). Each pooled connection has its
/// own page cache, 2 MiB by default, so a web server with many connections copied the same index pages into each of them
/// again and again; mapped pages are shared by every connection through the operating system's cache. Only how pages
/// are read changes: writes, syncing and the WAL are as before. Set when a connection opens (the setting is one
/// statement of microseconds; a pooled connection keeps it, so repeating it changes nothing).
/// </summary>
internal sealed class SqliteReadSettings : DbConnectionInterceptor
{
    public static readonly SqliteReadSettings Interceptor = new();

    private const string Pragma = "PRAGMA mmap_size = 1073741824";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
