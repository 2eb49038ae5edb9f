using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Targets;

/// <summary>Sets a zone's target count for a tier and year (replacing an earlier one).</summary>
public sealed record SetTierTargetCommand(int ZoneId, Tier Tier, int Year, int Target, string Basis);

public sealed class SetTierTargetHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SetTierTargetCommand command, CancellationToken ct)
    {
        if (!WritePermissions.CanManageTiers(actor.Role))
        {
            return CommandResult.Refused(TierProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = new List<Problem>();
        if (await registry.ZoneNameAsync(db, command.ZoneId, ct) is null)
        {
            problems.Add(TierProblems.NoZone.For("zoneId", command.ZoneId));
        }
        problems.CheckCertifiable(command.Tier);
        problems.CheckYear("year", command.Year, clock);
        if (command.Target <= 0)
        {
            problems.Add(TierProblems.Positive.For("target"));
        }
        problems.CheckText("basis", command.Basis, 200, required: true);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var target = await db.TierTargets.FirstOrDefaultAsync(t => t.ZoneId == command.ZoneId && t.Tier == command.Tier && t.Year == command.Year, ct);
        if (target is null)
        {
            target = new TierTarget { ZoneId = command.ZoneId, Tier = command.Tier, Year = command.Year };
            db.TierTargets.Add(target);
        }
        target.Target = command.Target;
        target.Basis = command.Basis.Trim();
        target.Provenance = Provenance.Of(DataSource.Form, "梯次培育目标", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(target.Id);
    }
}
