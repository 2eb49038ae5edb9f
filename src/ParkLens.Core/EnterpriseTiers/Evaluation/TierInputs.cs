using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Evaluation;

/// <summary>Where one fact's value came from, for the enterprise's tier card.</summary>
public sealed record FactSource(string Key, decimal? Value, FactOrigin Origin, int? FromYear, string? EvidenceFile, int? EvidenceId, string? UpdatedBy, DateTime? UpdatedAtUtc);

/// <summary>Everything the rule engine needs about one enterprise for one fiscal year, and where each value came from.</summary>
internal sealed record EnterpriseInputs(EnterpriseSnapshot Enterprise, TierFacts Facts, IReadOnlyDictionary<string, FactSource> Sources, IReadOnlyList<TierApplication> Applications);

/// <summary>
/// Builds the engine's facts: registry figures for the year and the two before, facts entered for the tiers (the latest
/// entry at or before the year), and what the certificates say at the as-of date (31 December of the year).
/// </summary>
internal static class TierInputs
{
    public static DateOnly AsOf(int year) => new(year, 12, 31);

    public static async Task<IReadOnlyList<EnterpriseInputs>> LoadZoneAsync(ParkDbContext db, IEnterpriseFigures registry, int zoneId, int year, CancellationToken ct)
    {
        var enterprises = await registry.ForZoneAsync(db, zoneId, year - 2, year, ct);
        var facts = await db.TierFacts.Where(f => f.ZoneId == zoneId && f.Year <= year).AsNoTracking().ToListAsync(ct);
        var applications = await db.TierApplications.Where(a => a.ZoneId == zoneId).AsNoTracking().ToListAsync(ct);
        return Build(enterprises, facts, applications, [], year);
    }

    public static async Task<EnterpriseInputs?> LoadEnterpriseAsync(ParkDbContext db, IEnterpriseFigures registry, int enterpriseId, int year, CancellationToken ct)
    {
        var enterprise = await registry.GetAsync(db, enterpriseId, year - 2, year, ct);
        if (enterprise is null)
        {
            return null;
        }
        var facts = await db.TierFacts.Where(f => f.EnterpriseId == enterpriseId && f.Year <= year).AsNoTracking().ToListAsync(ct);
        var applications = await db.TierApplications.Where(a => a.EnterpriseId == enterpriseId).AsNoTracking().ToListAsync(ct);
        var evidenceIds = facts.Where(f => f.EvidenceId != null).Select(f => f.EvidenceId!.Value).Distinct().ToList();
        var evidence = await db.TierEvidence.Where(e => evidenceIds.Contains(e.Id)).Select(e => new { e.Id, e.FileName }).ToDictionaryAsync(e => e.Id, e => e.FileName, ct);
        return Build([enterprise], facts, applications, evidence, year).Single();
    }

    private static List<EnterpriseInputs> Build(
        IReadOnlyList<EnterpriseSnapshot> enterprises, List<TierFactValue> facts, List<TierApplication> applications,
        Dictionary<int, string> evidence, int year)
    {
        var factsByEnterprise = facts.ToLookup(f => f.EnterpriseId);
        var applicationsByEnterprise = applications.ToLookup(a => a.EnterpriseId);
        var result = new List<EnterpriseInputs>(enterprises.Count);
        foreach (var enterprise in enterprises)
        {
            var own = applicationsByEnterprise[enterprise.Id].ToList();
            var sources = new Dictionary<string, FactSource>();
            AddRegistry(sources, enterprise, year);
            AddDerived(sources, enterprise, own, AsOf(year));
            // A key the catalogue no longer has (a retired fact) is kept in the database but not fed to the rules.
            foreach (var latest in factsByEnterprise[enterprise.Id].Where(f => FactCatalog.TryGet(f.Key, out _)).GroupBy(f => f.Key).Select(g => g.MaxBy(f => f.Year)!))
            {
                sources[latest.Key] = new FactSource(latest.Key, latest.Value, FactOrigin.Entered, latest.Year,
                    latest.EvidenceId is { } e && evidence.TryGetValue(e, out var file) ? file : null, latest.EvidenceId,
                    latest.Provenance.UpdatedBy, latest.Provenance.UpdatedAtUtc);
            }
            var values = sources.Values.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value);
            result.Add(new EnterpriseInputs(enterprise, TierFacts.Create(values, enterprise.IndustryCode), sources, own));
        }
        return result;
    }

    private static void AddRegistry(Dictionary<string, FactSource> sources, EnterpriseSnapshot enterprise, int year)
    {
        for (var back = 0; back <= 2; back++)
        {
            var figures = enterprise.In(year - back);
            Put(sources, $"revenue.y{back}", figures?.Revenue, FactOrigin.Registry, year - back);
            Put(sources, $"rd_expense.y{back}", figures?.RdExpense, FactOrigin.Registry, year - back);
        }
        var now = enterprise.In(year);
        Put(sources, FactKeys.Employees, now?.Employees, FactOrigin.Registry, year);
        Put(sources, FactKeys.RdStaff, now?.RdStaff, FactOrigin.Registry, year);
        Put(sources, FactKeys.HighTechRevenue, now?.HighTechRevenue, FactOrigin.Registry, year);
        // Invention patents are Class I IP; an entered ip_class1 (which may add other Class I rights) replaces this.
        Put(sources, FactKeys.IpClass1, now?.InventionPatents, FactOrigin.Registry, year);
    }

    private static void AddDerived(Dictionary<string, FactSource> sources, EnterpriseSnapshot enterprise, List<TierApplication> applications, DateOnly asOf)
    {
        if (enterprise.FoundedOn is { } founded)
        {
            Put(sources, FactKeys.OperatingDays, asOf.DayNumber - founded.DayNumber, FactOrigin.Derived, null);
        }
        Put(sources, FactKeys.HoldsHighTech, Holds(enterprise, applications, Tier.HighTech, asOf) ? 1 : 0, FactOrigin.Derived, null);
        Put(sources, FactKeys.HoldsSpecialized, Holds(enterprise, applications, Tier.Specialized, asOf) ? 1 : 0, FactOrigin.Derived, null);
    }

    /// <summary>A valid certificate on the day; without any application record, the registry's declared flag.</summary>
    public static bool Holds(EnterpriseSnapshot enterprise, IReadOnlyList<TierApplication> applications, Tier tier, DateOnly day)
    {
        // Called for every enterprise, tier and year of a zone's ladder: no allocation here.
        var recorded = false;
        foreach (var application in applications)
        {
            if (application.Tier != tier)
            {
                continue;
            }
            if (application.IsValidOn(day))
            {
                return true;
            }
            recorded = true;
        }
        return !recorded && TierTerms.FlagOf(tier) is { } flag && (enterprise.Certifications & flag) != 0;
    }

    private static void Put(Dictionary<string, FactSource> sources, string key, decimal? value, FactOrigin origin, int? year) =>
        sources[key] = new FactSource(key, value, origin, year, null, null, null, null);
}
