using Microsoft.AspNetCore.Identity;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Core.Access.ApiTokens;

public enum ExchangeOutcome
{
    Issued,
    Refused,
    LockedOut,
}

public sealed record ExchangeCredentialsCommand(string? UserName, string? Password, string? TokenName, int? Days, string? RemoteAddress);

public sealed record ExchangeCredentialsResult(ExchangeOutcome Outcome, IssuedToken? Token);

/// <summary>
/// User name and password for a personal API token, with the same lockout as the sign-in form and every attempt logged.
/// An unknown user costs the same hashing time as a wrong password, so the answer does not reveal which names exist.
/// </summary>
public sealed class ExchangeCredentialsHandler(UserManager<ParkUser> users, IssueApiTokenHandler issue, RecordSignInHandler audit)
{
    private static readonly string DummyHash = new PasswordHasher<ParkUser>().HashPassword(new ParkUser(), "not-a-password-0");

    /// <summary>Called once the user is known to be genuine, so later writes are logged under their name.</summary>
    public delegate void ActAs(ParkUser user);

    public async Task<ExchangeCredentialsResult> HandleAsync(ExchangeCredentialsCommand command, ActAs actAs, CancellationToken ct)
    {
        var name = command.UserName ?? "";
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new ParkUser(), DummyHash, command.Password ?? "");
            await audit.HandleAsync(name, false, "token: unknown user", command.RemoteAddress, ct);
            return new ExchangeCredentialsResult(ExchangeOutcome.Refused, null);
        }
        if (await users.IsLockedOutAsync(user))
        {
            await audit.HandleAsync(user.UserName!, false, "token: locked out", command.RemoteAddress, ct);
            return new ExchangeCredentialsResult(ExchangeOutcome.LockedOut, null);
        }
        if (!await users.CheckPasswordAsync(user, command.Password ?? ""))
        {
            await users.AccessFailedAsync(user);
            await audit.HandleAsync(user.UserName!, false, "token: wrong password", command.RemoteAddress, ct);
            return new ExchangeCredentialsResult(ExchangeOutcome.Refused, null);
        }
        actAs(user);
        await users.ResetAccessFailedCountAsync(user);
        var token = await issue.HandleAsync(user.Id, command.TokenName ?? "api", command.Days is { } d ? TimeSpan.FromDays(d) : null, ct);
        return new ExchangeCredentialsResult(ExchangeOutcome.Issued, token);
    }
}
