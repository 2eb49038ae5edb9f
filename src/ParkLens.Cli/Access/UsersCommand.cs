using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.Domain;

namespace ParkLens.Cli.Access;

/// <summary>parklens users list | create | set-role: account administration on the database, logged as the OS user.</summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Command("list", "List accounts with their role and scope");
        list.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            foreach (var u in scope.ServiceProvider.GetRequiredService<UserManager<ParkUser>>().Users.OrderBy(u => u.Id).ToList())
            {
                await output.WriteLineAsync($"{u.UserName}\t{u.Role}\t{u.ScopeKind}{(u.ScopeId is null ? "" : ":" + u.ScopeId)}\t{u.DisplayName}");
            }
            return 0;
        });

        var name = new Argument<string>("user");
        var role = new Option<AccessRole>("--role") { Required = true };
        var scopeKind = new Option<ScopeKind>("--scope") { Description = "Everything, Authority, Zone, SubPark or Enterprise", Required = true };
        var scopeId = new Option<int?>("--scope-id") { Description = "id of the authority, zone, sub-park or enterprise" };
        var display = new Option<string?>("--display-name");
        var password = new Option<string?>("--password") { Description = "default: generated and printed once" };
        var create = new Command("create", "Create an account") { name, role, scopeKind, scopeId, display, password };
        create.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var result = await scope.ServiceProvider.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand(
                parse.GetValue(name)!, parse.GetValue(display) ?? parse.GetValue(name)!, parse.GetValue(role), parse.GetValue(scopeKind),
                parse.GetValue(scopeId), parse.GetValue(password)), ct);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors));
                return 1;
            }
            await output.WriteLineAsync(result.Password is null ? $"created {parse.GetValue(name)}" : $"created {parse.GetValue(name)} with password {result.Password}");
            return 0;
        });

        var setRole = new Command("set-role", "Change an account's role and scope (logged as RoleChanged)") { name, role, scopeKind, scopeId };
        setRole.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var problems = await scope.ServiceProvider.GetRequiredService<SetUserRoleHandler>().HandleAsync(
                new SetUserRoleCommand(parse.GetValue(name)!, parse.GetValue(role), parse.GetValue(scopeKind), parse.GetValue(scopeId)), ct);
            if (problems.Count > 0)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                return 1;
            }
            await output.WriteLineAsync($"{parse.GetValue(name)} is now {parse.GetValue(role)} on {parse.GetValue(scopeKind)} {parse.GetValue(scopeId)}");
            return 0;
        });
        return new Command("users", "Manage accounts") { list, create, setRole };
    }
}
