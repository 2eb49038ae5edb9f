using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.ApiTokens;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Access;

/// <summary>
/// A token's lookup is kept for half a minute, but never past a revocation or a role change made through this instance.
/// </summary>
public sealed class ApiTokenCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AKeptLookup_ServesWithoutTheDatabase_ForHalfAMinute_AndRevocationOrARoleChangeApplyAtOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var scope = database.Services(new FixedActor("cli:root", DataScope.Everything), clock);
        var sp = scope.ServiceProvider;
        (await sp.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand("li", "李四", AccessRole.EconomyStaff, ScopeKind.Zone, 1, null), Ct)).Succeeded.ShouldBeTrue();
        var user = (await sp.GetRequiredService<UserManager<ParkUser>>().FindByNameAsync("li"))!;
        var issued = await sp.GetRequiredService<IssueApiTokenHandler>().HandleAsync(user.Id, "t", null, Ct);
        var second = await sp.GetRequiredService<IssueApiTokenHandler>().HandleAsync(user.Id, "t2", null, Ct);
        async Task<ParkUser?> Authenticate(string token)
        {
            await using var call = scope.ServiceProvider.CreateAsyncScope();
            return await call.ServiceProvider.GetRequiredService<AuthenticateApiTokenHandler>().HandleAsync(token, "/api/v1/zones", Ct);
        }

        (await Authenticate(issued.Token))!.Role.ShouldBe(AccessRole.EconomyStaff);
        await using (var db = database.Open())
        {
            // Removed behind the application's back: the kept lookup still answers, until it lapses.
            await db.ApiTokens.Where(t => t.Id == issued.Id).ExecuteDeleteAsync(Ct);
        }
        (await Authenticate(issued.Token)).ShouldNotBeNull();
        clock.Advance(ApiTokenCache.CacheTime);
        (await Authenticate(issued.Token)).ShouldBeNull();

        (await Authenticate(second.Token))!.Role.ShouldBe(AccessRole.EconomyStaff);
        (await sp.GetRequiredService<SetUserRoleHandler>().HandleAsync(new SetUserRoleCommand("li", AccessRole.ZoneAdministrator, ScopeKind.Zone, 1), Ct)).ShouldBeEmpty();
        (await Authenticate(second.Token))!.Role.ShouldBe(AccessRole.ZoneAdministrator);
        (await sp.GetRequiredService<RevokeApiTokenHandler>().HandleAsync(user.Id, second.Id, Ct)).ShouldBeTrue();
        (await Authenticate(second.Token)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentLookups_AfterTheKeptOneLapses_RecordTheUseOnce(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        await using var scope = database.Services(new FixedActor("cli:root", DataScope.Everything), clock);
        var sp = scope.ServiceProvider;
        (await sp.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand("wang", "王五", AccessRole.EconomyStaff, ScopeKind.Zone, 1, null), Ct)).Succeeded.ShouldBeTrue();
        var user = (await sp.GetRequiredService<UserManager<ParkUser>>().FindByNameAsync("wang"))!;
        var issued = await sp.GetRequiredService<IssueApiTokenHandler>().HandleAsync(user.Id, "t", null, Ct);
        async Task<ParkUser?> Authenticate()
        {
            await using var call = scope.ServiceProvider.CreateAsyncScope();
            return await call.ServiceProvider.GetRequiredService<AuthenticateApiTokenHandler>().HandleAsync(issued.Token, "/api/v1/enterprises", Ct);
        }
        async Task<int> UsesRecorded()
        {
            await using var db = database.Open();
            return await db.AuditEntries.CountAsync(a => a.Action == AuditAction.TokenUsed && a.Actor == "wang", Ct);
        }

        // 16 requests with the same token arrive together, none kept: one of them records the use.
        (await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(Authenticate, Ct)))).ShouldAllBe(u => u != null && u.UserName == "wang");
        (await UsesRecorded()).ShouldBe(1);

        // The kept lookup lapses within the minute: all miss again, none records.
        clock.Advance(ApiTokenCache.CacheTime);
        (await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(Authenticate, Ct)))).ShouldAllBe(u => u != null);
        (await UsesRecorded()).ShouldBe(1);

        // A minute after the record: the next lookup records again, once.
        clock.Advance(AuthenticateApiTokenHandler.LogInterval);
        (await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(Authenticate, Ct)))).ShouldAllBe(u => u != null);
        (await UsesRecorded()).ShouldBe(2);
    }
}
