using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ImportRegistryFile;

internal sealed partial class ImportWriter
{
    /// <summary>
    /// Yearly figures, row by row as the file is read: each batch of parsed rows is checked for duplicates, resolved
    /// USCC → enterprise and checked against the scope; while no row anywhere has failed, its new (enterprise, year) rows
    /// go straight to the database through the engine's bulk path. Rows that exist already are collected and updated at
    /// the end through the change tracker (blank cells keep the stored value, provenance and the per-row audit only
    /// when a value changes). Once any row fails, reading goes on only to report every problem; the caller rolls back.
    /// </summary>
    public async Task<ImportCounts> IndicatorsAsync(IEnumerable<RowReader> rows, int currentYear, CancellationToken ct)
    {
        var lookup = new EnterpriseLookup(db);
        // The first row of each (enterprise, year), by ids once the USCC is known (small keys for a million rows).
        var firstRow = new Dictionary<(int EnterpriseId, int Year), int>();
        var firstUnknownRow = new Dictionary<(string Uscc, int Year), int>();
        var existing = new List<EnterpriseIndicator>();
        using var inserter = BulkInserter<EnterpriseIndicator>.Create(db, skipExisting: true);
        await using var lookupConnection = inserter.SkipsExisting ? null : new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        if (lookupConnection is not null)
        {
            await lookupConnection.OpenAsync(ct);
        }
        var stored = lookupConnection is null ? null : new StoredIndicatorKeys(db, lookupConnection);
        var problems = new List<ImportError>();
        // New rows are never tracked, so they can all carry one provenance instance.
        var stamp = provenance.Copy();
        var created = 0;
        var toAudit = new List<EnterpriseIndicator>();
        var bulk = false;
        await foreach (var batch in BatchesAsync(rows, r => ImportParsers.Indicator(r, currentYear)))
        {
            bulk |= batch.Count == Batch;
            await lookup.LoadAsync(batch.Select(i => i.Uscc), bulk, ct);
            var fresh = new List<EnterpriseIndicator>(batch.Count);
            foreach (var input in batch)
            {
                var known = lookup.TryGet(input.Uscc, out var e);
                if (known ? !firstRow.TryAdd((e.Id, input.Year), input.Row) : !firstUnknownRow.TryAdd((input.Uscc, input.Year), input.Row))
                {
                    var first = known ? firstRow[(e.Id, input.Year)] : firstUnknownRow[(input.Uscc, input.Year)];
                    problems.Add(ImportRules.DuplicateInFile.At(input.Row, header("uscc"), first));
                }
                else if (!known)
                {
                    problems.Add(ImportRules.UnknownEnterprise.At(input.Row, header("uscc")));
                }
                else if (!db.Actor.Scope.Includes(e.ZoneId, e.Id))
                {
                    problems.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
                }
                else
                {
                    _zones.Add(e.ZoneId);
                    if (problems.Count == 0)
                    {
                        fresh.Add(NewIndicator(input, e, stamp));
                    }
                }
            }
            // Parsing may have failed a row meanwhile (its count is read without a lock: at worst one more batch is
            // written before the import stops writing, and the whole transaction is rolled back anyway).
            if (problems.Count == 0 && errors.Count == 0)
            {
                if (!inserter.SkipsExisting)
                {
                    fresh = await SetAsideExistingAsync(fresh, existing, stored!, ct);
                }
                var before = existing.Count;
                await inserter.InsertAsync(fresh, existing, ct);
                created += fresh.Count - (existing.Count - before);
                if (created <= ParkDbContext.PerRowAuditLimit)
                {
                    var skipped = existing.Skip(before).ToHashSet();
                    toAudit.AddRange(fresh.Where(r => !skipped.Contains(r)));
                }
            }
        }
        errors.AddRange(problems);
        if (errors.Count > 0)
        {
            return default;
        }
        await inserter.FinishAsync(ct);
        var (updated, unchanged) = await UpdateIndicatorsAsync(existing, ct);
        if (created <= ParkDbContext.PerRowAuditLimit)
        {
            db.RecordCreated(toAudit);
        }
        progress?.Report(1);
        return new ImportCounts(created, updated, unchanged);
    }

    private static EnterpriseIndicator NewIndicator(IndicatorInput input, EnterpriseRef e, Provenance stamp)
    {
        var row = new EnterpriseIndicator { EnterpriseId = e.Id, ZoneId = e.ZoneId, Year = input.Year, Provenance = stamp };
        for (var i = 0; i < input.Values.Count; i++)
        {
            if (input.Values[i] is { } value)
            {
                IndicatorDefinitions.Set(row, i, value);
            }
        }
        return row;
    }

    // PostgreSQL's COPY cannot skip a row that exists, so those are set aside before the batch is sent.
    private static async Task<List<EnterpriseIndicator>> SetAsideExistingAsync(List<EnterpriseIndicator> rows, List<EnterpriseIndicator> existing,
        StoredIndicatorKeys stored, CancellationToken ct)
    {
        var found = await stored.FindAsync(rows, ct);
        if (found.Count == 0)
        {
            return rows;
        }
        existing.AddRange(rows.Where(r => found.Contains((r.EnterpriseId, r.Year))));
        return rows.Where(r => !found.Contains((r.EnterpriseId, r.Year))).ToList();
    }

    // The (usually few) rows that exist already: a value in the file overwrites the stored one, a blank cell keeps it.
    private async Task<(int Updated, int Unchanged)> UpdateIndicatorsAsync(List<EnterpriseIndicator> incoming, CancellationToken ct)
    {
        int updated = 0, unchanged = 0;
        foreach (var chunk in incoming.Chunk(Chunk))
        {
            var ids = chunk.Select(i => i.EnterpriseId).Distinct().ToList();
            var years = chunk.Select(i => i.Year).Distinct().ToList();
            // The enterprises were checked against the scope; their rows are looked up unfiltered so none is duplicated.
            var stored = await db.Indicators.IgnoreQueryFilters().Where(i => ids.Contains(i.EnterpriseId) && years.Contains(i.Year))
                .ToDictionaryAsync(i => (i.EnterpriseId, i.Year), ct);
            foreach (var input in chunk)
            {
                var row = stored.GetValueOrDefault((input.EnterpriseId, input.Year))
                    ?? throw new InvalidOperationException($"indicator row of enterprise {input.EnterpriseId}, {input.Year} was neither new nor found");
                var changed = false;
                foreach (var d in IndicatorDefinitions.All)
                {
                    if (IndicatorDefinitions.Read(input, d.Key) is { } value)
                    {
                        changed |= IndicatorDefinitions.Write(row, d.Key, value);
                    }
                }
                if (changed)
                {
                    row.Provenance = provenance.Copy();
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return (updated, unchanged);
    }
}
