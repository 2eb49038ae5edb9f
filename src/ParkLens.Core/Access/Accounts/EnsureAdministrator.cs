using Microsoft.AspNetCore.Identity;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Core.Access.Accounts;

public sealed record EnsureAdministratorResult(bool Created, string UserName, string? GeneratedPassword);

/// <summary>
/// On a database without accounts, creates the system administrator "admin" with the given password, or with a
/// generated one that the caller prints once. There is no default password.
/// </summary>
public sealed class EnsureAdministratorHandler(UserManager<ParkUser> users)
{
    public const string AdministratorName = "admin";

    public async Task<EnsureAdministratorResult> HandleAsync(string? password, CancellationToken ct)
    {
        if (users.Users.Any())
        {
            return new EnsureAdministratorResult(false, AdministratorName, null);
        }
        var generated = string.IsNullOrEmpty(password) ? Passwords.Generate() : null;
        var admin = new ParkUser
        {
            UserName = AdministratorName, DisplayName = "系统管理员", Role = AccessRole.SystemAdministrator, ScopeKind = ScopeKind.Everything,
        };
        var result = await users.CreateAsync(admin, password ?? generated!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("PARKLENS_ADMIN_PASSWORD is not accepted: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return new EnsureAdministratorResult(true, AdministratorName, generated);
    }
}
