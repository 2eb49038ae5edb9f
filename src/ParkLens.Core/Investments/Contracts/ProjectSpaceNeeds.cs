using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.Contracts;

internal sealed class ProjectSpaceNeeds : IProjectSpaceNeeds, IProjectSiteIntake
{
    private static readonly ProblemRule NoProject = InvestmentProblems.NoProject;

    private static readonly ProblemRule Closed = new("project-closed",
        "项目「{0}」处于{1}，不能为其预订场地", "project {0} is {1}; no space can be reserved for it");

    public async Task<IReadOnlyList<ProjectSpaceNeed>> OpenAsync(ParkDbContext db, int zoneId, CancellationToken ct)
    {
        var rows = await db.Projects.Where(p => p.ZoneId == zoneId && p.Stage <= ProjectStage.Registered && p.FloorSpaceNeedM2 != null)
            .OrderBy(p => p.Id).AsNoTracking().ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<ProjectSpaceNeed?> GetAsync(ParkDbContext db, int projectId, CancellationToken ct) =>
        await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct) is { } p ? View(p) : null;

    public async Task<(SiteIntakeOutcome Outcome, Problem? Problem)> SecureSiteAsync(ParkDbContext db, int projectId, DateOnly day, string by, DateTime nowUtc, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.Milestones).Include(p => p.Checklist).FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return (SiteIntakeOutcome.Unchanged, NoProject.For("projectId", projectId));
        }
        if (project.Stage is ProjectStage.Suspended or ProjectStage.Terminated or ProjectStage.FullOutput)
        {
            return (SiteIntakeOutcome.Unchanged, Closed.For("projectId", project.Name, InvestmentTerms.Stage(project.Stage)));
        }
        if (project.Stage != ProjectStage.Registered)
        {
            return (SiteIntakeOutcome.Unchanged, null);
        }
        // The pipeline's own machine decides: the same check and the same change as a move made on the project's page.
        var permit = project.Checklist.Any(c => c.Item == PreStartItem.ConstructionPermit && c.DoneOn is not null);
        if (ProjectTransitions.Check(project.Stage, ProjectStage.SiteSecured, project.Route, project.SuspendedFrom, null, permit) is { } refused)
        {
            return (SiteIntakeOutcome.Unchanged, refused);
        }
        if (day < project.StageSince)
        {
            return (SiteIntakeOutcome.Unchanged, ProjectTransitions.DateBeforePrevious.For("on", day, project.StageSince));
        }
        AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(project.Id, ProjectStage.SiteSecured, day, null, "闲置空间预订"), by, nowUtc);
        return (SiteIntakeOutcome.Advanced, null);
    }

    private static ProjectSpaceNeed View(Project p) => new(p.Id, p.ZoneId, p.SubParkId, p.Name, p.InvestorName, p.Route == SpaceRoute.Lease,
        p.FloorSpaceNeedM2, p.LandNeedMu, p.Stage.ToString(), InvestmentTerms.Stage(p.Stage), p.IsSynthetic);
}
