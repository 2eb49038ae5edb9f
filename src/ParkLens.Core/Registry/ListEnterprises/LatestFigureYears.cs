using System.Collections.Concurrent;
using System.Globalization;
using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.ListEnterprises;

/// <summary>
/// The latest year with figures, per zone or set of zones in scope, kept for <see cref="KeepFor"/> and only while this
/// process has written no zone's data since (<see cref="ZoneVersions.LocalWrites"/>), so the enterprise list does not
/// ask for it on every call. A year first imported through another web instance shows here within <see cref="KeepFor"/>.
/// Callers who see only some enterprises are not served from here: their latest year is their enterprises'.
/// </summary>
public sealed class LatestFigureYears(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _years = new(StringComparer.Ordinal);

    internal async Task<int?> GetAsync(ParkDbContext db, int? zoneId, Func<Task<int?>> read)
    {
        if (!db.ScopeAllEnterprises)
        {
            return await read();
        }
        var key = zoneId is { } zone ? zone.ToString(CultureInfo.InvariantCulture)
            : db.ScopeUnrestricted ? "*" : "zones:" + string.Join(",", db.ScopeZoneIds.Order());
        var now = clock.GetUtcNow().UtcDateTime;
        var writes = ZoneVersions.LocalWrites;
        if (_years.TryGetValue(key, out var kept) && kept.Writes == writes && now < kept.UntilUtc)
        {
            return kept.Year;
        }
        var year = await read();
        _years[key] = new Entry(year, writes, now + KeepFor);
        return year;
    }

    private sealed record Entry(int? Year, long Writes, DateTime UntilUtc);
}
