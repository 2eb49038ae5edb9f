using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SeedChainDemoData;

/// <summary><see cref="Demo"/> only when the registry demo was just seeded: a real database gets the pool and nothing invented.</summary>
public sealed record SeedChainDemoDataCommand(int Seed, bool Demo);

public sealed record SeedChainDemoDataResult(int PoolCandidates, int Zones, int Assignments, int ZoneChains, int Relations);

/// <summary>
/// Loads the national candidate pool (data/chains/candidates.csv) when it is empty, and — for a freshly seeded demo
/// database only — maps every zone's enterprises, records the chains each zone names among its leading
/// industries with the enterprise its articles call 链主/龙头, and generates synthetic supply relations (marked synthetic)
/// so local supply ratios and 以商招商 ties have something to show.
/// </summary>
public sealed class SeedChainDemoDataHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseDirectory directory, MapEnterprisesHandler mapper, TimeProvider clock)
{
    /// <summary>Words of a zone's leading industries that name a built-in chain.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> ChainWords = new Dictionary<string, string[]>
    {
        ["new-energy-battery"] = ["新能源电池", "锂电", "动力电池"],
        ["in-vitro-diagnostics"] = ["体外诊断"],
        ["new-display"] = ["新型显示", "平板显示", "光电显示"],
        ["integrated-circuit"] = ["集成电路", "半导体", "芯片"],
        ["vaccine-biopharma"] = ["生物医药", "疫苗", "医药"],
        ["precious-metals"] = ["稀贵金属", "贵金属"],
        ["liquid-metal"] = ["液态金属"],
        ["aviation"] = ["航空"],
        ["automotive"] = ["汽车"],
        ["safety-emergency"] = ["安全应急"],
        ["5g"] = ["5G"],
        ["iot"] = ["物联网"],
        ["hydrogen"] = ["氢能"],
        ["humanoid-robot"] = ["机器人"],
        ["commercial-space"] = ["航天"],
        ["sanqi"] = ["三七"],
    };

    public async Task<SeedChainDemoDataResult> HandleAsync(SeedChainDemoDataCommand command, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var pool = await LoadPoolAsync(db, ct);
        if (!command.Demo || await db.SegmentAssignments.IgnoreQueryFilters().AnyAsync(ct) || !await db.Enterprises.IgnoreQueryFilters().AnyAsync(ct))
        {
            return new SeedChainDemoDataResult(pool, 0, 0, 0, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var year = ProvenanceRules.ExpectedLatestYear(now);
        var provenance = Provenance.Of(DataSource.Synthetic, $"合成数据 seed={command.Seed}", now, actor.Name);
        var chains = BuiltInChains.All.Select(c => c.Template).ToList();
        var candidates = await db.PoolCandidates.AsNoTracking().ToListAsync(ct);
        var totals = new SeedChainDemoDataResult(pool, 0, 0, 0, 0);
        foreach (var zone in await directory.ZonesAsync(db, ct))
        {
            var mapped = await mapper.MapZoneAsync(db, zone.Id, chains, ct);
            var seed = new ZoneChainSeed(db, directory, new Random(command.Seed + zone.Id * 104729), year, provenance, candidates);
            var (zoneChains, relations) = await seed.SeedAsync(zone, chains, Words(zone.LeadingIndustries), ct);
            totals = totals with
            {
                Zones = totals.Zones + 1, Assignments = totals.Assignments + mapped.Created, ZoneChains = totals.ZoneChains + zoneChains, Relations = totals.Relations + relations,
            };
        }
        db.Record(AuditAction.Seed, "ChainDemoData", $"seed={command.Seed}", null, totals);
        await db.SaveChangesAsync(ct);
        return totals;
    }

    private static List<string> Words(string leadingIndustries) =>
        ChainWords.Where(c => c.Value.Any(w => leadingIndustries.Contains(w, StringComparison.Ordinal))).Select(c => c.Key).ToList();

    private async Task<int> LoadPoolAsync(ParkDbContext db, CancellationToken ct)
    {
        if (await db.PoolCandidates.AnyAsync(ct))
        {
            return 0;
        }
        await using var stream = typeof(SeedChainDemoDataHandler).Assembly.GetManifestResourceStream("data/chains/candidates.csv")
            ?? throw new InvalidOperationException("data/chains/candidates.csv is missing from ParkLens.Core.");
        var (rows, problems) = ImportCandidatesHandler.Parse(stream);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("data/chains/candidates.csv: " + string.Join("; ", problems.Take(5)));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            row.ImportedAtUtc = now;
            row.ImportedBy = actor.Name;
        }
        db.EntityAudit = false;
        db.PoolCandidates.AddRange(rows);
        db.Record(AuditAction.Import, "PoolCandidates", "data/chains/candidates.csv", null, new { created = rows.Count });
        await db.SaveChangesAsync(ct);
        db.EntityAudit = true;
        db.ChangeTracker.Clear();
        return rows.Count;
    }
}
