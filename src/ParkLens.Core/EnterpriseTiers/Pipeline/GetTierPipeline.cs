using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Pipeline;

public sealed record GetTierPipelineQuery(int ZoneId, Tier Tier, int Year, int RenewalMonths = 6);

public sealed record ApplicationCard(CertificateRow Application, int EnterpriseId, string EnterpriseName, bool EnterpriseIsSynthetic);

public sealed record TierPipeline(
    int ZoneId, string ZoneName, Tier Tier, int Year, IReadOnlyDictionary<CultivationPool, IReadOnlyList<PoolRow>> Pools,
    IReadOnlyDictionary<ApplicationStatus, IReadOnlyList<ApplicationCard>> Applications, IReadOnlyList<ApplicationCard> RenewalsDue,
    IReadOnlyList<AssistanceRow> RecentAssistance, int? Target, string? TargetBasis, int Certified);

/// <summary>
/// The 科促局 board for one tier and year: the three cultivation pools, the applications by status, certificates that
/// lapse within the renewal window (高企 re-certification reminders), and the latest assistance contacts.
/// </summary>
public sealed class GetTierPipelineHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, TimeProvider clock)
{
    public async Task<TierPipeline?> HandleAsync(GetTierPipelineQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zoneName = await registry.ZoneNameAsync(db, query.ZoneId, ct);
        if (zoneName is null)
        {
            return null;
        }
        var pools = await db.CultivationEntries.Where(c => c.ZoneId == query.ZoneId && c.Tier == query.Tier && c.Year == query.Year).AsNoTracking().ToListAsync(ct);
        var applications = await db.TierApplications.Where(a => a.ZoneId == query.ZoneId && a.Tier == query.Tier && a.BatchYear == query.Year).AsNoTracking().ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddMonths(query.RenewalMonths);
        var lapsing = await db.TierApplications
            .Where(a => a.ZoneId == query.ZoneId && a.Tier == query.Tier && a.Status == ApplicationStatus.Certified && a.ValidUntil >= today && a.ValidUntil <= horizon)
            .AsNoTracking().ToListAsync(ct);
        // A lapsing certificate is no longer due once a newer application for the tier exists.
        var renewing = (await db.TierApplications.Where(a => a.ZoneId == query.ZoneId && a.Tier == query.Tier && a.SubmittedOn >= today.AddMonths(-12))
            .Select(a => new { a.EnterpriseId, a.Id }).ToListAsync(ct)).ToLookup(a => a.EnterpriseId, a => a.Id);
        lapsing = lapsing.Where(a => !renewing[a.EnterpriseId].Any(id => id != a.Id)).ToList();
        var assistance = await db.AssistanceRecords.Where(a => a.ZoneId == query.ZoneId && (a.Tier == query.Tier || a.Tier == null))
            .OrderByDescending(a => a.On).Take(30).AsNoTracking().ToListAsync(ct);
        var target = await db.TierTargets.Where(t => t.ZoneId == query.ZoneId && t.Tier == query.Tier && t.Year == query.Year).AsNoTracking().FirstOrDefaultAsync(ct);

        var names = await registry.NamesAsync(db,
            pools.Select(p => p.EnterpriseId).Concat(applications.Select(a => a.EnterpriseId)).Concat(lapsing.Select(a => a.EnterpriseId))
                .Concat(assistance.Select(a => a.EnterpriseId)).ToHashSet(), ct);
        string Name(int id) => names.TryGetValue(id, out var r) ? r.Name : $"#{id}";
        var asOf = TierInputs.AsOf(query.Year);
        ApplicationCard Card(TierApplication a) => new(GetEnterpriseTiersHandler.ToRow(a, asOf), a.EnterpriseId, Name(a.EnterpriseId), names.TryGetValue(a.EnterpriseId, out var r) && r.IsSynthetic);

        return new TierPipeline(
            query.ZoneId, zoneName, query.Tier, query.Year,
            Enum.GetValues<CultivationPool>().ToDictionary(p => p, p => (IReadOnlyList<PoolRow>)pools.Where(e => e.Pool == p)
                .Select(e => GetEnterpriseTiersHandler.ToRow(e, Name(e.EnterpriseId))).OrderBy(e => e.EnterpriseName, StringComparer.Ordinal).ToList()),
            Enum.GetValues<ApplicationStatus>().ToDictionary(s => s, s => (IReadOnlyList<ApplicationCard>)applications.Where(a => a.Status == s)
                .OrderByDescending(a => ApplicationTransitions.LastStepDate(a)).Select(Card).ToList()),
            lapsing.OrderBy(a => a.ValidUntil).Select(Card).ToList(),
            assistance.Select(a => GetEnterpriseTiersHandler.ToRow(a, Name(a.EnterpriseId))).ToList(),
            target?.Target, target?.Basis, applications.Count(a => a.Status == ApplicationStatus.Certified));
    }
}
