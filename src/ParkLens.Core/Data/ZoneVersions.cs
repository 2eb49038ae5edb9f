using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParkLens.Core.Data;

/// <summary>
/// The per-zone data versions (<see cref="ZoneDataVersion"/>). A write marks the zones it touched (<see cref="Touch"/>:
/// SaveChanges does it for every changed zone-owned row, the bulk import paths and the enterprise move for their rows) and
/// the versions of those zones go up by one as the last statement before its transaction commits, so a reader that sees
/// the new rows sees the new version too, and a rolled-back write raises nothing.
/// </summary>
internal static class ZoneVersions
{
    public const string Table = "Data_ZoneVersions";

    /// <summary>Registered on every context: raises the marked zones' versions when the context's transaction commits.</summary>
    public static readonly IInterceptor Interceptor = new CommitInterceptor();

    /// <summary>Marks a zone as changed by the current transaction.</summary>
    public static void Touch(ParkDbContext db, int zoneId)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // Without a transaction no commit would raise the version, and a cached result of the zone would stay stale.
            throw new InvalidOperationException("a zone's data is written inside a transaction");
        }
        db.TouchedZones.Add(zoneId);
    }

    /// <summary>
    /// What a result computed from <paramref name="zoneId"/> (or, when null, from every zone in scope) depends on: the
    /// version of the zone, or those of all zones in scope. Null when the caller's scope covers only some enterprises, or
    /// not the zone: such results are not shared. <see cref="ZoneStamp.Scope"/> names the zones an all-zones result was
    /// computed over (empty for one zone, whose result is the same for every caller that may see all of it).
    /// </summary>
    public static async Task<ZoneStamp?> StampAsync(ParkDbContext db, int? zoneId, CancellationToken ct)
    {
        var scope = db.Actor.Scope;
        if (scope.EnterpriseIds is not null || (zoneId is { } z && !scope.Includes(z)))
        {
            return null;
        }
        var versions = db.Set<ZoneDataVersion>().AsNoTracking();
        if (zoneId is not null)
        {
            var version = await versions.Where(v => v.ZoneId == zoneId).Select(v => (long?)v.Version).FirstOrDefaultAsync(ct) ?? 0;
            return new ZoneStamp("", version.ToString(CultureInfo.InvariantCulture));
        }
        // The scope filter leaves the versions of the scope's zones.
        var all = await versions.OrderBy(v => v.ZoneId).Select(v => new { v.ZoneId, v.Version }).ToListAsync(ct);
        return new ZoneStamp(
            scope.Unrestricted ? "*" : string.Join(",", scope.ZoneIds.Order()),
            string.Join(",", all.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.ZoneId}:{v.Version}"))));
    }

    // Zones in ascending order, so that two transactions never wait for each other's version rows the other way round.
    private static string BumpSql(IEnumerable<int> zones) =>
        $"INSERT INTO \"{Table}\" (\"ZoneId\", \"Id\", \"Version\") VALUES "
        + string.Join(", ", zones.Order().Select(z => string.Create(CultureInfo.InvariantCulture, $"({z}, {z}, 1)")))
        + $" ON CONFLICT (\"ZoneId\", \"Id\") DO UPDATE SET \"Version\" = \"{Table}\".\"Version\" + 1";

    private static long _localWrites;

    /// <summary>
    /// Goes up after every commit in this process of a transaction that wrote zones' data: what this process keeps from the
    /// data for a short time without reading a stamp is kept only while this stays the same (other processes' writes show
    /// when the kept value lapses).
    /// </summary>
    public static long LocalWrites => Interlocked.Read(ref _localWrites);

    private sealed class CommitInterceptor : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Committed(eventData);
            return Task.CompletedTask;
        }

        private static void Committed(TransactionEndEventData data)
        {
            if (data.Context is ParkDbContext { CommittingZoneWrites: true } db)
            {
                db.CommittingZoneWrites = false;
                Interlocked.Increment(ref _localWrites);
            }
        }

        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            if (Take(eventData) is { } zones)
            {
                using var command = Command(transaction, zones);
                command.ExecuteNonQuery();
            }
            return result;
        }

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Take(eventData) is { } zones)
            {
                await using var command = Command(transaction, zones);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Clear(eventData);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Clear(eventData);
            return Task.CompletedTask;
        }

        private static List<int>? Take(TransactionEventData data)
        {
            if (data.Context is not ParkDbContext { TouchedZones.Count: > 0 } db)
            {
                return null;
            }
            var zones = db.TouchedZones.ToList();
            db.TouchedZones.Clear();
            db.CommittingZoneWrites = true;
            return zones;
        }

        private static void Clear(TransactionEventData data)
        {
            if (data.Context is ParkDbContext db)
            {
                db.TouchedZones.Clear();
                db.CommittingZoneWrites = false;
            }
        }

        private static DbCommand Command(DbTransaction transaction, List<int> zones)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = BumpSql(zones);
            return command;
        }
    }
}

/// <summary>Which zones a result covers (<see cref="Scope"/>, part of its cache key) and their data versions (<see cref="Versions"/>).</summary>
internal sealed record ZoneStamp(string Scope, string Versions);
