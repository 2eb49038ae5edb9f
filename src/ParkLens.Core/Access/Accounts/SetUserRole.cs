using Microsoft.AspNetCore.Identity;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Accounts;

public sealed record SetUserRoleCommand(string UserName, AccessRole Role, ScopeKind ScopeKind, int? ScopeId);

public sealed class SetUserRoleHandler(UserManager<ParkUser> users, ParkDbContext db, ApiTokens.ApiTokenCache tokens)
{
    /// <summary>Returns the problems; empty when the role was changed (and logged as RoleChanged).</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(SetUserRoleCommand command, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return [$"no user {command.UserName}"];
        }
        var problems = RoleScopeRules.Check(command.Role, command.ScopeKind, command.ScopeId);
        if (problems.Count > 0)
        {
            return problems;
        }
        var before = new { user.Role, user.ScopeKind, user.ScopeId };
        user.Role = command.Role;
        user.ScopeKind = command.ScopeKind;
        user.ScopeId = command.ScopeId;
        db.Record(AuditAction.RoleChanged, nameof(ParkUser), user.UserName, command.ScopeKind == ScopeKind.Zone ? command.ScopeId : null,
            new { before, after = new { user.Role, user.ScopeKind, user.ScopeId } });
        // The new security stamp signs the user out of existing sessions, and the user's API tokens are looked up again, so the
        // new scope applies at once.
        var result = await users.UpdateSecurityStampAsync(user);
        tokens.ForgetUser(user.Id);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToArray();
    }
}
