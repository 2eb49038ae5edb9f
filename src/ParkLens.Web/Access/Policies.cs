using Microsoft.AspNetCore.Authorization;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Web.Access;

/// <summary>The named policies every endpoint and page carries; the rules behind them live in Core's WritePermissions.</summary>
internal static class Policies
{
    public const string Read = "read";
    public const string Import = "import";
    public const string Audit = "audit";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireClaim(ParkClaims.Role));
        options.AddPolicy(Import, p => p.RequireAuthenticatedUser().RequireAssertion(c => WritePermissions.CanImportAnything(ParkClaims.RoleOf(c.User) ?? AccessRole.Anonymous)));
        options.AddPolicy(Audit, p => p.RequireAuthenticatedUser().RequireAssertion(c => ParkClaims.RoleOf(c.User) is { } r && WritePermissions.CanReadAudit(r)));
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
