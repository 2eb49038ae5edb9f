using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Analytics;

/// <summary>Everything the analytics of one zone read, loaded once: chains in force, enterprises (by name), sizes, mappings, relations, roles.</summary>
internal sealed class ZoneChainData
{
    private ZoneChainData(
        ZonePlace zone, int year, IReadOnlyList<ChainEntry> chains, Dictionary<int, EnterpriseName> enterprises,
        ILookup<int, EnterpriseSize> sizes, List<SegmentAssignment> assignments, List<SupplyRelation> relations, List<ZoneChain> roles)
    {
        Zone = zone;
        Year = year;
        Chains = chains;
        Enterprises = enterprises;
        Sizes = sizes;
        Assignments = assignments;
        Relations = relations;
        Roles = roles;
    }

    public ZonePlace Zone { get; }

    public int Year { get; }

    public IReadOnlyList<ChainEntry> Chains { get; }

    public Dictionary<int, EnterpriseName> Enterprises { get; }

    public ILookup<int, EnterpriseSize> Sizes { get; }

    public List<SegmentAssignment> Assignments { get; }

    public List<SupplyRelation> Relations { get; }

    public List<ZoneChain> Roles { get; }

    public static async Task<ZoneChainData?> LoadAsync(ParkDbContext db, IEnterpriseDirectory directory, int zoneId, int year, CancellationToken ct)
    {
        var zone = (await directory.ZonesAsync(db, ct)).FirstOrDefault(z => z.Id == zoneId);
        if (zone is null)
        {
            return null;
        }
        var chains = await ChainCatalog.ForAsync(db, zoneId, zone.AuthorityId, ct);
        var enterprises = (await directory.ZoneNamesAsync(db, zoneId, ct)).ToDictionary(e => e.Id);
        var sizes = (await directory.ZoneSizesAsync(db, zoneId, year - 1, year, ct)).ToLookup(s => s.EnterpriseId);
        // What the analytics read of a mapping, without its provenance and review trail.
        var assignments = await db.SegmentAssignments.Where(a => a.ZoneId == zoneId).AsNoTracking()
            .Select(a => new SegmentAssignment
            {
                Id = a.Id, ZoneId = a.ZoneId, EnterpriseId = a.EnterpriseId, ChainKey = a.ChainKey, SegmentId = a.SegmentId, Confidence = a.Confidence,
                Status = a.Status, Reason = a.Reason, ReasonEn = a.ReasonEn, TemplateVersion = a.TemplateVersion,
            })
            .ToListAsync(ct);
        var relations = await db.SupplyRelations.Where(r => r.ZoneId == zoneId).AsNoTracking().ToListAsync(ct);
        var roles = await db.ZoneChains.Where(c => c.ZoneId == zoneId).AsNoTracking().ToListAsync(ct);
        return new ZoneChainData(zone, year, chains, enterprises, sizes, assignments, relations, roles);
    }

    /// <summary>The counted members of a chain in a year: mapped enterprises (of the caller's scope) with that year's size.</summary>
    public List<ChainMember> Members(ChainTemplate chain, int year) => Assignments
        .Where(a => a.ChainKey == chain.Key && SegmentAssignment.Counts(a.Status, a.Confidence) && chain.Segment(a.SegmentId) is { IsGroup: false })
        .Where(a => Enterprises.ContainsKey(a.EnterpriseId))
        .Select(a =>
        {
            var e = Enterprises[a.EnterpriseId];
            var size = Sizes[a.EnterpriseId].FirstOrDefault(s => s.Year == year);
            return new ChainMember(e.Id, e.Name, a.SegmentId, size?.Revenue, size?.GrossOutput, e.IsSynthetic);
        }).ToList();

    /// <summary>
    /// The members a year earlier: an enterprise that reported this year but not the year before had not filled its link
    /// yet; one without figures in either year is taken as present in both (absence of figures is not absence of the firm).
    /// </summary>
    public List<ChainMember> MembersBefore(ChainTemplate chain) =>
        Members(chain, Year - 1).Where(m => Reported(m.EnterpriseId, Year - 1) || !Reported(m.EnterpriseId, Year)).ToList();

    private bool Reported(int enterpriseId, int year) =>
        Sizes[enterpriseId].Any(s => s.Year == year && (s.Revenue is not null || s.GrossOutput is not null));

    public List<KnownSupply> Supplies(ChainTemplate chain, int? year = null) => Relations
        .Where(r => r.ChainKey == chain.Key && r.PartnerSupplies && (year is null || r.Year == year))
        .Select(r => new KnownSupply(r.FromSegmentId, r.ToSegmentId, r.PartnerEnterpriseId is not null, r.AnnualAmount)).ToList();

    public ZoneChain? Role(string chainKey) => Roles.FirstOrDefault(r => r.ChainKey == chainKey);
}
