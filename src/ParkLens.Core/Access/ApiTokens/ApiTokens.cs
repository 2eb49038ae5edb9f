using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.ApiTokens;

internal static class TokenHash
{
    public const string Prefix = "plk_";

    public static string Of(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewToken() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record IssuedToken(int Id, string Token, DateTime ExpiresAtUtc);

public sealed record ApiTokenRow(int Id, string Name, string Prefix, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc);

public sealed class IssueApiTokenHandler(ParkDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    /// <summary>The token is returned once; only its hash is stored.</summary>
    public async Task<IssuedToken> HandleAsync(int userId, string name, TimeSpan? lifetime, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = TokenHash.NewToken();
        var life = lifetime is { } l && l > TimeSpan.Zero && l <= MaxLifetime ? l : TimeSpan.FromDays(90);
        var row = new ApiToken
        {
            UserId = userId, Name = string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), Prefix = token[..12], Hash = TokenHash.Of(token),
            CreatedAtUtc = now, ExpiresAtUtc = now + life,
        };
        db.ApiTokens.Add(row);
        db.Record(AuditAction.TokenIssued, nameof(ApiToken), row.Prefix, null, new { userId, row.Name, row.ExpiresAtUtc });
        await db.SaveChangesAsync(ct);
        return new IssuedToken(row.Id, token, row.ExpiresAtUtc);
    }
}

public sealed class RevokeApiTokenHandler(ParkDbContext db, TimeProvider clock, ApiTokenCache cache)
{
    /// <summary>False when the user has no such token.</summary>
    public async Task<bool> HandleAsync(int userId, int tokenId, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }
        token.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        db.Record(AuditAction.TokenRevoked, nameof(ApiToken), $"{token.Id} {token.Prefix}", null, new { userId });
        await db.SaveChangesAsync(ct);
        cache.ForgetUser(userId);
        return true;
    }
}

public sealed class ListApiTokensHandler(ParkDbContext db)
{
    public async Task<IReadOnlyList<ApiTokenRow>> HandleAsync(int userId, CancellationToken ct) =>
        await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc, t.LastUsedAtUtc))
            .ToListAsync(ct);
}

/// <summary>
/// Finds the active token's user, from <see cref="ApiTokenCache"/> when it was looked up in the last seconds. A lookup
/// logs the use (TokenUsed), at most once a minute per token so that an API client polling hard does not flood the log.
/// </summary>
public sealed class AuthenticateApiTokenHandler(ParkDbContext db, TimeProvider clock, ApiTokenCache cache)
{
    public static readonly TimeSpan LogInterval = TimeSpan.FromMinutes(1);

    public async Task<ParkUser?> HandleAsync(string token, string? path, CancellationToken ct)
    {
        if (!token.StartsWith(TokenHash.Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var hash = TokenHash.Of(token);
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.Find(hash, now) is { } kept)
        {
            return kept;
        }
        // One query for the token and its user.
        var found = await db.ApiTokens.Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync(ct);
        if (found is null || !found.Token.IsActive(now))
        {
            return null;
        }
        var (row, user) = (found.Token, found.User);
        if (user.LockoutEnd is { } end && end > clock.GetUtcNow())
        {
            return null;
        }
        if ((row.LastUsedAtUtc is null || now - row.LastUsedAtUtc >= LogInterval) && cache.TryClaimUseRecord(row.Id, now, LogInterval))
        {
            row.LastUsedAtUtc = now;
            db.Record(AuditAction.TokenUsed, nameof(ApiToken), $"{row.Id} {row.Prefix}", null, new { path }, actor: user.UserName);
            // The use itself is the record; the LastUsedAtUtc bump is not logged as an update of its own.
            db.EntityAudit = false;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.EntityAudit = true;
            }
        }
        cache.Keep(hash, row, user, now);
        return user;
    }
}
