using ParkLens.Core.Common.Tabular;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ImportRegistryFile;

internal readonly record struct ImportCounts(int Created, int Updated, int Unchanged);

/// <summary>Resolves references against the database and upserts; adds errors instead of writing when a reference fails.</summary>
internal sealed class ImportWriter(ParkDbContext db, Provenance provenance, List<ImportError> errors, Func<string, string> header, IProgress<double>? progress)
{
    private const int Chunk = 5000;
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

    public async Task<ImportCounts> EnterprisesAsync(List<EnterpriseInput> inputs, CancellationToken ct)
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
        var existing = await LoadByUsccAsync(inputs.Select(i => i.Uscc), ct);
        var resolved = new List<(EnterpriseInput Input, int ZoneId, int? SubParkId)>(inputs.Count);
        foreach (var input in inputs)
        {
            if (db.Actor.Scope.EnterpriseIds is not null && !existing.ContainsKey(input.Uscc))
            {
                // A sub-park's or an enterprise's own account edits its enterprises; it does not register new ones.
                errors.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
                continue;
            }
            if (ambiguous.Contains(input.Zone))
            {
                errors.Add(ImportRules.AmbiguousZone.At(input.Row, header("zone"), input.Zone));
                continue;
            }
            if (!zoneByName.TryGetValue(input.Zone, out var zoneId))
            {
                errors.Add(ImportRules.UnknownZone.At(input.Row, header("zone"), input.Zone));
                continue;
            }
            int? subParkId = null;
            if (input.SubPark is not null)
            {
                if (!subParks.TryGetValue((zoneId, input.SubPark), out var id))
                {
                    errors.Add(ImportRules.UnknownSubPark.At(input.Row, header("sub_park"), input.SubPark));
                    continue;
                }
                subParkId = id;
            }
            if (existing.TryGetValue(input.Uscc, out var e) && (!db.Actor.Scope.Includes(e.ZoneId, e.Id)
                || (db.Actor.Scope.EnterpriseIds is not null && (e.ZoneId != zoneId || (subParkId is not null && subParkId != e.SubParkId)))))
            {
                // Outside the caller's scope, or a sub-park's or enterprise's account trying to move its enterprise.
                errors.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
                continue;
            }
            resolved.Add((input, zoneId, subParkId));
            _zones.Add(zoneId);
        }
        if (errors.Count > 0)
        {
            return default;
        }
        var industries = IndustryCatalog.Instance;
        int created = 0, updated = 0, unchanged = 0, done = 0;
        var moved = new List<(int EnterpriseId, int FromZoneId, int ToZoneId, int? SubParkId)>();
        foreach (var (input, zoneId, subParkId) in resolved)
        {
            if (!existing.TryGetValue(input.Uscc, out var enterprise))
            {
                enterprise = new Enterprise { Uscc = input.Uscc, ZoneId = zoneId, Provenance = provenance.Copy() };
                db.Enterprises.Add(enterprise);
                created++;
            }
            enterprise.Name = input.Name;
            enterprise.NameInitials = PinyinInitials.Of(input.Name);
            if (enterprise.ZoneId != zoneId)
            {
                // The zone is part of the key: the row is saved where it is and then moved as a whole.
                moved.Add((enterprise.Id, enterprise.ZoneId, zoneId, subParkId));
            }
            else
            {
                enterprise.SubParkId = subParkId ?? enterprise.SubParkId;
            }
            enterprise.IndustryCode = input.IndustryCode;
            enterprise.IndustrySection = industries.Find(input.IndustryCode)!.Section;
            enterprise.FoundedOn = input.FoundedOn ?? enterprise.FoundedOn;
            enterprise.Ownership = input.Ownership;
            enterprise.IsListed = input.Listed ?? enterprise.IsListed;
            enterprise.Certifications = input.Certifications ?? enterprise.Certifications;
            enterprise.Tags = input.Tags ?? enterprise.Tags;
            enterprise.MainProducts = input.MainProducts ?? enterprise.MainProducts;
            enterprise.BusinessScope = input.BusinessScope ?? enterprise.BusinessScope;
            if (enterprise.Id != 0 && enterprise.ZoneId != zoneId)
            {
                enterprise.Provenance = provenance.Copy();
                updated++;
            }
            else if (enterprise.Id != 0)
            {
                (updated, unchanged) = Touch(db.Entry(enterprise), enterprise, updated, unchanged);
            }
            if (++done % Chunk == 0)
            {
                await db.SaveChangesAsync(ct);
                progress?.Report((double)done / resolved.Count);
            }
        }
        await db.SaveChangesAsync(ct);
        await MoveDependentsAsync(moved, ct);
        progress?.Report(1);
        return new ImportCounts(created, updated, unchanged);
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

