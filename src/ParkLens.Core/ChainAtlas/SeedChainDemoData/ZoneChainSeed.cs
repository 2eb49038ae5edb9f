using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SeedChainDemoData;

/// <summary>One zone's demo chains: the chains its leading industries name, their 链主, and synthetic supply relations.</summary>
internal sealed class ZoneChainSeed(ParkDbContext db, IEnterpriseDirectory directory, Random random, int year, Provenance provenance, IReadOnlyList<PoolCandidate> pool)
{
    public async Task<(int ZoneChains, int Relations)> SeedAsync(ZonePlace zone, IReadOnlyList<ChainTemplate> chains, IReadOnlyList<string> zoneChainKeys, CancellationToken ct)
    {
        if (zoneChainKeys.Count == 0)
        {
            return (0, 0);
        }
        var profiles = (await directory.ZoneProfilesAsync(db, zone.Id, ct)).ToDictionary(p => p.Id);
        var assignments = await db.SegmentAssignments.Where(a => a.ZoneId == zone.Id && zoneChainKeys.Contains(a.ChainKey)).AsNoTracking().ToListAsync(ct);
        int zoneChains = 0, relations = 0;
        foreach (var chain in chains.Where(c => zoneChainKeys.Contains(c.Key)))
        {
            var members = assignments.Where(a => a.ChainKey == chain.Key && SegmentAssignment.Counts(a.Status, a.Confidence)).ToList();
            var leader = members.Select(m => profiles.GetValueOrDefault(m.EnterpriseId))
                .FirstOrDefault(p => p is not null && (p.Tags.Contains("链主", StringComparison.Ordinal) || p.Tags.Contains("龙头", StringComparison.Ordinal)));
            db.ZoneChains.Add(new ZoneChain
            {
                ZoneId = zone.Id, ChainKey = chain.Key, LeaderEnterpriseId = leader?.Id, LeaderName = leader?.Name,
                Note = "演示：按开发区主导产业登记；链长待填写", Provenance = provenance.Copy(),
            });
            zoneChains++;
            relations += Relations(zone.Id, chain, members, leader?.Id, profiles);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (zoneChains, relations);
    }

    // Along every supply edge, up to three local customers each get one or two suppliers: a local member of the
    // supplying link when there is one (half the time), otherwise a pool company the matcher puts in that link.
    // The chain leader also gets two outside customers downstream, which is what 以商招商 starts from.
    private int Relations(int zoneId, ChainTemplate chain, List<SegmentAssignment> members, int? leaderId, Dictionary<int, EnterpriseProfile> profiles)
    {
        var matcher = new SegmentMatcher([chain], ReferenceCodes.IndustryName);
        var outside = pool.Select(p => (p.Name, Match: matcher.Match(new MatchSubject(p.Name, p.IndustryCode, p.MainProducts, "", ""))is [var first, ..] ? first : null))
            .Where(p => p.Match is not null).ToLookup(p => p.Match!.SegmentId, p => p.Name);
        var bySegment = members.ToLookup(m => m.SegmentId);
        var count = 0;
        foreach (var edge in chain.Edges)
        {
            foreach (var customer in bySegment[edge.To].Take(3))
            {
                for (var n = 1 + random.Next(2); n > 0; n--)
                {
                    var locals = bySegment[edge.From].Where(m => m.EnterpriseId != customer.EnterpriseId).ToList();
                    var names = outside[edge.From].ToList();
                    if (locals.Count > 0 && (names.Count == 0 || random.NextDouble() < 0.5))
                    {
                        var supplier = locals[random.Next(locals.Count)].EnterpriseId;
                        Add(zoneId, customer.EnterpriseId, supplier, profiles.GetValueOrDefault(supplier)?.Name, true, chain.Key, edge);
                    }
                    else if (names.Count > 0)
                    {
                        Add(zoneId, customer.EnterpriseId, null, names[random.Next(names.Count)], true, chain.Key, edge);
                    }
                    else
                    {
                        break;
                    }
                    count++;
                }
            }
        }
        if (leaderId is { } id && members.FirstOrDefault(m => m.EnterpriseId == id) is { } leader)
        {
            foreach (var edge in chain.Edges.Where(e => e.From == leader.SegmentId).Take(2))
            {
                var names = outside[edge.To].ToList();
                if (names.Count > 0)
                {
                    Add(zoneId, id, null, names[random.Next(names.Count)], false, chain.Key, edge);
                    count++;
                }
            }
        }
        return count;
    }

    private void Add(int zoneId, int enterpriseId, int? partnerId, string? partnerName, bool partnerSupplies, string chainKey, SupplyEdge edge)
    {
        db.SupplyRelations.Add(new SupplyRelation
        {
            ZoneId = zoneId, EnterpriseId = enterpriseId, PartnerEnterpriseId = partnerId, PartnerName = partnerName ?? "", PartnerSupplies = partnerSupplies,
            ChainKey = chainKey, FromSegmentId = edge.From, ToSegmentId = edge.To, Year = year,
            AnnualAmount = Math.Round((decimal)Math.Exp(6 + random.NextDouble() * 3), 1), IsSynthetic = true, Provenance = provenance.Copy(),
        });
    }
}
