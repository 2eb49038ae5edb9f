using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.SaveLandScheme;

/// <summary>Saves a scheme (a copy of the default under a new key, or an edit of one in force) as its next version.</summary>
public sealed record SaveLandSchemeCommand(string Json, string? Note = null);

/// <summary>
/// An authority edits the schemes of its own zones; the system administrator edits them nationally. Every save is a new
/// version, audited with its full text; runs keep the scheme text they used, so a save never changes a past run.
/// </summary>
public sealed class SaveLandSchemeHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "只有主管部门或系统管理员可以修订评价方案", "only an authority or the system administrator edits schemes");
    public static readonly ProblemRule NoSingleAuthority = new("scheme-authority", "您的权限范围跨多个主管部门，无法确定方案归属", "your scope spans several authorities; the scheme would have no single owner");

    public async Task<CommandResult> HandleAsync(SaveLandSchemeCommand command, CancellationToken ct)
    {
        if (actor.Role is not (null or AccessRole.SystemAdministrator or AccessRole.AuthorityAnalyst))
        {
            return CommandResult.Refused(NotPermitted.For("role"));
        }
        var (scheme, problems) = SchemeReader.Read(command.Json ?? "");
        if (scheme is null)
        {
            return CommandResult.Refused(problems);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        int? authorityId = null;
        if (!actor.Scope.Unrestricted)
        {
            authorityId = (await directory.ZonesAsync(db, ct)).Select(z => z.AuthorityId).Distinct().ToList() is [var only] ? only : null;
            if (authorityId is null)
            {
                return CommandResult.Refused(NoSingleAuthority.For("scope"));
            }
        }
        var scope = LandSchemeRecord.ScopeOf(authorityId);
        var builtIn = BuiltInSchemes.Find(scheme.Key)?.Version ?? 0;
        var saved = await db.LandSchemes.Where(s => s.Key == scheme.Key).Select(s => (int?)s.Version).MaxAsync(ct) ?? 0;
        var version = Math.Max(builtIn, saved) + 1;
        var record = new LandSchemeRecord
        {
            Key = scheme.Key, Version = version, OwnerAuthorityId = authorityId, OwnerScope = scope, Json = SchemeReader.Write(scheme with { Version = version }),
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim()[..Math.Min(command.Note.Trim().Length, 400)],
            SavedBy = actor.Name, SavedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LandSchemes.Add(record);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(record.Id);
    }
}
