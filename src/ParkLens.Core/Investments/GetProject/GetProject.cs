using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Investments.SaveProject;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.GetProject;

public sealed record ChecklistLine(PreStartItem Item, DateOnly? DoneOn, string? Note);

public sealed record ReviewLine(DateOnly On, string Reviewer, decimal Score, string? Comment);

public sealed record AgreementView(AgreementTerms Terms, string? Document, IReadOnlyList<CommitmentCheck> Checks);

/// <summary>Everything about one project: its fields, history, plan and actual dates, checklist, investment, reviews and agreement with its 履约 checks.</summary>
public sealed record ProjectView(
    int Id, int ZoneId, string ZoneName, string? SubParkName, ProjectFields Fields, ProjectStage Stage, ProjectStage? SuspendedFrom, DateOnly StageSince,
    DateOnly CreatedOn, DateOnly LastProgressOn, string? GroupStartName, string? OriginRef, bool IsSynthetic, string? EnterpriseName,
    IReadOnlyList<ProjectStage> NextStages, ProjectFacts Facts, IReadOnlyList<ChecklistLine> Checklist, IReadOnlyList<ReviewLine> Reviews,
    AgreementView? Agreement, Provenance Provenance);

public sealed class GetProjectHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures figures, ICurrentActor actor, TimeProvider clock)
{
    public async Task<ProjectView?> HandleAsync(int projectId, CancellationToken ct)
    {
        if (!InvestmentProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var p = await db.Projects.AsNoTracking().AsSplitQuery()
            .Include(x => x.History).Include(x => x.Milestones).Include(x => x.YearPlans).Include(x => x.MonthlyInvestments)
            .Include(x => x.Lists).Include(x => x.Reviews).Include(x => x.Checklist)
            .FirstOrDefaultAsync(x => x.Id == projectId, ct);
        if (p is null)
        {
            return null;
        }
        var facts = ProjectLoader.ToFacts(p);
        var zoneName = await figures.ZoneNameAsync(db, p.ZoneId, ct) ?? "";
        var subPark = p.SubParkId is { } s ? (await figures.SubParksAsync(db, p.ZoneId, ct)).GetValueOrDefault(s) : null;
        var group = p.GroupStartId is { } g ? await db.GroupStarts.Where(x => x.Id == g).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var enterprise = p.EnterpriseId is { } e ? (await figures.FindAsync(db, e, ct))?.Name : null;
        var agreement = await db.InvestmentAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.ProjectId == p.Id, ct);
        AgreementView? agreementView = null;
        if (agreement is not null)
        {
            var terms = ProjectLoader.Terms(agreement);
            var delivered = await DeliveredAsync(db, figures, p.EnterpriseId, terms, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            agreementView = new AgreementView(terms, agreement.Document,
                AgreementPerformance.Check(terms, facts, delivered, clock.Today(), ProvenanceRules.ExpectedLatestYear(now)));
        }
        var fields = new ProjectFields(p.Name, p.InvestorName, p.SubParkId, p.EnterpriseId, p.ChainKey, p.SegmentId, p.Source, p.TotalInvestment,
            p.FixedAssetInvestment, p.ForeignInvestment, p.ForeignCurrency, p.LandNeedMu, p.FloorSpaceNeedM2, p.ExpectedAnnualOutput, p.ExpectedAnnualTax,
            p.ExpectedJobs, p.LeadOfficial, p.Commissioner, p.Department, p.Priority, p.Route, p.Note);
        var checklist = Enum.GetValues<PreStartItem>()
            .Select(i => p.Checklist.FirstOrDefault(c => c.Item == i) is { } c ? new ChecklistLine(i, c.DoneOn, c.Note) : new ChecklistLine(i, null, null)).ToList();
        return new ProjectView(p.Id, p.ZoneId, zoneName, subPark, fields, p.Stage, p.SuspendedFrom, p.StageSince, p.CreatedOn, p.LastProgressOn, group,
            p.OriginRef, p.IsSynthetic, enterprise, ProjectTransitions.Next(p.Stage, p.Route, p.SuspendedFrom), facts, checklist,
            p.Reviews.OrderByDescending(r => r.On).Select(r => new ReviewLine(r.On, r.Reviewer, r.Score, r.Comment)).ToList(), agreementView, p.Provenance);
    }

    internal static async Task<IReadOnlyList<DeliveredYear>> DeliveredAsync(ParkDbContext db, IEnterpriseFigures figures, int? enterpriseId, AgreementTerms terms, CancellationToken ct)
    {
        if (enterpriseId is not { } id || terms.OutputFromYear is not { } from)
        {
            return [];
        }
        var rows = await figures.DeliveredAsync(db, [id], from, from + 30, ct);
        return rows.Select(r => new DeliveredYear(r.Year, r.GrossOutput, r.Revenue, r.Tax, r.LandMu)).OrderBy(r => r.Year).ToList();
    }
}