    public async Task<ImportCounts> IndicatorsAsync(List<IndicatorInput> inputs, CancellationToken ct)
    {
        var enterprises = new Dictionary<string, (int Id, int ZoneId)>();
        foreach (var chunk in inputs.Select(i => i.Uscc).Distinct().Chunk(Chunk))
        {
            var found = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => chunk.Contains(e.Uscc))
                .Select(e => new { e.Uscc, e.Id, e.ZoneId }).ToListAsync(ct);
            foreach (var e in found)
            {
                enterprises[e.Uscc] = (e.Id, e.ZoneId);
            }
        }
        foreach (var input in inputs)
        {
            if (!enterprises.TryGetValue(input.Uscc, out var e))
            {
                errors.Add(ImportRules.UnknownEnterprise.At(input.Row, header("uscc")));
            }
            else if (!db.Actor.Scope.Includes(e.ZoneId, e.Id))
            {
                errors.Add(ImportRules.OutsideScope.At(input.Row, header("uscc")));
            }
            else
            {
                _zones.Add(e.ZoneId);
            }
        }
        if (errors.Count > 0)
        {
            return default;
        }
        int created = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var chunk in inputs.Chunk(Chunk))
        {
            var ids = chunk.Select(i => enterprises[i.Uscc].Id).Distinct().ToList();
            var years = chunk.Select(i => i.Year).Distinct().ToList();
            // The enterprises were checked against the scope above; their rows are looked up unfiltered so none is duplicated.
            var existing = await db.Indicators.IgnoreQueryFilters().Where(i => ids.Contains(i.EnterpriseId) && years.Contains(i.Year))
                .ToDictionaryAsync(i => (i.EnterpriseId, i.Year), ct);
            foreach (var input in chunk)
            {
                var (id, zoneId) = enterprises[input.Uscc];
                var isNew = !existing.TryGetValue((id, input.Year), out var row);
                if (isNew)
                {
                    row = new EnterpriseIndicator { EnterpriseId = id, ZoneId = zoneId, Year = input.Year, Provenance = provenance.Copy() };
                    db.Indicators.Add(row);
                    created++;
                }
                var changed = false;
                foreach (var (key, value) in input.Values)
                {
                    if (value is not null)
                    {
                        changed |= IndicatorDefinitions.Write(row!, key, value);
                    }
                }
                if (!isNew)
                {
                    if (changed)
                    {
                        row!.Provenance = provenance.Copy();
                        updated++;
                    }
                    else
                    {
                        unchanged++;
                    }
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report((double)done / inputs.Count);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private async Task<Dictionary<string, Enterprise>> LoadByUsccAsync(IEnumerable<string> usccs, CancellationToken ct)
    {
        var result = new Dictionary<string, Enterprise>();
        foreach (var chunk in usccs.Distinct().Chunk(Chunk))
        {
            foreach (var e in await db.Enterprises.IgnoreQueryFilters().Where(e => chunk.Contains(e.Uscc)).ToListAsync(ct))
            {
                result[e.Uscc] = e;
            }
        }
        return result;
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
