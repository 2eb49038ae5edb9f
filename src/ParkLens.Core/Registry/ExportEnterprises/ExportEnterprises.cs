using System.Data;
using System.Globalization;
using MiniExcelLibs;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ExportEnterprises;

/// <summary>Writes every enterprise matching a list filter to XLSX, in the list's order, with the filter's year figures.</summary>
public sealed class ExportEnterprisesHandler(ListEnterprisesHandler list)
{
    private static readonly (string Header, Type Type)[] Columns =
    [
        ("统一社会信用代码", typeof(string)), ("企业名称", typeof(string)), ("所属开发区", typeof(string)), ("所属园区", typeof(string)),
        ("行业代码", typeof(string)), ("行业名称", typeof(string)), ("登记注册类型", typeof(string)), ("是否上市", typeof(string)),
        ("资质", typeof(string)), ("成立日期", typeof(string)), ("年度", typeof(int)), ("营业收入(万元)", typeof(decimal)),
        ("税收(万元)", typeof(decimal)), ("从业人员(人)", typeof(int)), ("数据来源", typeof(string)),
    ];

    public async Task<int> HandleAsync(ListEnterprisesQuery query, Stream output, CancellationToken ct)
    {
        var industries = IndustryCatalog.Instance;
        using var table = new DataTable("企业名录");
        foreach (var (header, type) in Columns)
        {
            table.Columns.Add(header, type);
        }
        await foreach (var r in list.StreamAsync(query, ct))
        {
            table.Rows.Add(
                r.Uscc, r.Name, r.ZoneName, r.SubParkName, r.IndustryCode, industries.Find(r.IndustryCode)?.Name,
                RegistryTerms.Ownerships[r.Ownership], r.IsListed ? "是" : "否", RegistryTerms.FormatCertifications(r.Certifications),
                r.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (object?)r.Year ?? DBNull.Value,
                (object?)r.Revenue ?? DBNull.Value, (object?)r.Tax ?? DBNull.Value, (object?)r.Employees ?? DBNull.Value,
                r.IsSynthetic ? "合成数据（演示）" : r.UsccIsPlaceholder ? "公开报道（代码待核实）" : "登记数据");
        }
        output.SaveAs(table, sheetName: "企业名录");
        return table.Rows.Count;
    }
}
