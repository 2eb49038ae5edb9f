using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.Contracts;

/// <summary>A chain in force for a zone and its leaf segments (the links a project can be filed under).</summary>
public sealed record ChainOutline(string Key, string NameZh, string NameEn, IReadOnlyList<SegmentOutline> Segments);

public sealed record SegmentOutline(string Id, string NameZh, string NameEn, string PathZh);

/// <summary>What other modules may read of the chain atlas: the chains in force for a zone.</summary>
public interface IChainDirectory
{
    Task<IReadOnlyList<ChainOutline>> ForZoneAsync(ParkDbContext db, int zoneId, CancellationToken ct);
}

internal sealed class ChainDirectory(Registry.Contracts.IEnterpriseDirectory directory) : IChainDirectory
{
    public async Task<IReadOnlyList<ChainOutline>> ForZoneAsync(ParkDbContext db, int zoneId, CancellationToken ct)
    {
        var entries = await Templates.ChainCatalog.ForZoneAsync(db, directory, zoneId, ct);
        return entries.Select(e => new ChainOutline(e.Template.Key, e.Template.Name.Zh, e.Template.Name.En,
                e.Template.Leaves.Select(s => new SegmentOutline(s.Id, s.Name.Zh, s.Name.En, e.Template.PathZh(s.Id))).ToList()))
            .ToList();
    }
}
