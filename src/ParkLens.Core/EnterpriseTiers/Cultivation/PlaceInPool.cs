using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Cultivation;

/// <summary>Puts an enterprise in (or moves it between) the 储备库, 培育库 and 提升库 of a tier for a year; null pool takes it out.</summary>
public sealed record PlaceInPoolCommand(int EnterpriseId, Tier Tier, int Year, CultivationPool? Pool, string AssignedStaff, string? Note);

public sealed class PlaceInPoolHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(PlaceInPoolCommand command, CancellationToken ct)
    {
        if (!WritePermissions.CanManageTiers(actor.Role))
        {
            return CommandResult.Refused(TierProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var enterprise = await registry.FindAsync(db, command.EnterpriseId, ct);
        var problems = new List<Problem>();
        if (enterprise is null)
        {
            problems.Add(TierProblems.NoEnterprise.For("enterpriseId", command.EnterpriseId));
        }
        problems.CheckCertifiable(command.Tier);
        problems.CheckYear("year", command.Year, clock);
        problems.CheckText("assignedStaff", command.AssignedStaff, 100, required: command.Pool is not null);
        problems.CheckText("note", command.Note, 400);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var entry = await db.CultivationEntries.FirstOrDefaultAsync(
            c => c.EnterpriseId == command.EnterpriseId && c.Tier == command.Tier && c.Year == command.Year, ct);
        if (command.Pool is not { } pool)
        {
            if (entry is not null)
            {
                db.CultivationEntries.Remove(entry);
                await db.SaveChangesAsync(ct);
            }
            return new CommandResult(entry?.Id, []);
        }
        if (entry is null)
        {
            entry = new CultivationEntry { ZoneId = enterprise!.ZoneId, EnterpriseId = enterprise.Id, Tier = command.Tier, Year = command.Year };
            db.CultivationEntries.Add(entry);
        }
        entry.Pool = pool;
        entry.AssignedStaff = command.AssignedStaff.Trim();
        entry.Note = command.Note?.Trim();
        entry.Provenance = Provenance.Of(DataSource.Form, "梯次培育库", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(entry.Id);
    }
}
