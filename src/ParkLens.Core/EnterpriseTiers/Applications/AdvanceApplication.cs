using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Applications;

/// <summary>
/// Moves an application one step (受理, 公示, 认定 or 未通过) on a date. 认定 records the certificate number and validity
/// (by default from the decision date for the tier's validity period) and sets the registry's certification flag.
/// </summary>
public sealed record AdvanceApplicationCommand(
    int ApplicationId, ApplicationStatus To, DateOnly On, string? CertificateNumber = null, DateOnly? ValidFrom = null, DateOnly? ValidUntil = null,
    string? Note = null);

public sealed class AdvanceApplicationHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(AdvanceApplicationCommand command, CancellationToken ct)
    {
        if (!WritePermissions.CanManageTiers(actor.Role))
        {
            return CommandResult.Refused(TierProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var application = await db.TierApplications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct);
        if (application is null)
        {
            return CommandResult.Refused(TierProblems.NoApplication.For("applicationId", command.ApplicationId));
        }
        var problems = Check(application, command);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var from = application.Status;
        application.Status = command.To;
        switch (command.To)
        {
            case ApplicationStatus.Accepted:
                application.AcceptedOn = command.On;
                break;
            case ApplicationStatus.Publicized:
                application.PublicizedOn = command.On;
                break;
            default:
                application.DecidedOn = command.On;
                break;
        }
        if (command.To == ApplicationStatus.Certified)
        {
            application.CertificateNumber = command.CertificateNumber?.Trim();
            application.ValidFrom = command.ValidFrom ?? command.On;
            application.ValidUntil = command.ValidUntil ?? TierValidity.Of(application.Tier).ValidUntil(application.ValidFrom.Value);
            if (TierTerms.FlagOf(application.Tier) is { } flag)
            {
                await registry.SetCertificationsAsync(db, new Dictionary<int, Certifications> { [application.EnterpriseId] = flag }, flag, ct);
            }
        }
        if (!string.IsNullOrWhiteSpace(command.Note))
        {
            application.Note = command.Note.Trim();
        }
        application.Provenance = Provenance.Of(DataSource.Form, $"{from}→{command.To}", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(application.Id);
    }

    private List<Problem> Check(TierApplication application, AdvanceApplicationCommand command)
    {
        var problems = new List<Problem>();
        if (ApplicationTransitions.Check(application.Status, command.To) is { } illegal)
        {
            problems.Add(illegal);
            return problems;
        }
        var previous = ApplicationTransitions.LastStepDate(application);
        if (command.On < previous)
        {
            problems.Add(ApplicationTransitions.DateBeforePrevious.For("on", command.On, previous));
        }
        problems.CheckNotFuture("on", command.On, clock);
        problems.CheckText("certificateNumber", command.CertificateNumber, 60);
        problems.CheckText("note", command.Note, 400);
        if (command.ValidFrom is { } validFrom && command.ValidUntil is { } validUntil && validUntil < validFrom)
        {
            problems.Add(TierProblems.ValidityOrder.For("validUntil", validUntil, validFrom));
        }
        return problems;
    }
}
