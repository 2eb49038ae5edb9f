using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.ListProjectOptions;

public sealed record SubParkOption(int Id, string Name);

/// <summary>What a project's form may choose from in a zone: its sub-parks and the chains in force there (built-in and the zone's own) with their segments.</summary>
public sealed record ProjectOptions(IReadOnlyList<SubParkOption> SubParks, IReadOnlyList<ChainOutline> Chains)
{
    public static readonly ProjectOptions Empty = new([], []);

    /// <summary>The chain's name in the UI language, or the key itself when the zone has no such chain (e.g. one since retired).</summary>
    public string ChainName(string? key) =>
        key is null ? "—" : Chains.FirstOrDefault(c => c.Key == key) is { } c ? UiLanguage.Pick(c.NameZh, c.NameEn) : key;

    /// <summary>The segment's name in the UI language, or its id when the chain has no such segment.</summary>
    public string SegmentName(string? chainKey, string? segmentId) =>
        segmentId is null ? "" : Chains.FirstOrDefault(c => c.Key == chainKey)?.Segments.FirstOrDefault(s => s.Id == segmentId) is { } s
            ? UiLanguage.Pick(s.NameZh, s.NameEn) : segmentId;
}

/// <summary>The choices of the project form for one zone; null when the caller may not read the pipeline or the zone is outside its scope.</summary>
public sealed class ListProjectOptionsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, IChainDirectory chains, ICurrentActor actor)
{
    public async Task<ProjectOptions?> HandleAsync(int zoneId, CancellationToken ct)
    {
        if (!InvestmentProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, zoneId, ct))
        {
            return null;
        }
        var subParks = (await registry.SubParksAsync(db, zoneId, ct))
            .Select(kv => new SubParkOption(kv.Key, kv.Value)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new ProjectOptions(subParks, await chains.ForZoneAsync(db, zoneId, ct));
    }
}
