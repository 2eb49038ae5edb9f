using Microsoft.AspNetCore.Identity;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Core.Access.Accounts;

public sealed record CreateUserCommand(string UserName, string DisplayName, AccessRole Role, ScopeKind ScopeKind, int? ScopeId, string? Password);

public sealed record CreateUserResult(bool Succeeded, string? Password, IReadOnlyList<string> Errors);

public sealed class CreateUserHandler(UserManager<ParkUser> users)
{
    public async Task<CreateUserResult> HandleAsync(CreateUserCommand command, CancellationToken ct)
    {
        var problems = RoleScopeRules.Check(command.Role, command.ScopeKind, command.ScopeId);
        if (problems.Count > 0)
        {
            return new CreateUserResult(false, null, problems);
        }
        var password = command.Password ?? Passwords.Generate();
        var user = new ParkUser
        {
            UserName = command.UserName, DisplayName = command.DisplayName, Role = command.Role, ScopeKind = command.ScopeKind, ScopeId = command.ScopeId,
        };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? new CreateUserResult(true, command.Password is null ? password : null, [])
            : new CreateUserResult(false, null, result.Errors.Select(e => e.Description).ToArray());
    }
}

/// <summary>Which scope each role may have: zone staff sit at a zone or sub-park, enterprise users at their enterprise.</summary>
public static class RoleScopeRules
{
    public static IReadOnlyList<string> Check(AccessRole role, ScopeKind kind, int? id)
    {
        var allowed = role switch
        {
            AccessRole.SystemAdministrator => [ScopeKind.Everything],
            AccessRole.AuthorityAnalyst => [ScopeKind.Authority, ScopeKind.Everything],
            AccessRole.EnterpriseUser => [ScopeKind.Enterprise],
            // The audit log is scoped by zone, so an administrator's node is a whole zone.
            AccessRole.ZoneAdministrator => [ScopeKind.Zone],
            _ => new[] { ScopeKind.Zone, ScopeKind.SubPark },
        };
        var problems = new List<string>();
        if (!allowed.Contains(kind))
        {
            problems.Add($"role {role} cannot have scope {kind} (allowed: {string.Join(", ", allowed)})");
        }
        if ((kind == ScopeKind.Everything) != (id is null))
        {
            problems.Add(kind == ScopeKind.Everything ? "scope Everything takes no id" : $"scope {kind} needs an id");
        }
        return problems;
    }
}
