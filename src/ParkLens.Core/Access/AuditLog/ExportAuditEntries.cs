using System.Globalization;
using MiniExcelLibs;

namespace ParkLens.Core.Access.AuditLog;

/// <summary>The filtered audit log as an XLSX sheet (at most 100,000 entries, newest first).</summary>
public sealed class ExportAuditEntriesHandler(ListAuditEntriesHandler list)
{
    public async Task<int> HandleAsync(ListAuditEntriesQuery query, Stream output, CancellationToken ct)
    {
        var rows = await list.AllAsync(query, ct);
        output.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["时间(UTC)"] = r.AtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["操作人"] = r.Actor,
            ["操作"] = r.Action.ToString(),
            ["对象"] = r.EntityType,
            ["标识"] = r.EntityKey,
            ["开发区"] = r.ZoneId,
            ["变更"] = r.Changes,
        }).ToList(), sheetName: "审计日志");
        return rows.Count;
    }
}
