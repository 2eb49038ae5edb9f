using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.ApiTokens;
using ParkLens.Core.Access.AuditLog;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Web.Access;

public sealed record TokenRequest(string UserName, string Password, string? Name, int? Days);

public sealed record TokenResponse(string Token, DateTime ExpiresAtUtc, string TokenType = "Bearer");

internal static class AccessEndpoints
{

    public static void MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(AccessSetup.SignInLimiter);
        account.MapPost("/logout", async (SignInManager<ParkUser> signIn, RecordSignInHandler audit, ClaimsPrincipal user, HttpContext http,
            Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            await audit.LogoutAsync(user.Identity?.Name ?? "?", ct);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization(Policies.Read);

        var auth = app.MapGroup("/api/v1/auth").WithTags("Access");
        auth.MapPost("/token", IssueTokenAsync).AllowAnonymous().RequireRateLimiting(AccessSetup.SignInLimiter).DisableAntiforgery()
            .WithName("Access.IssueToken").WithSummary("Exchange user name and password for a personal API token (Authorization: Bearer …)");
        auth.MapGet("/tokens", async (ClaimsPrincipal user, ListApiTokensHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(UserId(user), ct))).RequireAuthorization(Policies.Read).WithName("Access.ListTokens");
        auth.MapDelete("/tokens/{id:int}", async Task<Results<NoContent, NotFound>> (int id, ClaimsPrincipal user, RevokeApiTokenHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(UserId(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Read).WithName("Access.RevokeToken");

        var audit = app.MapGroup("/api/v1/audit").WithTags("Access").RequireAuthorization(Policies.Audit);
        audit.MapGet("", async ([AsParameters] AuditFilter filter, ListAuditEntriesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(filter.ToQuery(), ct))).WithName("Access.ListAudit");
        audit.MapGet("/export", async ([AsParameters] AuditFilter filter, ExportAuditEntriesHandler handler, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            await handler.HandleAsync(filter.ToQuery(), buffer, ct);
            return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"parklens-audit-{DateTime.UtcNow:yyyyMMdd}.xlsx");
        }).WithName("Access.ExportAudit");
    }

    private static int UserId(ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IResult> LoginAsync(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        SignInManager<ParkUser> signIn, RecordSignInHandler audit, HttpContext http, CancellationToken ct)
    {
        var result = await signIn.PasswordSignInAsync(userName ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        await audit.HandleAsync(userName ?? "", result.Succeeded, result.IsLockedOut ? "locked out" : null, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (!result.Succeeded)
        {
            return Results.LocalRedirect($"/account/login?error={(result.IsLockedOut ? "locked" : "invalid")}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");
        }
        return Results.LocalRedirect(SafeReturn(returnUrl));
    }

    private static string SafeReturn(string? url) => RedirectHttpResult.IsLocalUrl(url) ? url! : "/";

    private static async Task<Results<Ok<TokenResponse>, UnauthorizedHttpResult, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, ExchangeCredentialsHandler exchange, HttpContext http, CancellationToken ct)
    {
        var result = await exchange.HandleAsync(
            new ExchangeCredentialsCommand(request.UserName, request.Password, request.Name, request.Days, http.Connection.RemoteIpAddress?.ToString()),
            user => http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName!), .. ParkClaims.For(user)], "password")),
            ct);
        return result.Outcome switch
        {
            ExchangeOutcome.Issued => TypedResults.Ok(new TokenResponse(result.Token!.Token, result.Token.ExpiresAtUtc)),
            ExchangeOutcome.LockedOut => TypedResults.Problem("The account is locked after repeated failures; try again later.", statusCode: StatusCodes.Status423Locked),
            _ => TypedResults.Unauthorized(),
        };
    }
}

internal sealed record AuditFilter(string? Text, AuditAction? Action, DateTime? From, DateTime? To, int? Page, int? PageSize)
{
    public ListAuditEntriesQuery ToQuery() => new()
    {
        Text = Text, Action = Action, Page = Page ?? 1, PageSize = PageSize ?? 50,
        FromUtc = From is { } f ? DateTime.SpecifyKind(f.ToUniversalTime(), DateTimeKind.Utc) : null,
        ToUtc = To is { } t ? DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc) : null,
    };
}
