using System.Collections.Concurrent;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Core.Access.ApiTokens;

/// <summary>
/// Active tokens and their users, kept for <see cref="CacheTime"/> after a lookup so that an API client's requests do not
/// each read the token and the user again (about a sixth of a search request's CPU). Revoking a token and changing a
/// user's role or scope forget the user's tokens here at once; another web instance notices within <see cref="CacheTime"/>,
/// as a signed-in browser notices within the cookie's one-minute revalidation. Only tokens that were found are kept.
/// </summary>
public sealed class ApiTokenCache
{
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, DateTime> _useRecordedAt = new();

    /// <summary>A fresh copy of the user kept for this token hash, or null when none is kept or it has lapsed.</summary>
    internal ParkUser? Find(string hash, DateTime nowUtc)
    {
        if (!_entries.TryGetValue(hash, out var entry))
        {
            return null;
        }
        if (nowUtc >= entry.UntilUtc)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(hash, entry));
            return null;
        }
        return new ParkUser
        {
            Id = entry.UserId, UserName = entry.UserName, DisplayName = entry.DisplayName, Role = entry.Role, ScopeKind = entry.ScopeKind, ScopeId = entry.ScopeId,
        };
    }

    internal void Keep(string hash, ApiToken token, ParkUser user, DateTime nowUtc)
    {
        var until = nowUtc + CacheTime < token.ExpiresAtUtc ? nowUtc + CacheTime : token.ExpiresAtUtc;
        _entries[hash] = new Entry(user.Id, user.UserName ?? "", user.DisplayName, user.Role, user.ScopeKind, user.ScopeId, until);
    }

    /// <summary>
    /// True for exactly one caller in this instance per token and interval: the one that records the token's use. When a
    /// kept lookup lapses, every request in flight with that token misses at once; without this, each of them saw the
    /// stored use as a minute old and wrote it (and its audit record), queueing on the token row's lock (docs/benchmarks.md).
    /// </summary>
    internal bool TryClaimUseRecord(int tokenId, DateTime nowUtc, TimeSpan interval)
    {
        while (true)
        {
            if (!_useRecordedAt.TryGetValue(tokenId, out var last))
            {
                if (_useRecordedAt.TryAdd(tokenId, nowUtc))
                {
                    return true;
                }
            }
            else if (nowUtc - last < interval)
            {
                return false;
            }
            else if (_useRecordedAt.TryUpdate(tokenId, nowUtc, last))
            {
                return true;
            }
        }
    }

    /// <summary>Forgets every kept token of the user (after a revocation or a change of role or scope).</summary>
    public void ForgetUser(int userId)
    {
        foreach (var (hash, entry) in _entries)
        {
            if (entry.UserId == userId)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(hash, entry));
            }
        }
    }

    private sealed record Entry(int UserId, string UserName, string DisplayName, AccessRole Role, ScopeKind ScopeKind, int? ScopeId, DateTime UntilUtc);
}
