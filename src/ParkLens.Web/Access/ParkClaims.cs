using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Web.Access;

internal static class ParkClaims
{
    public const string Role = "pl:role";
    public const string ScopeKind = "pl:scope";
    public const string ScopeId = "pl:scope-id";

    public static AccessRole? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<AccessRole>(user.FindFirstValue(Role), out var r) ? r : null;

    public static IEnumerable<Claim> For(ParkUser user) =>
    [
        new(Role, user.Role.ToString()),
        new(ScopeKind, user.ScopeKind.ToString()),
        new(ScopeId, user.ScopeId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("pl:display", user.DisplayName),
    ];
}

/// <summary>Adds the role and scope to the cookie, so each request knows them without a lookup.</summary>
internal sealed class ParkUserClaimsFactory(UserManager<ParkUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ParkUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ParkUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ParkClaims.For(user));
        return identity;
    }
}
