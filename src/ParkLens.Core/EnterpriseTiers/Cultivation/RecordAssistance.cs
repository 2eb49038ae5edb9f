using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Cultivation;

public sealed record RecordAssistanceCommand(int EnterpriseId, Tier? Tier, DateOnly On, string Staff, AssistanceKind Kind, string Content, string? FollowUp);

/// <summary>Logs one 一对一帮扶 contact with an enterprise.</summary>
public sealed class RecordAssistanceHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(RecordAssistanceCommand command, CancellationToken ct)
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
        problems.CheckNotFuture("on", command.On, clock);
        problems.CheckText("staff", command.Staff, 100, required: true);
        problems.CheckText("content", command.Content, 2000, required: true);
        problems.CheckText("followUp", command.FollowUp, 1000);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var record = new AssistanceRecord
        {
            ZoneId = enterprise!.ZoneId, EnterpriseId = enterprise.Id, Tier = command.Tier, On = command.On, Staff = command.Staff.Trim(),
            Kind = command.Kind, Content = command.Content.Trim(), FollowUp = command.FollowUp?.Trim(),
            Provenance = Provenance.Of(DataSource.Form, "帮扶记录", clock.GetUtcNow().UtcDateTime, actor.Name),
        };
        db.AssistanceRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(record.Id);
    }
}
