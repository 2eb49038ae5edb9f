namespace ParkLens.Core.Access.Domain;

/// <summary>A personal API token. Only its SHA-256 hash is stored; the token itself is shown once when issued.</summary>
internal sealed class ApiToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, so a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;
}
