using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Caching.Memory;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;

namespace ParkLens.Web.Access;

/// <summary>
/// The signed-in user of the current request or Blazor circuit. Anonymous callers see nothing. Work the system does on
/// its own behalf (start-up, seeding) runs inside <see cref="RunAsSystem"/>.
/// </summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor http, IServiceProvider services, ScopeResolver resolver, IMemoryCache cache) : ICurrentActor
{
    private static readonly AsyncLocal<FixedActor?> System = new();
    private (string Name, DataScope Scope, AccessRole? Role)? _resolved;
    private ClaimsPrincipal? _resolvedFor;

    public static async Task RunAsSystem(string name, Func<Task> work)
    {
        System.Value = new FixedActor(name, DataScope.Everything);
        try
        {
            await work();
        }
        finally
        {
            System.Value = null;
        }
    }

    public string Name => Resolve().Name;

    public DataScope Scope => Resolve().Scope;

    public AccessRole? Role => Resolve().Role;

    /// <summary>
    /// Resolves the signed-in user's scope without blocking a thread; called once per request (after authorization) and
    /// when a circuit opens, so the query filters later read a resolved scope.
    /// </summary>
    public async Task PrepareAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (System.Value is not null || !TryRead(user, out var role, out var kind, out var id))
        {
            return;
        }
        var scope = await cache.GetOrCreateAsync((kind, id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ScopeCacheTime;
            return resolver.ResolveAsync(kind, id, ct);
        });
        _resolvedFor = user;
        _resolved = (user.Identity!.Name ?? "?", scope!, role);
    }

    // A scope changes only when zones, sub-parks or enterprises move; a short cache spares a query per request.
    private static readonly TimeSpan ScopeCacheTime = TimeSpan.FromSeconds(30);

    private (string Name, DataScope Scope, AccessRole? Role) Resolve()
    {
        if (System.Value is { } system)
        {
            return (system.Name, system.Scope, null);
        }
        var user = Principal();
        // A circuit keeps its scope until its principal changes (revalidation signs a changed or locked account out).
        if (_resolved is { } done && ReferenceEquals(user, _resolvedFor))
        {
            return done;
        }
        if (user is null || !TryRead(user, out var role, out var kind, out var id))
        {
            // Not cached: authentication may still be under way in this request.
            return ("anonymous", DataScope.Nothing, AccessRole.Anonymous);
        }
        // Only reached when PrepareAsync did not run for this principal (e.g. a principal replaced inside a circuit).
        var scope = cache.GetOrCreate((kind, id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ScopeCacheTime;
            return resolver.ResolveAsync(kind, id, CancellationToken.None).GetAwaiter().GetResult();
        })!;
        _resolvedFor = user;
        return (_resolved = (user.Identity!.Name ?? "?", scope, role)).Value;
    }

    private static bool TryRead(ClaimsPrincipal user, out AccessRole role, out ScopeKind kind, out int? id)
    {
        id = int.TryParse(user.FindFirstValue(ParkClaims.ScopeId), out var i) ? i : null;
        kind = default;
        role = default;
        if (user.Identity?.IsAuthenticated != true || ParkClaims.RoleOf(user) is not { } known)
        {
            return false;
        }
        role = known;
        return Enum.TryParse(user.FindFirstValue(ParkClaims.ScopeKind), out kind);
    }

    private ClaimsPrincipal? Principal()
    {
        if (http.HttpContext is { } context)
        {
            return context.User;
        }
        // In a Blazor circuit there is no HttpContext; the circuit's authentication state is already known.
        var state = services.GetService<AuthenticationStateProvider>();
        return state?.GetAuthenticationStateAsync().GetAwaiter().GetResult().User;
    }
}
