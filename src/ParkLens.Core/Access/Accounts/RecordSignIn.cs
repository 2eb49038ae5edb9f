using ParkLens.Core.Access.Domain;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Accounts;

/// <summary>Logs sign-in events (login, failed login, lockout, logout) with the client address.</summary>
public sealed class RecordSignInHandler(ParkDbContext db)
{
    public async Task HandleAsync(string userName, bool succeeded, string? detail, string? remoteAddress, CancellationToken ct)
    {
        db.Record(succeeded ? AuditAction.Login : AuditAction.LoginFailed, nameof(ParkUser), userName, null, new { detail, remoteAddress });
        await db.SaveChangesAsync(ct);
    }

    public async Task LogoutAsync(string userName, CancellationToken ct)
    {
        db.Record(AuditAction.Logout, nameof(ParkUser), userName, null, null);
        await db.SaveChangesAsync(ct);
    }
}
