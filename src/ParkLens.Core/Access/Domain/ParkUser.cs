using Microsoft.AspNetCore.Identity;

namespace ParkLens.Core.Access.Domain;

/// <summary>An account. Identity stores the password hash, lockout and security stamp; ParkLens adds the role and the scope.</summary>
public sealed class ParkUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";

    public AccessRole Role { get; set; }

    public ScopeKind ScopeKind { get; set; }

    /// <summary>Id of the authority, zone, sub-park or enterprise named by <see cref="ScopeKind"/>; null for everything.</summary>
    public int? ScopeId { get; set; }
}
