using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ImportRegistryFile;

internal sealed partial class ImportWriter
{
    /// <summary>
    /// Enterprises, row by row as the file is read: each batch is checked for duplicates, zone, sub-park and scope;
    /// while no row anywhere has failed, the new enterprises go straight to the database through the engine's bulk path.
    /// Enterprises that exist already are updated at the end through the change tracker, as before (blank cells keep the
    /// stored value; provenance and the per-row audit only on a real change; a move to another zone takes its figures along).
    /// </summary>
    public async Task<ImportCounts> EnterprisesAsync(IEnumerable<RowReader> rows, DateOnly today, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().Select(z => new { z.Id, z.Name, z.ShortName }).ToListAsync(ct);
        var zoneByName = new Dictionary<string, int>();
        var ambiguous = new HashSet<string>();
        foreach (var z in zones)
        {
            foreach (var name in new[] { z.Name, z.ShortName }.Distinct())
            {
                if (!zoneByName.TryAdd(name, z.Id) && zoneByName[name] != z.Id)
                {
                    ambiguous.Add(name);
                }
            }
        }
        var subParks = await db.SubParks.AsNoTracking().ToDictionaryAsync(s => (s.ZoneId, s.Name), s => s.Id, ct);
        var lookup = new EnterpriseLookup(db);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var existing = new List<(EnterpriseInput Input, int ZoneId, int? SubParkId)>();
        using var inserter = BulkInserter<Enterprise>.Create(db, skipExisting: false);
        var problems = new List<ImportError>();
        var created = 0;
        var toAudit = new List<Enterprise>();
        var bulk = false;
        await foreach (var batch in BatchesAsync(rows, r => ImportParsers.Enterprise(r, today)))
        {
            bulk |= batch.Count == Batch;
            await lookup.LoadAsync(batch.Select(i => i.Uscc), bulk, ct);
            var fresh = new List<Enterprise>(batch.Count);
            foreach (var input in batch)
            {
                if (!firstRow.TryAdd(input.Uscc, input.Row))
                {
                    problems.Add(ImportRules.DuplicateInFile.At(input.Row, header("uscc"), firstRow[input.Uscc]));
                    continue;
                }
                var known = lookup.TryGet(input.Uscc, out var e);
                if (Resolve(input, known ? e : null, zoneByName, ambiguous, subParks, problems) is not { } resolved)
                {
                    continue;
                }
                _zones.Add(resolved.ZoneId);
                if (problems.Count > 0)
                {
                    continue;
                }
                if (known)
                {
                    existing.Add((input, resolved.ZoneId, resolved.SubParkId));
                }
                else
                {
                    var enterprise = new Enterprise { Uscc = input.Uscc, Provenance = provenance.Copy() };
                    Apply(enterprise, input, resolved.ZoneId, resolved.SubParkId);
                    fresh.Add(enterprise);
                }
            }
            // Parsing may have failed a row meanwhile (read without a lock: at worst one more batch is written before
            // the import stops writing, and the whole transaction is rolled back anyway).
            if (problems.Count == 0 && errors.Count == 0)
            {
                await inserter.InsertAsync(fresh, [], ct);
                created += fresh.Count;
                if (created <= ParkDbContext.PerRowAuditLimit)
                {
                    toAudit.AddRange(fresh);
                }
            }
        }
        errors.AddRange(problems);
        if (errors.Count > 0)
        {
            return default;
        }
        await inserter.FinishAsync(ct);
        var (updated, unchanged) = await UpdateEnterprisesAsync(existing, ct);
        if (created <= ParkDbContext.PerRowAuditLimit)
        {
            db.RecordCreated(toAudit);
        }
        progress?.Report(1);
        return new ImportCounts(created, updated, unchanged);
    }

