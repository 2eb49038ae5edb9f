using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.SaveProject;

/// <summary>What a project is: everything but its stage, which only moves through <see cref="AdvanceProject.AdvanceProjectHandler"/>.</summary>
public sealed record ProjectFields(
    string Name, string InvestorName, int? SubParkId = null, int? EnterpriseId = null, string? ChainKey = null, string? SegmentId = null,
    ProjectSource Source = ProjectSource.Other, decimal? TotalInvestment = null, decimal? FixedAssetInvestment = null,
    decimal? ForeignInvestment = null, string? ForeignCurrency = null, decimal? LandNeedMu = null, decimal? FloorSpaceNeedM2 = null,
    decimal? ExpectedAnnualOutput = null, decimal? ExpectedAnnualTax = null, int? ExpectedJobs = null, string? LeadOfficial = null,
    string? Commissioner = null, string? Department = null, ProjectPriority Priority = ProjectPriority.Ordinary,
    SpaceRoute Route = SpaceRoute.NewBuild, string? Note = null);

/// <summary>Creates a project at 线索 (ProjectId null) or changes an existing project's fields.</summary>
public sealed record SaveProjectCommand(int ZoneId, int? ProjectId, ProjectFields Fields);

public sealed class SaveProjectHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, IChainDirectory chains, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SaveProjectCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return CommandResult.Refused(InvestmentProblems.NoZone.For("zoneId", command.ZoneId));
        }
        Project? project = null;
        if (command.ProjectId is { } id)
        {
            project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == command.ZoneId, ct);
            if (project is null)
            {
                return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", id));
            }
        }
        var problems = await ProjectFieldRules.CheckAsync(db, chains, registry, command.ZoneId, command.Fields, ct);
        var name = command.Fields.Name.Trim();
        if (await db.Projects.AnyAsync(p => p.ZoneId == command.ZoneId && p.Name == name && p.Id != (command.ProjectId ?? 0), ct))
        {
            problems.Add(InvestmentProblems.DuplicateName.For("name", name));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (project is null)
        {
            var today = clock.Today();
            project = new Project { ZoneId = command.ZoneId, Stage = ProjectStage.Lead, StageSince = today, CreatedOn = today, LastProgressOn = today };
            db.Projects.Add(project);
        }
        ProjectFieldRules.Apply(project, command.Fields);
        project.Provenance = Provenance.Of(DataSource.Form, command.ProjectId is null ? "新建项目" : "修改项目", now, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(project.Id);
    }
}
