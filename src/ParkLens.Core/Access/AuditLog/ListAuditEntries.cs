using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.AuditLog;

public sealed record ListAuditEntriesQuery
{
    public string? Text { get; init; }

    public AuditAction? Action { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

public sealed record AuditRow(long Id, DateTime AtUtc, string Actor, AuditAction Action, string EntityType, string? EntityKey, int? ZoneId, string? Changes);

/// <summary>The audit log the caller's scope covers (its zones' entries; everything for a system administrator), newest first.</summary>
public sealed class ListAuditEntriesHandler(IDbContextFactory<ParkDbContext> dbs)
{
    public async Task<Page<AuditRow>> HandleAsync(ListAuditEntriesQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Project(rows.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new Page<AuditRow>(items, total, page, size);
    }

    public async Task<IReadOnlyList<AuditRow>> AllAsync(ListAuditEntriesQuery query, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Project(Filter(db, query).OrderByDescending(a => a.Id).Take(100_000)).ToListAsync(ct);
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> rows) =>
        rows.Select(a => new AuditRow(a.Id, a.AtUtc, a.Actor, a.Action, a.EntityType, a.EntityKey, a.ZoneId, a.Changes));

    private static IQueryable<AuditEntry> Filter(ParkDbContext db, ListAuditEntriesQuery q)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (q.Action is { } action)
        {
            rows = rows.Where(a => a.Action == action);
        }
        if (q.FromUtc is { } from)
        {
            rows = rows.Where(a => a.AtUtc >= from);
        }
        if (q.ToUtc is { } to)
        {
            rows = rows.Where(a => a.AtUtc < to);
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var t = q.Text.Trim();
            rows = rows.Where(a => a.Actor.Contains(t) || a.EntityType.Contains(t) || (a.EntityKey != null && a.EntityKey.Contains(t)) || (a.Changes != null && a.Changes.Contains(t)));
        }
        return rows;
    }
}