    private (int ZoneId, int? SubParkId)? Resolve(EnterpriseInput input, EnterpriseRef? e, Dictionary<string, int> zoneByName, HashSet<string> ambiguous,
        Dictionary<(int ZoneId, string Name), int> subParks, List<ImportError> problems)
    {
        if (db.Actor.Scope.EnterpriseIds is not null && e is null)
        {
            // A sub-park's or an enterprise's own account edits its enterprises; it does not register new ones.
            problems.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
            return null;
        }
        if (ambiguous.Contains(input.Zone))
        {
            problems.Add(ImportRules.AmbiguousZone.At(input.Row, header("zone"), input.Zone));
            return null;
        }
        if (!zoneByName.TryGetValue(input.Zone, out var zoneId))
        {
            problems.Add(ImportRules.UnknownZone.At(input.Row, header("zone"), input.Zone));
            return null;
        }
        int? subParkId = null;
        if (input.SubPark is not null)
        {
            if (!subParks.TryGetValue((zoneId, input.SubPark), out var id))
            {
                problems.Add(ImportRules.UnknownSubPark.At(input.Row, header("sub_park"), input.SubPark));
                return null;
            }
            subParkId = id;
        }
        if (e is { } found && (!db.Actor.Scope.Includes(found.ZoneId, found.Id)
            || (db.Actor.Scope.EnterpriseIds is not null && (found.ZoneId != zoneId || (subParkId is not null && subParkId != found.SubParkId)))))
        {
            // Outside the caller's scope, or a sub-park's or enterprise's account trying to move its enterprise.
            problems.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
            return null;
        }
        return (zoneId, subParkId);
    }

    private static void Apply(Enterprise enterprise, EnterpriseInput input, int zoneId, int? subParkId)
    {
        enterprise.Name = input.Name;
        enterprise.NameInitials = PinyinInitials.Of(input.Name);
        if (enterprise.Id == 0 || enterprise.ZoneId == zoneId)
        {
            enterprise.SubParkId = subParkId ?? (enterprise.ZoneId == zoneId ? enterprise.SubParkId : null);
            enterprise.ZoneId = zoneId;
        }
        // Otherwise the zone is part of the key: the row is saved where it is and then moved as a whole (MoveDependentsAsync).
        enterprise.IndustryCode = input.IndustryCode;
        enterprise.IndustrySection = IndustryCatalog.Instance.Find(input.IndustryCode)!.Section;
        enterprise.FoundedOn = input.FoundedOn ?? enterprise.FoundedOn;
        enterprise.Ownership = input.Ownership;
        enterprise.IsListed = input.Listed ?? enterprise.IsListed;
        enterprise.Certifications = input.Certifications ?? enterprise.Certifications;
        enterprise.Tags = input.Tags ?? enterprise.Tags;
        enterprise.MainProducts = input.MainProducts ?? enterprise.MainProducts;
        enterprise.BusinessScope = input.BusinessScope ?? enterprise.BusinessScope;
    }

    // The enterprises that exist already, through the change tracker as every other edit.
    private async Task<(int Updated, int Unchanged)> UpdateEnterprisesAsync(List<(EnterpriseInput Input, int ZoneId, int? SubParkId)> incoming, CancellationToken ct)
    {
        int updated = 0, unchanged = 0;
        var moved = new List<(int EnterpriseId, int FromZoneId, int ToZoneId, int? SubParkId)>();
        foreach (var chunk in incoming.Chunk(Chunk))
        {
            var usccs = chunk.Select(i => i.Input.Uscc).ToList();
            var stored = await db.Enterprises.IgnoreQueryFilters().Where(e => usccs.Contains(e.Uscc)).ToDictionaryAsync(e => e.Uscc, ct);
            foreach (var (input, zoneId, subParkId) in chunk)
            {
                var enterprise = stored[input.Uscc];
                Apply(enterprise, input, zoneId, subParkId);
                if (enterprise.ZoneId != zoneId)
                {
                    moved.Add((enterprise.Id, enterprise.ZoneId, zoneId, subParkId));
                    enterprise.Provenance = provenance.Copy();
                    updated++;
                }
                else
                {
                    (updated, unchanged) = Touch(db.Entry(enterprise), enterprise, updated, unchanged);
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await MoveDependentsAsync(moved, ct);
        return (updated, unchanged);
    }
}
