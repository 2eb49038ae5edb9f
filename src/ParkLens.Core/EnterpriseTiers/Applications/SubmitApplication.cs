using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Applications;

public sealed record SubmitApplicationCommand(int EnterpriseId, Tier Tier, int BatchYear, DateOnly SubmittedOn, string? Note);

/// <summary>Records that an enterprise has applied (申报) for a tier in a batch year.</summary>
public sealed class SubmitApplicationHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SubmitApplicationCommand command, CancellationToken ct)
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
        problems.CheckYear("batchYear", command.BatchYear, clock);
        problems.CheckNotFuture("submittedOn", command.SubmittedOn, clock);
        problems.CheckText("note", command.Note, 400);
        if (problems.Count == 0)
        {
            var open = await db.TierApplications.Where(a => a.EnterpriseId == command.EnterpriseId && a.Tier == command.Tier && a.BatchYear == command.BatchYear
                    && a.Status != ApplicationStatus.Certified && a.Status != ApplicationStatus.Rejected)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (open is { } openId)
            {
                problems.Add(TierProblems.OpenApplicationExists.For("tier", command.BatchYear, TierTerms.Names[command.Tier].Zh, openId));
            }
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var application = new TierApplication
        {
            ZoneId = enterprise!.ZoneId, EnterpriseId = enterprise.Id, Tier = command.Tier, BatchYear = command.BatchYear,
            Status = ApplicationStatus.Submitted, SubmittedOn = command.SubmittedOn, Note = command.Note,
            Provenance = Provenance.Of(DataSource.Form, "申报登记", clock.GetUtcNow().UtcDateTime, actor.Name),
        };
        db.TierApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(application.Id);
    }
}
