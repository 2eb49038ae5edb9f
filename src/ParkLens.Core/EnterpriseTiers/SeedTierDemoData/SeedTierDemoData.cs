using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

/// <summary>Seed is the registry seed's, so one number reproduces the whole demo.</summary>
public sealed record SeedTierDemoDataCommand(int Seed);

public sealed record SeedTierDemoDataResult(bool Seeded, int Certificates, int OpenApplications, int PoolEntries, int AssistanceRecords, int Facts, int Targets);

/// <summary>
/// Gives the demo zones their ladder: certificate histories that reproduce, at the published year, every tier count the
/// zone's articles give (焦作 174 科技型中小企业 of a target of 180; 中山 12 小巨人, 130 专精特新, 318 创新型 …) and
/// otherwise follow the registry's declared certifications; this year's pools, applications, assistance and tier facts.
/// Everything generated is marked synthetic. Does nothing if any tier application exists.
/// </summary>
public sealed class SeedTierDemoDataHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<SeedTierDemoDataResult> HandleAsync(SeedTierDemoDataCommand command, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.TierApplications.IgnoreQueryFilters().AnyAsync(ct))
        {
            return new SeedTierDemoDataResult(false, 0, 0, 0, 0, 0, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var lastYear = ProvenanceRules.ExpectedLatestYear(now);
        var provenance = Provenance.Of(DataSource.Synthetic, $"合成数据 seed={command.Seed}", now, actor.Name);
        db.EntityAudit = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var totals = new SeedTierDemoDataResult(true, 0, 0, 0, 0, 0, 0);
        foreach (var zoneId in await registry.ZoneIdsAsync(db, ct))
        {
            var zone = await new ZoneLadderSeed(db, registry, new Random(command.Seed + zoneId * 7919), lastYear, today, provenance).SeedAsync(zoneId, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            totals = totals with
            {
                Certificates = totals.Certificates + zone.Certificates, OpenApplications = totals.OpenApplications + zone.OpenApplications,
                PoolEntries = totals.PoolEntries + zone.PoolEntries, AssistanceRecords = totals.AssistanceRecords + zone.AssistanceRecords,
                Facts = totals.Facts + zone.Facts, Targets = totals.Targets + zone.Targets,
            };
        }
        db.Record(Access.Domain.AuditAction.Seed, "TierDemoData", $"seed={command.Seed}", null, totals);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return totals;
    }
}
