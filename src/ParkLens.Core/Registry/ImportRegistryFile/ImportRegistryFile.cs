using System.Collections.Frozen;
using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.ImportRegistryFile;

public sealed record ImportResult(ImportKind Kind, string FileName, int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    /// <summary>All problems found; <see cref="Errors"/> holds the first <see cref="ImportRegistryFileHandler.MaxErrorsReported"/>.</summary>
    public int ErrorCount { get; init; } = Errors.Count;

    /// <summary>The actor's role may not import this kind at all (the API answers 403).</summary>
    public bool NotPermitted { get; init; }

    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports zones, enterprises or yearly indicators from CSV or XLSX. Every row is validated; a file with any error
/// writes nothing (everything happens in one transaction, rolled back on the first error found, while the rest of the
/// file is still read so every problem is reported). Rows upsert by zone name, USCC, and (USCC, year); a blank cell
/// leaves the stored value as it is, so re-importing a file changes nothing. The file is streamed: new enterprises and
/// new yearly rows go in through the engine's bulk path (<see cref="BulkInserter{T}"/>) and are covered by the one
/// import entry of the audit log; changes to existing rows go through the change tracker and are audited row by row.
/// </summary>
public sealed class ImportRegistryFileHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public const int MaxErrorsReported = 1000;

    public async Task<ImportResult> HandleAsync(ImportKind kind, Stream content, string fileName, IProgress<double>? progress, CancellationToken ct)
    {
        if (!Access.Domain.WritePermissions.CanImport(actor.Role, kind))
        {
            return Failed(kind, fileName, 0, [ImportRules.NotPermitted.At(1, "-", kind)]) with { NotPermitted = true };
        }
        TabularStream file;
        try
        {
            file = TabularFile.Open(content, FileFormats.FromFileName(fileName));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException
            or CsvHelper.CsvHelperException or System.Xml.XmlException or ArgumentException)
        {
            return Failed(kind, fileName, 0, [ImportRules.UnreadableFile.At(1, "-", ex.GetType().Name)]);
        }
        using (file)
        {
            try
            {
                return await ImportAsync(kind, file, fileName, progress, ct);
            }
            catch (TabularReadException ex)
            {
                // Malformed further down the file: whatever was written so far was rolled back with the transaction.
                return Failed(kind, fileName, 0, [ImportRules.UnreadableFile.At(1, "-", ex.InnerException!.GetType().Name)]);
            }
        }
    }

    private async Task<ImportResult> ImportAsync(ImportKind kind, TabularStream file, string fileName, IProgress<double>? progress, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var map = MapHeader(file.Header, ImportColumns.For(kind), errors);
        if (errors.Count > 0)
        {
            return Failed(kind, fileName, 0, errors);
        }
        var now = clock.GetUtcNow();
        var rows = 0;
        // Every cell of every row looks its column up here, so by a frozen, ordinal map.
        var columns = map.ToFrozenDictionary(StringComparer.Ordinal);
        var readers = file.Rows.Select(row => new RowReader(columns, row, errors)).Where(r => !r.IsBlank).Select(r =>
        {
            rows++;
            return r;
        });
        var provenance = Provenance.Of(DataSource.Import, Path.GetFileName(fileName), now.UtcDateTime, actor.Name);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var bulkSettings = await BulkLoadSettings.ApplyAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var writer = new ImportWriter(db, provenance, errors, key => map.TryGetValue(key, out var c) ? c.Header : key, progress, () => file.Progress);
        var counts = kind switch
        {
            ImportKind.Zones => await writer.ZonesAsync(Parse(readers.ToList(), r => ImportParsers.Zone(r, now.Year), i => i.Name, errors), ct),
            ImportKind.Enterprises => await writer.EnterprisesAsync(readers, DateOnly.FromDateTime(now.Date), ct),
            _ => await writer.IndicatorsAsync(readers, now.Year, ct),
        };
        if (rows == 0 && errors.Count == 0)
        {
            errors.Add(ImportRules.EmptyFile.At(1, "-"));
        }
        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            return Failed(kind, fileName, rows, errors);
        }
        db.Record(Access.Domain.AuditAction.Import, kind.ToString(), Path.GetFileName(fileName), writer.SingleZoneId,
            new { rows, created = counts.Created, updated = counts.Updated, unchanged = counts.Unchanged });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult(kind, fileName, rows, counts.Created, counts.Updated, counts.Unchanged, []);
    }

    private static List<T> Parse<T, TKey>(List<RowReader> readers, Func<RowReader, T?> parse, Func<T, TKey> key, List<ImportError> errors)
        where T : class
        where TKey : notnull
    {
        var inputs = new List<T>(readers.Count);
        var firstRow = new Dictionary<TKey, int>();
        foreach (var reader in readers)
        {
            var input = parse(reader);
            if (input is null)
            {
                continue;
            }
            if (firstRow.TryGetValue(key(input), out var first))
            {
                errors.Add(ImportRules.DuplicateInFile.At(reader.Row, reader.Header(DuplicateColumn(input)), first));
                continue;
            }
            firstRow[key(input)] = reader.Row;
            inputs.Add(input);
        }
        return inputs;
    }

    private static string DuplicateColumn(object input) => input is ZoneInput ? "name" : "uscc";

    private static Dictionary<string, (int Index, string Header)> MapHeader(string[] header, IReadOnlyList<ImportColumn> columns, List<ImportError> errors)
    {
        var map = new Dictionary<string, (int, string)>();
        for (var i = 0; i < header.Length; i++)
        {
            var text = header[i]?.Trim() ?? "";
            if (text.Length == 0)
            {
                continue;
            }
            var column = columns.FirstOrDefault(c => c.Matches(text));
            if (column is null)
            {
                errors.Add(ImportRules.UnknownColumn.At(1, text, string.Join("、", columns.Select(c => c.Label))));
            }
            else if (!map.TryAdd(column.Key, (i, text)))
            {
                errors.Add(ImportRules.DuplicateColumn.At(1, text));
            }
        }
        foreach (var missing in columns.Where(c => c.Required && !map.ContainsKey(c.Key)))
        {
            errors.Add(ImportRules.MissingColumn.At(1, missing.Label));
        }
        return map;
    }

    private static ImportResult Failed(ImportKind kind, string fileName, int rows, List<ImportError> errors) =>
        new(kind, fileName, rows, 0, 0, 0, errors.OrderBy(e => e.Row).Take(MaxErrorsReported).ToArray()) { ErrorCount = errors.Count };
}
