namespace ParkLens.Core.Access.Domain;

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Import,
    Seed,
    Login,
    LoginFailed,
    Logout,
    TokenIssued,
    TokenRevoked,
    TokenUsed,
    RoleChanged,
}

/// <summary>
/// One recorded write or sign-in event. Append-only: the context refuses to update or delete these rows.
/// Zone-bound entries are visible to that zone's administrators; the rest to system administrators only.
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = "";

    public AuditAction Action { get; set; }

    public string EntityType { get; set; } = "";

    public string? EntityKey { get; set; }

    public int? ZoneId { get; set; }

    /// <summary>JSON: {"field": [before, after], …} for updates; the values for creates and deletes; details for other events.</summary>
    public string? Changes { get; set; }
}
