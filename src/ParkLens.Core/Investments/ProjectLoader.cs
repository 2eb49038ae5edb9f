using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments;

/// <summary>Reads projects with everything the computations need into <see cref="ProjectFacts"/>, within the caller's scope.</summary>
internal static class ProjectLoader
{
    /// <summary>
    /// The projects of one zone (or of every zone in scope when <paramref name="zoneId"/> is null) for a reader: null when
    /// the caller's role may not read the pipeline or the zone is not in its scope.
    /// </summary>
    public static async Task<List<ProjectFacts>?> ReadableAsync(ParkDbContext db, IEnterpriseFigures registry, ICurrentActor actor, int? zoneId, CancellationToken ct)
    {
        if (!InvestmentProblems.CanRead(actor) || (zoneId is { } z && !await registry.ZoneExistsAsync(db, z, ct)))
        {
            return null;
        }
        return await LoadAsync(db, zoneId, ct);
    }

    public static async Task<List<ProjectFacts>> LoadAsync(ParkDbContext db, int? zoneId, CancellationToken ct, IReadOnlyCollection<int>? ids = null)
    {
        var query = db.Projects.AsNoTracking().AsSplitQuery()
            .Include(p => p.History).Include(p => p.Milestones).Include(p => p.YearPlans)
            .Include(p => p.MonthlyInvestments).Include(p => p.Lists).Include(p => p.Reviews)
            .AsQueryable();
        if (zoneId is { } z)
        {
            query = query.Where(p => p.ZoneId == z);
        }
        if (ids is not null)
        {
            query = query.Where(p => ids.Contains(p.Id));
        }
        var projects = await query.OrderBy(p => p.Id).ToListAsync(ct);
        return projects.Select(ToFacts).ToList();
    }

    public static ProjectFacts ToFacts(Project p) => new(
        p.Id, p.ZoneId, p.Name, p.InvestorName, p.Stage, p.SuspendedFrom, p.Route, p.ChainKey, p.SegmentId, p.Commissioner, p.Department,
        p.LeadOfficial, p.Priority, p.TotalInvestment, p.CreatedOn, p.StageSince, p.LastProgressOn, p.GroupStartId, p.IsSynthetic,
        p.Milestones.Select(m => new MilestoneFact(m.Stage, m.PlannedOn, m.ActualOn)).ToList(),
        p.History.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new StageChangeFact(h.From, h.To, h.On, h.By, h.Reason, h.Document)).ToList(),
        p.YearPlans.Select(y => new YearPlanFact(y.Year, y.Planned)).ToList(),
        p.MonthlyInvestments.Select(m => new MonthFact(m.Year, m.Month, m.Completed)).ToList(),
        p.Lists.Select(l => new ListFact(l.ListName, l.Year)).ToList(),
        p.Reviews.Select(r => r.Score).ToList());

    public static AgreementTerms Terms(InvestmentAgreement a) => new(
        a.SignedOn, a.CommittedInvestment, a.LandMu, a.InvestmentIntensity, a.StartBy, a.ProductionBy, a.FullOutputBy, a.AnnualOutput,
        a.AnnualTax, a.TaxPerMu, a.OutputFromYear, a.IdleLandMonths, a.Remedies);
}
