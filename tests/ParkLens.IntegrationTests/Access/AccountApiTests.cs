using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Access;

public sealed class AccountApiTests(WebAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> TokenAsync(string user, string password) =>
        await app.CreateAnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password }, Ct);

    [Fact]
    public async Task Token_IsHashedAtRest_RevocableAndLogged()
    {
        var response = await TokenAsync("demo-science", app.PasswordOf("demo-science"));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString()!;
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        (await client.GetAsync("/api/v1/zones", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/tokens", Ct);
        var id = tokens.EnumerateArray().First(t => token.StartsWith(t.GetProperty("prefix").GetString()!, StringComparison.Ordinal)).GetProperty("id").GetInt32();
        (await client.DeleteAsync($"/api/v1/auth/tokens/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/v1/zones", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await using var db = app.OpenDatabase();
        (await db.ApiTokens.AnyAsync(t => t.Hash.Contains(token) || token.Contains(t.Hash), Ct)).ShouldBeFalse();
        (await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.TokenUsed && a.Actor == "demo-science", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Token_Expired_IsRefused()
    {
        var token = (await (await TokenAsync("demo-service", app.PasswordOf("demo-service"))).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString()!;
        await using (var db = app.OpenDatabase())
        {
            var row = await db.ApiTokens.OrderByDescending(t => t.Id).FirstAsync(Ct);
            row.ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync(Ct);
        }
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        (await client.GetAsync("/api/v1/zones", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RepeatedFailures_LockTheAccount_AndAreLogged()
    {
        await using (var db = app.OpenDatabase())
        {
            var fresh = new ParkUser { UserName = "lockout-test", NormalizedUserName = "LOCKOUT-TEST", Role = AccessRole.ServiceStaff, ScopeKind = ScopeKind.Zone, ScopeId = 1, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString() };
            fresh.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<ParkUser>().HashPassword(fresh, "right-password-1");
            db.Users.Add(fresh);
            await db.SaveChangesAsync(Ct);
        }

        for (var i = 0; i < 5; i++)
        {
            (await TokenAsync("lockout-test", "wrong-password-9")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        var locked = await TokenAsync("lockout-test", "right-password-1");

        ((int)locked.StatusCode).ShouldBe(423);
        await using var check = app.OpenDatabase();
        (await check.AuditEntries.CountAsync(a => a.Action == AuditAction.LoginFailed && a.EntityKey == "lockout-test", Ct)).ShouldBe(6);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndCookiesAreHttpOnly()
    {
        using var client = await app.CreateCookieClientAsync("demo-zone-admin");

        var response = await client.GetAsync("/registry/zones", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        var login = await app.CreateAnonymousClient().GetAsync("/account/login", Ct);
        login.Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }
}
