using ParkLens.Core.Common.Tabular;
using System.Data;
using System.Text;
using MiniExcelLibs;

namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>Empty import templates: the header row, and in XLSX a second sheet explaining each column.</summary>
public static class ImportTemplates
{
    public static string FileName(ImportKind kind, FileFormat format) =>
        $"parklens-{kind.ToString().ToLowerInvariant()}-template.{(format == FileFormat.Xlsx ? "xlsx" : "csv")}";

    public static void Write(ImportKind kind, FileFormat format, Stream output)
    {
        var columns = ImportColumns.For(kind);
        if (format == FileFormat.Csv)
        {
            // A BOM makes Excel on Chinese Windows open the UTF-8 file correctly.
            using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
            writer.Write(string.Join(",", columns.Select(c => c.Label)));
            writer.Write("\r\n");
            return;
        }
        using var data = new DataTable("数据");
        foreach (var c in columns)
        {
            data.Columns.Add(c.Label, typeof(string));
        }
        var help = columns.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.Label,
            ["英文"] = c.EnLabel,
            ["代码"] = c.Key,
            ["必填"] = c.Required ? "是" : "否",
            ["示例"] = c.Example,
            ["说明"] = c.Help,
        }).ToList();
        output.SaveAs(new Dictionary<string, object> { ["数据"] = data, ["说明"] = help });
    }
}
