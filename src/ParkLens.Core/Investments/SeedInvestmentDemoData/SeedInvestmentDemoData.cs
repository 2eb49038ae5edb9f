using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.SeedInvestmentDemoData;

/// <summary><see cref="Demo"/> only when the registry demo was just seeded: a real database gets no invented projects.</summary>
public sealed record SeedInvestmentDemoDataCommand(int Seed, bool Demo);

public sealed record SeedInvestmentDemoDataResult(int Projects, int SyntheticProjects, int GroupStarts, int Agreements);

/// <summary>
/// Fills the demo pipeline: the projects, group start and project lists the articles publish (data/demo/seed-projects.json,
/// with their published totals reproduced exactly, the unnamed remainder generated and marked synthetic), and a synthetic
/// pipeline per zone dated around today so the board, the meeting report, forecasts, rankings and alerts have work to show.
/// </summary>
public sealed class SeedInvestmentDemoDataHandler(
    IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IEnterpriseFigures figures, IChainDirectory chains, ICurrentActor actor, TimeProvider clock)
{
    public async Task<SeedInvestmentDemoDataResult> HandleAsync(SeedInvestmentDemoDataCommand command, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!command.Demo || await db.Projects.IgnoreQueryFilters().AnyAsync(ct))
        {
            return new SeedInvestmentDemoDataResult(0, 0, 0, 0);
        }
        var seed = SeedProjects.Load();
        var zones = await directory.ZonesAsync(db, ct);
        var byName = zones.ToDictionary(z => z.ShortName, z => z.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var builder = new DemoProjectBuilder(command.Seed, clock.Today(), now, actor.Name);
        db.EntityAudit = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var named = new List<Project>();
        foreach (var p in seed.Projects)
        {
            var zoneId = byName[p.Zone];
            var subParks = await figures.SubParksAsync(db, zoneId, ct);
            int? subPark = p.SubPark is null ? null : subParks.First(s => s.Value == p.SubPark).Key;
            named.Add(builder.Published(zoneId, subPark, p));
        }
        db.Projects.AddRange(named);
        await db.SaveChangesAsync(ct);

        var synthetic = new List<Project>();
        var groups = 0;
        foreach (var g in seed.GroupStarts)
        {
            var zoneId = byName[g.Zone];
            var group = new GroupStart
            {
                ZoneId = zoneId, Name = g.Name, On = g.On, AnnouncedProjectCount = g.Projects, AnnouncedTotalInvestment = g.Total, AnnouncedYearPlan = g.YearPlan,
                Source = $"科技日报 seed {g.Seed}：{g.Quote}" is var s && s.Length > 600 ? s[..600] : s,
                Provenance = Provenance.Of(DataSource.Seed, "data/demo/seed-projects.json", now, actor.Name),
            };
            db.GroupStarts.Add(group);
            await db.SaveChangesAsync(ct);
            var members = named.Where(p => seed.Projects.Any(s => s.Name == p.Name && s.GroupStart == g.Name)).ToList();
            var rest = builder.GroupStartRemainder(zoneId, g, members);
            db.Projects.AddRange(rest);
            synthetic.AddRange(rest);
            foreach (var member in members.Concat(rest))
            {
                member.GroupStartId = group.Id;
            }
            groups++;
        }
        foreach (var list in seed.Lists)
        {
            var projects = builder.ListProjects(byName[list.Zone], list);
            db.Projects.AddRange(projects);
            synthetic.AddRange(projects);
        }
        await db.SaveChangesAsync(ct);

        var agreements = 0;
        foreach (var zone in zones)
        {
            var outlines = await chains.ForZoneAsync(db, zone.Id, ct);
            var leading = outlines.Where(c => zone.LeadingIndustries.Contains(c.NameZh[..Math.Min(2, c.NameZh.Length)], StringComparison.Ordinal)).ToList();
            var enterprises = (await directory.ZoneProfilesAsync(db, zone.Id, ct)).Where(e => e.IsSynthetic).Take(40).ToList();
            var delivered = (await figures.DeliveredAsync(db, enterprises.Select(e => e.Id).ToList(), 2000, 2100, ct)).ToLookup(d => d.EnterpriseId);
            var pipeline = builder.ZonePipeline(zone.Id, zone.ShortName, leading, enterprises.Select(e => (e.Id, e.Name, delivered[e.Id].ToList())).ToList());
            db.Projects.AddRange(pipeline.Projects);
            await db.SaveChangesAsync(ct);
            foreach (var (project, agreement) in pipeline.Agreements)
            {
                agreement.ProjectId = project.Id;
                db.InvestmentAgreements.Add(agreement);
                agreements++;
            }
            synthetic.AddRange(pipeline.Projects);
        }
        db.Record(Access.Domain.AuditAction.Seed, "Investments", $"seed={command.Seed}", null,
            new { published = named.Count, synthetic = synthetic.Count, groups, agreements });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SeedInvestmentDemoDataResult(named.Count + synthetic.Count, synthetic.Count, groups, agreements);
    }
}
