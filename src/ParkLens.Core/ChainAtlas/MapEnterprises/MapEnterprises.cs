using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.MapEnterprises;

/// <summary>Re-maps the enterprises of one zone (or every zone in scope) to one chain (or every chain).</summary>
public sealed record MapEnterprisesCommand(int? ZoneId, string? ChainKey);

public sealed record MapEnterprisesResult(int Zones, int Created, int Updated, int Removed, int KeptReviewed, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Runs the matcher over the enterprises and writes automatic mappings. A person's decision (confirmed, overridden,
/// rejected) is kept as long as its segment still exists; automatic rows follow the template in force. Logged as one
/// audit entry per zone.
/// </summary>
public sealed class MapEnterprisesHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseDirectory directory, TimeProvider clock)
{
    public static readonly ProblemRule NoZone = new("chain-zone", "没有这个开发区，或不在您的权限范围内：{0}", "no such zone in your scope: {0}");
    public static readonly ProblemRule NoChain = new("chain-unknown", "没有这条产业链：{0}", "no such chain: {0}");
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "您的角色不能维护产业链", "your role cannot maintain chains");

    public async Task<MapEnterprisesResult> HandleAsync(MapEnterprisesCommand command, CancellationToken ct)
    {
        if (!ChainWriters.CanManage(actor) && !WritePermissions.CanEditSharedChains(actor.Role))
        {
            return Refused(NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zones = await directory.ZonesAsync(db, ct);
        if (command.ZoneId is { } only && zones.All(z => z.Id != only))
        {
            return Refused(NoZone.For("zoneId", only));
        }
        // Every zone's chains are read before anything is written, so a refusal leaves every zone as it was.
        var plan = new List<(int ZoneId, List<ChainTemplate> Chains)>();
        foreach (var zone in zones.Where(z => command.ZoneId is null || z.Id == command.ZoneId))
        {
            var chains = (await ChainCatalog.ForAsync(db, zone.Id, zone.AuthorityId, ct)).Select(c => c.Template).ToList();
            plan.Add((zone.Id, command.ChainKey is null ? chains : chains.Where(t => t.Key == command.ChainKey).ToList()));
        }
        if (command.ChainKey is not null && plan.All(p => p.Chains.Count == 0))
        {
            return Refused(NoChain.For("chainKey", command.ChainKey));
        }
        var total = new MapEnterprisesResult(0, 0, 0, 0, 0, []);
        foreach (var (zoneId, chains) in plan.Where(p => p.Chains.Count > 0))
        {
            var result = await MapZoneAsync(db, zoneId, chains, ct, pruneOtherChains: command.ChainKey is null);
            total = total with
            {
                Zones = total.Zones + 1, Created = total.Created + result.Created, Updated = total.Updated + result.Updated,
                Removed = total.Removed + result.Removed, KeptReviewed = total.KeptReviewed + result.KeptReviewed,
            };
        }
        return total;
    }

    /// <summary>
    /// Maps one zone to the given chains. With <paramref name="pruneOtherChains"/> (a full re-map) rows of chains no longer
    /// in force for the zone (a removed or unreadable zone chain) are deleted too.
    /// </summary>
    internal async Task<MapEnterprisesResult> MapZoneAsync(ParkDbContext db, int zoneId, IReadOnlyList<ChainTemplate> chains, CancellationToken ct, bool pruneOtherChains = false)
    {
        var matcher = new SegmentMatcher(chains, ReferenceCodes.IndustryName);
        var keys = chains.Select(c => c.Key).ToList();
        var byKey = chains.ToDictionary(c => c.Key);
        var profiles = await directory.ZoneProfilesAsync(db, zoneId, ct);
        var existing = (await db.SegmentAssignments.Where(a => a.ZoneId == zoneId && keys.Contains(a.ChainKey)).ToListAsync(ct))
            .ToDictionary(a => (a.EnterpriseId, a.ChainKey));
        var provenance = Provenance.Of(DataSource.Form, "产业链环节自动匹配", clock.GetUtcNow().UtcDateTime, actor.Name);
        int created = 0, updated = 0, removed = 0, kept = 0;
        var seen = new HashSet<(int, string)>();
        foreach (var profile in profiles)
        {
            var subject = new MatchSubject(profile.Name, profile.IndustryCode, profile.MainProducts, profile.BusinessScope, profile.Tags);
            foreach (var match in matcher.Match(subject))
            {
                var id = (profile.Id, match.ChainKey);
                seen.Add(id);
                if (existing.TryGetValue(id, out var row))
                {
                    if (Keeps(row, byKey[match.ChainKey]))
                    {
                        kept++;
                        continue;
                    }
                    if (row.Status == AssignmentStatus.Auto && row.SegmentId == match.SegmentId && row.Confidence == match.Confidence
                        && row.TemplateVersion == byKey[match.ChainKey].Version && row.Reason == match.ReasonZh)
                    {
                        continue;
                    }
                    Apply(row, match, byKey[match.ChainKey].Version, provenance);
                    updated++;
                }
                else
                {
                    var added = new SegmentAssignment { ZoneId = zoneId, EnterpriseId = profile.Id, ChainKey = match.ChainKey };
                    Apply(added, match, byKey[match.ChainKey].Version, provenance);
                    db.SegmentAssignments.Add(added);
                    created++;
                }
            }
        }
        foreach (var (id, row) in existing)
        {
            if (seen.Contains(id))
            {
                continue;
            }
            // No match any more: an automatic row goes; a person's decision stays while its segment exists.
            if (!Keeps(row, byKey[row.ChainKey]))
            {
                db.SegmentAssignments.Remove(row);
                removed++;
            }
            else
            {
                kept++;
            }
        }
        if (pruneOtherChains)
        {
            var stale = await db.SegmentAssignments.Where(a => a.ZoneId == zoneId && !keys.Contains(a.ChainKey)).ToListAsync(ct);
            db.SegmentAssignments.RemoveRange(stale);
            removed += stale.Count;
        }
        db.EntityAudit = false;
        db.Record(AuditAction.Update, "ChainMapping", string.Join(",", keys.Count > 3 ? [$"{keys.Count} chains"] : keys), zoneId,
            new { created, updated, removed, kept });
        await db.SaveChangesAsync(ct);
        db.EntityAudit = true;
        db.ChangeTracker.Clear();
        return new MapEnterprisesResult(1, created, updated, removed, kept, []);
    }

    // A rejection ("not in this chain") holds whatever the template becomes; a confirmation or a move while its segment exists.
    private static bool Keeps(SegmentAssignment row, ChainTemplate chain) =>
        row.Status == AssignmentStatus.Rejected || (row.Status != AssignmentStatus.Auto && chain.Segment(row.SegmentId) is { IsGroup: false });

    private static void Apply(SegmentAssignment row, SegmentMatch match, int version, Provenance provenance)
    {
        row.SegmentId = match.SegmentId;
        row.Confidence = match.Confidence;
        row.Status = AssignmentStatus.Auto;
        row.Reason = Truncate(match.ReasonZh);
        row.ReasonEn = Truncate(match.ReasonEn);
        row.TemplateVersion = version;
        row.ReviewedBy = null;
        row.ReviewedAtUtc = null;
        row.Provenance = provenance.Copy();
    }

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..597] + "…";

    private static MapEnterprisesResult Refused(Problem problem) => new(0, 0, 0, 0, 0, [problem]);
}
