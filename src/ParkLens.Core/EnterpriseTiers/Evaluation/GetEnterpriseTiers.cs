using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Evaluation;

public sealed record GetEnterpriseTiersQuery(int EnterpriseId, int Year);

public sealed record CertificateRow(int Id, Tier Tier, int BatchYear, ApplicationStatus Status, DateOnly SubmittedOn, DateOnly? AcceptedOn,
    DateOnly? PublicizedOn, DateOnly? DecidedOn, string? CertificateNumber, DateOnly? ValidFrom, DateOnly? ValidUntil, bool ValidAtYearEnd,
    string? Note, bool IsSynthetic, IReadOnlyList<ApplicationStatus> NextSteps);

public sealed record PoolRow(int Id, int EnterpriseId, string EnterpriseName, Tier Tier, int Year, CultivationPool Pool, string AssignedStaff, string? Note, bool IsSynthetic);

public sealed record AssistanceRow(int Id, int EnterpriseId, string EnterpriseName, Tier? Tier, DateOnly On, string Staff, AssistanceKind Kind, string Content,
    string? FollowUp, bool IsSynthetic);

/// <summary>The enterprise's tier card: every rule set's verdict with its criteria, what it holds, what it lacks for the next rung.</summary>
public sealed record EnterpriseTierCard(
    EnterpriseRef Enterprise, string ZoneName, string Uscc, int Year, DateOnly AsOf, IReadOnlyList<TierEvaluation> Evaluations,
    IReadOnlyList<Tier> Held, Tier? NextTier, IReadOnlyList<FactSource> Facts, IReadOnlyList<CertificateRow> Applications,
    IReadOnlyList<PoolRow> Pools, IReadOnlyList<AssistanceRow> Assistance)
{
    public TierEvaluation? For(Tier tier) => Evaluations.FirstOrDefault(e => e.RuleSet.Tier == tier);
}

public sealed class GetEnterpriseTiersHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry)
{
    public async Task<EnterpriseTierCard?> HandleAsync(GetEnterpriseTiersQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var inputs = await TierInputs.LoadEnterpriseAsync(db, registry, query.EnterpriseId, query.Year, ct);
        if (inputs is null)
        {
            return null;
        }
        var asOf = TierInputs.AsOf(query.Year);
        var evaluations = TierEngine.EvaluateAll(inputs.Facts, asOf);
        var held = TierTerms.Ladder.Where(t => TierInputs.Holds(inputs.Enterprise, inputs.Applications, t, asOf)).ToList();
        // The rung above the highest one held: a 高企 too large for 科技型中小企业 climbs on to 创新型, not back down.
        var top = TierTerms.Ladder.ToList().FindLastIndex(held.Contains);
        Tier? next = top + 1 < TierTerms.Ladder.Count ? TierTerms.Ladder[top + 1] : null;
        var e = inputs.Enterprise;
        var reference = new EnterpriseRef(e.Id, e.ZoneId, e.Name, e.IsSynthetic);
        var pools = await db.CultivationEntries.Where(c => c.EnterpriseId == e.Id).OrderByDescending(c => c.Year).AsNoTracking().ToListAsync(ct);
        var assistance = await db.AssistanceRecords.Where(a => a.EnterpriseId == e.Id).OrderByDescending(a => a.On).AsNoTracking().ToListAsync(ct);
        return new EnterpriseTierCard(
            reference, e.ZoneName, e.Uscc, query.Year, asOf, evaluations, held, next,
            inputs.Sources.Values.OrderBy(s => s.Key, StringComparer.Ordinal).ToList(),
            inputs.Applications.OrderByDescending(a => a.SubmittedOn).Select(a => ToRow(a, asOf)).ToList(),
            pools.Select(p => ToRow(p, e.Name)).ToList(),
            assistance.Select(a => ToRow(a, e.Name)).ToList());
    }

    internal static CertificateRow ToRow(TierApplication a, DateOnly asOf) => new(
        a.Id, a.Tier, a.BatchYear, a.Status, a.SubmittedOn, a.AcceptedOn, a.PublicizedOn, a.DecidedOn, a.CertificateNumber, a.ValidFrom, a.ValidUntil,
        a.IsValidOn(asOf), a.Note, a.IsSynthetic, ApplicationTransitions.Next(a.Status));

    internal static PoolRow ToRow(CultivationEntry c, string name) => new(c.Id, c.EnterpriseId, name, c.Tier, c.Year, c.Pool, c.AssignedStaff, c.Note, c.IsSynthetic);

    internal static AssistanceRow ToRow(AssistanceRecord a, string name) =>
        new(a.Id, a.EnterpriseId, name, a.Tier, a.On, a.Staff, a.Kind, a.Content, a.FollowUp, a.IsSynthetic);
}
