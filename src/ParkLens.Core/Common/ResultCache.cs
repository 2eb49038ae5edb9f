namespace ParkLens.Core.Common;

/// <summary>
/// Results that are expensive to compute (a large zone's dashboard, its chain atlas), kept in memory with the stamp of
/// the data they were computed from (<see cref="Data.ZoneVersions.StampAsync"/>). A result is handed out again only
/// while the caller reads the same stamp; callers asking at once for a key that is missing share one computation. Bounded:
/// past <see cref="Capacity"/> keys the least recently used quarter goes.
/// </summary>
public sealed class ResultCache
{
    public const int Capacity = 256;

    private readonly Dictionary<object, Entry> _entries = [];
    private long _clock;

    /// <summary>
    /// The result kept for <paramref name="key"/> at <paramref name="stamp"/>, else what <paramref name="compute"/> returns.
    /// The stamp must be read before computing, so a result is never older than its stamp says. The computation does not
    /// take the caller's token: it may be serving other callers too, and a caller that gives up only stops waiting.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(object key, string stamp, Func<Task<T>> compute, CancellationToken ct)
    {
        Lazy<Task<object?>> result;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry) || entry.Stamp != stamp || entry.Failed)
            {
                entry = new Entry(stamp, new Lazy<Task<object?>>(async () => await compute()));
                _entries[key] = entry;
            }
            entry.LastUsed = ++_clock;
            Trim();
            result = entry.Result;
        }
        return (T)(await result.Value.WaitAsync(ct))!;
    }

    /// <summary>How many keys are kept (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Trim()
    {
        if (_entries.Count <= Capacity)
        {
            return;
        }
        foreach (var old in _entries.OrderBy(e => e.Value.LastUsed).Take(Capacity / 4).Select(e => e.Key).ToList())
        {
            _entries.Remove(old);
        }
    }

    private sealed class Entry(string stamp, Lazy<Task<object?>> result)
    {
        public string Stamp { get; } = stamp;

        public Lazy<Task<object?>> Result { get; } = result;

        public long LastUsed { get; set; }

        // A failed computation is not kept: the next caller tries again.
        public bool Failed => Result.IsValueCreated && Result.Value is { IsFaulted: true } or { IsCanceled: true };
    }
}
