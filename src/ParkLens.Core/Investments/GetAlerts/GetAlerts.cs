using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.GetProject;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.GetAlerts;

/// <summary>Today's alerts (overdue milestones, stalled projects, agreement breaches) and the daily digest per commissioner.</summary>
public sealed record GetAlertsQuery(int? ZoneId, int StalledAfterDays = MeetingReport.DefaultStalledAfterDays, string? Commissioner = null);

public sealed record AlertsView(DateOnly Today, IReadOnlyList<ProjectAlert> Alerts, IReadOnlyList<AlertDigest> Digest);

public sealed class GetAlertsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures figures, ICurrentActor actor, TimeProvider clock)
{
    public async Task<AlertsView?> HandleAsync(GetAlertsQuery query, CancellationToken ct)
    {
        if (query.StalledAfterDays < 1)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var projects = await ProjectLoader.ReadableAsync(db, figures, actor, query.ZoneId, ct);
        if (projects is null)
        {
            return null;
        }
        if (query.Commissioner is { } who)
        {
            projects = projects.Where(p => p.Commissioner == who).ToList();
        }
        var ids = projects.Select(p => p.Id).ToList();
        var agreements = await db.InvestmentAgreements.AsNoTracking().Where(a => ids.Contains(a.ProjectId)).ToListAsync(ct);
        var enterprises = await db.Projects.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.EnterpriseId }).ToDictionaryAsync(p => p.Id, p => p.EnterpriseId, ct);
        var today = clock.Today();
        var latest = ProvenanceRules.ExpectedLatestYear(clock.GetUtcNow().UtcDateTime);
        var byId = projects.ToDictionary(p => p.Id);
        var checks = new Dictionary<int, IReadOnlyList<CommitmentCheck>>();
        foreach (var agreement in agreements)
        {
            var terms = ProjectLoader.Terms(agreement);
            var delivered = await GetProjectHandler.DeliveredAsync(db, figures, enterprises.GetValueOrDefault(agreement.ProjectId), terms, ct);
            checks[agreement.ProjectId] = AgreementPerformance.Check(terms, byId[agreement.ProjectId], delivered, today, latest);
        }
        var remedies = agreements.ToDictionary(a => a.ProjectId, a => a.Remedies);
        var alerts = ProjectAlerts.Of(projects, checks, remedies, today, query.StalledAfterDays);
        return new AlertsView(today, alerts, ProjectAlerts.Digest(alerts));
    }
}
