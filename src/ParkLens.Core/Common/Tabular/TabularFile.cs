using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace ParkLens.Core.Common.Tabular;

internal sealed record TabularRow(int RowNumber, string?[] Cells);

internal sealed record TabularData(string[] Header, IReadOnlyList<TabularRow> Rows);

/// <summary>Reads the first sheet of an XLSX or a CSV file (UTF-8, or GB18030 as Excel saves it on Chinese Windows) into text cells.</summary>
internal static class TabularFile
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    public static TabularData Read(Stream stream, FileFormat format) =>
        format == FileFormat.Xlsx ? ReadXlsx(stream) : ReadCsv(stream);

    private static TabularData ReadCsv(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            IgnoreBlankLines = false,
        });
        var rows = new List<TabularRow>();
        string[] header = [];
        while (csv.Read())
        {
            var cells = csv.Parser.Record ?? [];
            var rowNumber = csv.Parser.Row;
            if (header.Length == 0)
            {
                header = cells;
                continue;
            }
            rows.Add(new TabularRow(rowNumber, cells));
        }
        return new TabularData(header, rows);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static TabularData ReadXlsx(Stream stream)
    {
        var rows = new List<TabularRow>();
        string[] header = [];
        var rowNumber = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
        {
            rowNumber++;
            var cells = row.Values.Select(FormatCell).ToArray();
            if (rowNumber == 1)
            {
                header = cells.Select(c => c ?? "").ToArray();
                continue;
            }
            rows.Add(new TabularRow(rowNumber, cells));
        }
        return new TabularData(header, rows);
    }

    private static string? FormatCell(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
