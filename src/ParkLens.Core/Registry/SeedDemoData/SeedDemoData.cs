using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.SeedDemoData;

public sealed record SeedDemoDataCommand(int Seed = SeedDemoDataCommand.DefaultSeed, int MinPerZone = 200, int MaxPerZone = 450)
{
    public const int DefaultSeed = 20231201;
}

public sealed record SeedDemoDataResult(bool Seeded, int Zones, int Enterprises, int SyntheticEnterprises, int IndicatorRows);

/// <summary>
/// Fills an empty database with the demo province: the zones, sub-parks, enterprises and figures the seed articles publish,
/// and several hundred synthetic enterprises per zone (fixed seed, marked synthetic). Does nothing if any zone exists.
/// </summary>
public sealed class SeedDemoDataHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<SeedDemoDataResult> HandleAsync(SeedDemoDataCommand command, IProgress<double>? progress, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Zones.IgnoreQueryFilters().AnyAsync(ct))
        {
            return new SeedDemoDataResult(false, 0, 0, 0, 0);
        }
        var facts = SeedFacts.Load();
        var now = clock.GetUtcNow().UtcDateTime;
        var seedProvenance = Provenance.Of(DataSource.Seed, "data/demo/seed-facts.json", now, actor.Name);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Tens of thousands of generated rows are logged as one seeding event, not row by row.
        db.EntityAudit = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var zones = await SeedSteps.ZonesAsync(db, facts, seedProvenance, ct);
        var named = await SeedSteps.NamedEnterprisesAsync(db, facts, zones, seedProvenance, ct);
        await SeedSteps.ParcelsAsync(db, facts, zones, seedProvenance, ct);

        var lastYear = ProvenanceRules.ExpectedLatestYear(now);
        var synthetic = new SyntheticEnterprises(command.Seed, lastYear, 5,
            Provenance.Of(DataSource.Synthetic, $"合成数据 seed={command.Seed}", now, actor.Name));
        var sizes = new Random(command.Seed);
        int enterpriseCount = 0, indicatorCount = named.Indicators, done = 0;
        foreach (var zone in zones.Values)
        {
            var enterprises = synthetic.Generate(
                new SyntheticZone(zone.Id, zone.CityCode, SyntheticPlace(zone), RegistryTerms.SplitList(zone.LeadingIndustries).ToArray(),
                    zone.SubParks.Select(s => s.Id).ToArray()),
                Math.Max(sizes.Next(command.MinPerZone, command.MaxPerZone + 1), MinimumPopulation(facts, zone.Name, command.MaxPerZone)));
            db.Enterprises.AddRange(enterprises);
            await db.SaveChangesAsync(ct);
            db.Parcels.AddRange(synthetic.Properties(zone.Id, enterprises));
            await db.SaveChangesAsync(ct);
            enterpriseCount += enterprises.Count;
            indicatorCount += enterprises.Sum(e => e.Indicators.Count);
            db.ChangeTracker.Clear();
            progress?.Report(++done / (double)zones.Count);
        }
        db.Record(Access.Domain.AuditAction.Seed, "DemoData", $"seed={command.Seed}", null,
            new { zones = zones.Count, enterprises = enterpriseCount + named.Enterprises, synthetic = enterpriseCount, indicators = indicatorCount });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SeedDemoDataResult(true, zones.Count, enterpriseCount + named.Enterprises, enterpriseCount, indicatorCount);
    }

    /// <summary>
    /// The demo never holds fewer enterprises than the zone's articles count in it ("高新技术企业698家"), so published
    /// counts can be reproduced; a quarter more leaves room for the enterprises outside the counted group.
    /// </summary>
    internal static int MinimumPopulation(SeedFacts facts, string zoneName, int maxPerZone)
    {
        var counts = facts.Zones.Where(z => z.Name == zoneName).SelectMany(z => z.Facts)
            .Where(f => f.Unit == "家" && f.Kind != "target" && f.Indicator.Contains("企业", StringComparison.Ordinal) && f.Value is not null)
            .Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
        return (int)Math.Min(Math.Ceiling(counts * 1.25m), Math.Max(maxPerZone, 1500));
    }

    private static string SyntheticPlace(Zone zone)
    {
        var city = DivisionCatalog.Instance.Find(zone.CityCode)?.Name;
        var name = city is null or "市辖区" or "县" ? DivisionCatalog.Instance.Find(zone.ProvinceCode)?.Name ?? "" : city;
        foreach (var suffix in new[] { "市", "地区", "盟" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return name.Length > 2 ? name[..2] : name;
    }
}
