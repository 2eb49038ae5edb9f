using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Evaluation;

public sealed record GetZoneTiersQuery(int ZoneId, int Year, int ClosestPerTier = 20);

/// <summary>One rung of the zone's ladder in the year: held, evaluated, targeted and published.</summary>
/// <summary>Evaluated is false when no rule set of the tier was in force at the year's end (the counts are then zero).</summary>
public sealed record LadderRung(
    Tier Tier, bool Evaluated, int Held, int NewlyCertified, int Pass, int Fail, int CannotDecide, int PassNotHeld, int? Target, string? TargetBasis,
    decimal? TargetAchievedPercent, IReadOnlyList<PublishedFigure> Published);

/// <summary>Enterprises whose highest rung changed from one year-end to the next ("小升高", "高变强").</summary>
public sealed record LadderFlow(int FromYear, Tier? From, Tier? To, int Count);

public sealed record ClosestEnterprise(int EnterpriseId, string Name, bool IsSynthetic, Verdict Verdict, decimal? Score, decimal? PassScore,
    int FailedConditions, IReadOnlyList<string> MissingFacts, Improvement? BestImprovement, double Distance);

public sealed record ZoneTierOverview(
    int ZoneId, string ZoneName, int Year, int Enterprises, IReadOnlyList<LadderRung> Ladder, IReadOnlyDictionary<int, IReadOnlyDictionary<Tier, int>> HeldByYear,
    IReadOnlyList<LadderFlow> Flows, IReadOnlyDictionary<Tier, IReadOnlyList<ClosestEnterprise>> Closest, IReadOnlyList<TierValidity> Validity);

/// <summary>
/// The zone's ladder for a year: how many hold each rung (valid certificates at year-end), how many the rules would pass,
/// targets against achievement, the figures the zone has published, the flows between rungs over five years, and the
/// enterprises closest to each rung they do not hold.
/// </summary>
public sealed class GetZoneTiersHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry)
{
    public async Task<ZoneTierOverview?> HandleAsync(GetZoneTiersQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zoneName = await registry.ZoneNameAsync(db, query.ZoneId, ct);
        if (zoneName is null)
        {
            return null;
        }
        var inputs = await TierInputs.LoadZoneAsync(db, registry, query.ZoneId, query.Year, ct);
        var asOf = TierInputs.AsOf(query.Year);
        var evaluated = inputs.Select(i => (Inputs: i, Results: TierEngine.EvaluateAll(i.Facts, asOf))).ToList();
        var targets = await db.TierTargets.Where(t => t.ZoneId == query.ZoneId && t.Year == query.Year).AsNoTracking().ToListAsync(ct);
        var published = await registry.PublishedFiguresAsync(db, query.ZoneId, ct);

        var years = Enumerable.Range(query.Year - 4, 5).ToList();
        var heldByYear = years.ToDictionary(y => y, y => (IReadOnlyDictionary<Tier, int>)TierTerms.Ladder.ToDictionary(
            t => t, t => inputs.Count(i => TierInputs.Holds(i.Enterprise, i.Applications, t, TierInputs.AsOf(y)))));

        var ladder = TierTerms.Ladder.Select(tier =>
        {
            var results = evaluated.Select(e => (e.Inputs, Result: e.Results.FirstOrDefault(r => r.RuleSet.Tier == tier)))
                .Where(r => r.Result is not null).Select(r => (r.Inputs, Result: r.Result!)).ToList();
            var held = heldByYear[query.Year][tier];
            var target = targets.FirstOrDefault(t => t.Tier == tier);
            // First certification in the year; a renewal or an annual re-listing is not new.
            var newly = inputs.Count(i => i.Applications.Where(a => a.Tier == tier && a.Status == ApplicationStatus.Certified && a.DecidedOn is not null)
                .Select(a => a.DecidedOn!.Value.Year).DefaultIfEmpty(0).Min() == query.Year);
            return new LadderRung(tier, results.Count > 0, held, newly,
                results.Count(r => r.Result.Verdict == Verdict.Pass), results.Count(r => r.Result.Verdict == Verdict.Fail),
                results.Count(r => r.Result.Verdict == Verdict.CannotDecide),
                results.Count(r => r.Result.Verdict == Verdict.Pass && !TierInputs.Holds(r.Inputs.Enterprise, r.Inputs.Applications, tier, asOf)),
                target?.Target, target?.Basis, target is null ? null : Math.Round(100m * held / target.Target, 2),
                published.Where(p => PublishedTierFigures.TierOf(p.Indicator) == tier).ToList());
        }).ToList();

        var closest = TierTerms.Ladder.ToDictionary(tier => tier, tier => (IReadOnlyList<ClosestEnterprise>)evaluated
            .Where(e => !TierInputs.Holds(e.Inputs.Enterprise, e.Inputs.Applications, tier, asOf))
            .Where(e => e.Results.Any(r => r.RuleSet.Tier == tier))
            .Select(e => Closeness.Of(e.Inputs.Enterprise, e.Results.First(r => r.RuleSet.Tier == tier)))
            .OrderBy(c => c.MissingFacts.Count).ThenBy(c => c.Distance).ThenBy(c => c.EnterpriseId)
            .Take(query.ClosestPerTier).ToList());

        return new ZoneTierOverview(query.ZoneId, zoneName, query.Year, inputs.Count, ladder, heldByYear, Flows(inputs, years), closest,
            TierValidity.Entries.ToList());
    }

    private static List<LadderFlow> Flows(IReadOnlyList<EnterpriseInputs> inputs, List<int> years)
    {
        var flows = new List<LadderFlow>();
        foreach (var year in years.Skip(1))
        {
            var before = TierInputs.AsOf(year - 1);
            var after = TierInputs.AsOf(year);
            flows.AddRange(inputs
                .Select(i => (From: Top(i, before), To: Top(i, after)))
                .Where(p => p.From != p.To)
                .GroupBy(p => p)
                .Select(g => new LadderFlow(year - 1, g.Key.From, g.Key.To, g.Count())));
        }
        return flows;
    }

    private static Tier? Top(EnterpriseInputs i, DateOnly day) =>
        TierTerms.Ladder.Reverse().Where(t => TierInputs.Holds(i.Enterprise, i.Applications, t, day)).Select(t => (Tier?)t).FirstOrDefault();
}
