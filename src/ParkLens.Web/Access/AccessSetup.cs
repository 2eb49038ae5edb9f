using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;

namespace ParkLens.Web.Access;

internal static class AccessSetup
{
    /// <summary>Sign-in and token requests per client address and minute (PARKLENS_SIGNIN_LIMIT, default 10).</summary>
    public const string SignInLimiter = "sign-in";

    public static void AddParkAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        new IdentityBuilder(typeof(ParkUser), services).AddSignInManager().AddClaimsPrincipalFactory<ParkUserClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "ParkLens";
                o.DefaultChallengeScheme = "ParkLens";
            })
            .AddPolicyScheme("ParkLens", "cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/login?error=denied";
                o.Cookie.Name = "parklens.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
                // The API answers with status codes; only pages redirect to the login form.
                o.Events.OnRedirectToLogin = ctx => Answer(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthenticationState>();
        services.AddMemoryCache();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ActorCircuitHandler>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "parklens.csrf";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        var limit = int.TryParse(builder.Configuration["PARKLENS_SIGNIN_LIMIT"], out var l) && l > 0 ? l : 10;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimiter, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Headers that keep the pages out of frames, stop MIME sniffing and confine scripts to our own origin.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        var h = ctx.Response.Headers;
        h["X-Content-Type-Options"] = "nosniff";
        h["Referrer-Policy"] = "same-origin";
        h["X-Frame-Options"] = "DENY";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // Blazor Server needs its WebSocket and inline style attributes (MudBlazor); ECharts draws on canvas and needs no eval.
        h["Content-Security-Policy"] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
            "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
        await next();
    });
}
