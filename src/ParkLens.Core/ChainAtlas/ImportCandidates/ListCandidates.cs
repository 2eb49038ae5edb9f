using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.ImportCandidates;

public sealed record ListCandidatesQuery(string? Q = null, string? ChainKey = null, string? ProvinceCode = null, int Page = 1, int PageSize = 50);

public sealed record CandidateRow(
    int Id, string Name, string ProvinceCode, string? CityCode, string IndustryCode, string MainProducts, string? ListedBoard, string? StockCode,
    IReadOnlyList<string> Lists, IReadOnlyList<string> Chains, string Source, DateTime ImportedAtUtc, string ImportedBy);

public sealed record CandidatePage(int Total, int Page, int PageSize, IReadOnlyList<CandidateRow> Items);

/// <summary>The national candidate pool as imported: search by name or product fragment, chain hint and province.</summary>
public sealed class ListCandidatesHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor)
{
    public async Task<CandidatePage?> HandleAsync(ListCandidatesQuery query, CancellationToken ct)
    {
        if (!Access.Domain.WritePermissions.CanSeeTargets(actor.Role))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = db.PoolCandidates.AsNoTracking();
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            rows = rows.Where(c => c.Name.Contains(q) || c.MainProducts.Contains(q) || c.StockCode == q);
        }
        if (query.ChainKey is { Length: > 0 } chain)
        {
            rows = rows.Where(c => c.Chains.Contains(chain));
        }
        if (query.ProvinceCode is { Length: > 0 } province)
        {
            rows = rows.Where(c => c.ProvinceCode == province);
        }
        var total = await rows.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Clamp(query.Page, 1, 1_000_000);
        var items = await rows.OrderBy(c => c.Name).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        static IReadOnlyList<string> Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CandidatePage(total, page, pageSize, items.Select(c => new CandidateRow(c.Id, c.Name, c.ProvinceCode, c.CityCode, c.IndustryCode, c.MainProducts,
            c.ListedBoard, c.StockCode, Split(c.Lists), Split(c.Chains), c.Source, c.ImportedAtUtc, c.ImportedBy)).ToList());
    }
}
