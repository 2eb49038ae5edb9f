using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace ParkLens.Core.Common.Tabular;

internal sealed record TabularRow(int RowNumber, string?[] Cells);

internal sealed record TabularData(string[] Header, IReadOnlyList<TabularRow> Rows);

/// <summary>A file's first row failed to parse while its rows were being read (malformed CSV or XLSX).</summary>
internal sealed class TabularReadException(Exception inner) : Exception(inner.Message, inner);

/// <summary>
/// A file opened for reading row by row: <see cref="Header"/> is its first row; <see cref="Rows"/> reads the rest lazily,
/// so a large file is never held as text in memory. Errors of the format surface as <see cref="TabularReadException"/>.
/// </summary>
internal sealed class TabularStream(Stream stream, string[] header, IEnumerable<TabularRow> rows, IDisposable? owned) : IDisposable
{
    public string[] Header { get; } = header;

    public IEnumerable<TabularRow> Rows { get; } = rows;

    /// <summary>How far through the file the reading is, 0–1 (by bytes).</summary>
    public double Progress => stream.Length == 0 ? 1 : Math.Min(1, (double)stream.Position / stream.Length);

    public void Dispose() => owned?.Dispose();
}

/// <summary>Reads the first sheet of an XLSX or a CSV file (UTF-8, or GB18030 as Excel saves it on Chinese Windows) into text cells.</summary>
internal static class TabularFile
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    /// <summary>Reads the whole file (small files: projects, zones).</summary>
    public static TabularData Read(Stream stream, FileFormat format)
    {
        try
        {
            using var file = Open(stream, format);
            return new TabularData(file.Header, file.Rows.ToList());
        }
        catch (TabularReadException ex)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException!);
            throw;
        }
    }

    /// <summary>
    /// Opens the file for streaming. A stream that cannot seek (an upload) is buffered first, because the encoding of a
    /// CSV is decided by scanning all its bytes before the first row is parsed.
    /// </summary>
    public static TabularStream Open(Stream stream, FileFormat format)
    {
        MemoryStream? buffer = null;
        if (!stream.CanSeek)
        {
            buffer = new MemoryStream();
            stream.CopyTo(buffer);
            buffer.Position = 0;
            stream = buffer;
        }
        try
        {
            return format == FileFormat.Xlsx ? OpenXlsx(stream, buffer) : OpenCsv(stream, buffer);
        }
        catch (TabularReadException ex)
        {
            buffer?.Dispose();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException!);
            throw;
        }
    }

    private static TabularStream OpenCsv(Stream stream, IDisposable? owned)
    {
        var start = stream.Position;
        var encoding = IsUtf8(stream) ? new UTF8Encoding(false) : Gb18030();
        stream.Position = start;
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = start + (read == 3 && bom.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            IgnoreBlankLines = false,
            BufferSize = 1 << 16,
        });
        var header = Next(parser) ?? [];
        return new TabularStream(stream, header, CsvRows(parser), new Owned(parser, reader, owned));
    }

    private static IEnumerable<TabularRow> CsvRows(CsvParser parser)
    {
        while (Next(parser) is { } cells)
        {
            yield return new TabularRow(parser.Row, cells);
        }
    }

    private static string[]? Next(CsvParser parser)
    {
        try
        {
            return parser.Read() ? parser.Record ?? [] : null;
        }
        catch (CsvHelperException ex)
        {
            throw new TabularReadException(ex);
        }
    }

    // Decodes the bytes once with a strict decoder (GetChars keeps a character split between two buffers in the
    // decoder's state); any invalid sequence means the file is not UTF-8.
    private static bool IsUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static TabularStream OpenXlsx(Stream stream, IDisposable? owned)
    {
        IEnumerator<IDictionary<string, object?>> rows;
        try
        {
            rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().GetEnumerator();
        }
        catch (Exception ex) when (IsFormatError(ex))
        {
            throw new TabularReadException(ex);
        }
        var header = NextXlsx(rows) is { } first ? first.Select(c => c ?? "").ToArray() : [];
        return new TabularStream(stream, header, XlsxRows(rows), new Owned(rows, owned));
    }

    private static IEnumerable<TabularRow> XlsxRows(IEnumerator<IDictionary<string, object?>> rows)
    {
        var rowNumber = 1;
        while (NextXlsx(rows) is { } cells)
        {
            yield return new TabularRow(++rowNumber, cells);
        }
    }

    private static string?[]? NextXlsx(IEnumerator<IDictionary<string, object?>> rows)
    {
        try
        {
            return rows.MoveNext() ? rows.Current.Values.Select(FormatCell).ToArray() : null;
        }
        catch (Exception ex) when (IsFormatError(ex))
        {
            throw new TabularReadException(ex);
        }
    }

    private static bool IsFormatError(Exception ex) =>
        ex is InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException or ArgumentException;

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

    private sealed class Owned(params IDisposable?[] parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part?.Dispose();
            }
        }
    }
}
