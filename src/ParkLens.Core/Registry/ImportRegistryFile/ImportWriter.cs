using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ImportRegistryFile;

internal readonly record struct ImportCounts(int Created, int Updated, int Unchanged);

/// <summary>Resolves references against the database and upserts; adds errors instead of writing when a reference fails.</summary>
internal sealed partial class ImportWriter(
    ParkDbContext db, Provenance provenance, List<ImportError> errors, Func<string, string> header, IProgress<double>? progress, Func<double> position)
{
    private const int Chunk = 5000;

    // Rows parsed, resolved and written together; a full first batch marks the file as a bulk one.
    private const int Batch = 10_000;

    // Batches parsed ahead of the writer: enough to keep parsing while PostgreSQL checks a COPY's foreign keys.
    private const int ReadAhead = 10;
    private readonly HashSet<int> _zones = [];

    /// <summary>The zone the imported rows belong to when they all belong to one (so its administrators see the import in their log).</summary>
    public int? SingleZoneId => _zones.Count == 1 ? _zones.First() : null;

    public async Task<ImportCounts> ZonesAsync(List<ZoneInput> inputs, CancellationToken ct)
    {
        if (errors.Count > 0)
        {
            return default;
        }
        var names = inputs.Select(i => i.Name).ToList();
        var existing = await db.Zones.IgnoreQueryFilters().Where(z => names.Contains(z.Name)).ToDictionaryAsync(z => z.Name, ct);
        foreach (var input in inputs.Where(i => existing.TryGetValue(i.Name, out var z) && !db.Actor.Scope.Includes(z.Id)))
        {
            errors.Add(ImportRules.OutsideScope.At(input.Row, header("name")));
        }
        if (errors.Count > 0)
        {
            return default;
        }
        var authorities = await db.Authorities.ToDictionaryAsync(a => a.Name, ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var input in inputs)
        {
            if (!authorities.TryGetValue(input.Authority, out var authority))
            {
                authority = new Authority { Name = input.Authority, ProvinceCode = input.ProvinceCode };
                db.Authorities.Add(authority);
                authorities[input.Authority] = authority;
            }
            if (!existing.TryGetValue(input.Name, out var zone))
            {
                zone = new Zone { Name = input.Name };
                db.Zones.Add(zone);
                created++;
            }
            zone.ShortName = input.ShortName;
            zone.Level = input.Level;
            zone.Kind = input.Kind;
            zone.ProvinceCode = input.ProvinceCode;
            zone.CityCode = input.CityCode;
            zone.ApprovalYear = input.ApprovalYear ?? zone.ApprovalYear;
            zone.ApprovedAreaHa = input.ApprovedAreaHa ?? zone.ApprovedAreaHa;
            zone.LeadingIndustries = input.LeadingIndustries.Length > 0 ? input.LeadingIndustries : zone.LeadingIndustries;
            zone.CatalogueCode = input.CatalogueCode ?? zone.CatalogueCode;
            zone.Authority = authority;
            if (zone.Id != 0)
            {
                (updated, unchanged) = Touch(db.Entry(zone), zone, updated, unchanged);
            }
            else
            {
                zone.Provenance = provenance.Copy();
            }
        }
        await db.SaveChangesAsync(ct);
        progress?.Report(1);
        return new ImportCounts(created, updated, unchanged);
    }

    /// <summary>
    /// The parsed rows in batches, parsed on a worker up to <see cref="ReadAhead"/> batches ahead of the batch being
    /// resolved and written (parsing and writing take about as long as each other, and on PostgreSQL the writer waits for
    /// the server's foreign-key checks every so often). Parsing records its problems in the import's error list; the
    /// resolving side keeps its own list until the file is read, so the two never add to one list at the same time.
    /// </summary>
    private async IAsyncEnumerable<List<T>> BatchesAsync<T>(IEnumerable<RowReader> rows, Func<RowReader, T?> parse)
        where T : class
    {
        var parsed = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reading = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in Batches(rows, parse))
                {
                    await parsed.Writer.WriteAsync(batch, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The writer stopped (it failed); nothing more is read.
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                parsed.Writer.Complete();
            }
        });
        try
        {
            await foreach (var batch in parsed.Reader.ReadAllAsync())
            {
                yield return batch;
                progress?.Report(position());
            }
            await reading;
            failure?.Throw();
        }
        finally
        {
            // The reader is disposed only once no read is running on it (also when writing failed).
            await stop.CancelAsync();
            await reading;
        }
    }

    private static IEnumerable<List<T>> Batches<T>(IEnumerable<RowReader> rows, Func<RowReader, T?> parse)
        where T : class
    {
        var batch = new List<T>(Batch);
        foreach (var row in rows)
        {
            if (parse(row) is { } input)
            {
                batch.Add(input);
                if (batch.Count == Batch)
                {
                    yield return batch;
                    batch = new List<T>(Batch);
                }
            }
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    // An enterprise that changes zone takes its figures, facts and property with it, so the old zone neither keeps
    // seeing them nor double-counts them.
    private async Task MoveDependentsAsync(List<(int EnterpriseId, int FromZoneId, int ToZoneId, int? SubParkId)> moved, CancellationToken ct)
    {
        foreach (var (id, from, to, subParkId) in moved)
        {
            var rows = await EnterpriseMove.MoveAsync(db, id, from, to, subParkId, ct);
            db.Record(Access.Domain.AuditAction.Update, nameof(Enterprise) + ".Move", id.ToString(System.Globalization.CultureInfo.InvariantCulture), to, new { fromZone = from, toZone = to, dependentRows = rows });
        }
        if (moved.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    // An existing row gets new provenance only when a value really changed, so a re-import leaves it untouched.
    private (int Updated, int Unchanged) Touch<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, T entity, int updated, int unchanged)
        where T : class
    {
        entry.DetectChanges();
        if (entry.State != EntityState.Modified)
        {
            return (updated, unchanged + 1);
        }
        switch (entity)
        {
            case Zone z: z.Provenance = provenance.Copy(); break;
            case Enterprise e: e.Provenance = provenance.Copy(); break;
        }
        return (updated + 1, unchanged);
    }
}
