using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ParkLens.Core.Common;

namespace ParkLens.Web.Access;

/// <summary>
/// Resolves the current user's data scope asynchronously before any page, endpoint or circuit reads it, so the EF query
/// filters never block a thread on a scope query (which starved the thread pool under load on PostgreSQL).
/// </summary>
internal static class ActorPreparation
{
    public static void UseActorPreparation(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.RequestServices.GetService<ICurrentActor>() is HttpCurrentActor actor)
        {
            await actor.PrepareAsync(context.User, context.RequestAborted);
        }
        await next();
    });
}

/// <summary>The circuit counterpart of <see cref="ActorPreparation"/>: a circuit has no request, only its authentication state.</summary>
internal sealed class ActorCircuitHandler(ICurrentActor actor, AuthenticationStateProvider authentication) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (actor is HttpCurrentActor current)
        {
            var state = await authentication.GetAuthenticationStateAsync();
            await current.PrepareAsync(state.User, cancellationToken);
        }
    }
}
