using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

public abstract partial class ParkDbContext
{
    // Values that must never be copied into the log.
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Hash", "Password", "NormalizedUserName", "NormalizedEmail"];

    /// <summary>When false, entity writes are not logged one by one (bulk seeding logs one summary entry instead).</summary>
    internal bool EntityAudit { get; set; } = true;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        RefuseAuditRewrites();
        var pending = EntityAudit ? Capture() : [];
        var zoneRows = ChangedZoneRows();
        if (pending.Count == 0 && zoneRows.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Read after the save: a new zone has its id only now.
        foreach (var row in zoneRows)
        {
            ZoneVersions.Touch(this, row.ZoneId);
        }
        if (pending.Count > 0)
        {
            AuditEntries.AddRange(pending.Select(p => p.Complete()));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return count;
    }

    /// <summary>Zones whose data the current transaction changed; their versions go up when it commits (<see cref="ZoneVersions"/>).</summary>
    internal HashSet<int> TouchedZones { get; } = [];

    /// <summary>Set while a transaction that wrote zones' data commits (<see cref="ZoneVersions.LocalWrites"/>).</summary>
    internal bool CommittingZoneWrites { get; set; }

    private List<IZoneOwned> ChangedZoneRows() => ChangeTracker.Entries()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(e => e.Entity).OfType<IZoneOwned>().ToList();

    /// <summary>Adds an event entry (import, login, token use …) to be written with the next save.</summary>
    internal void Record(AuditAction action, string entityType, string? entityKey, int? zoneId, object? details, string? actor = null) =>
        AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, Actor = actor ?? Actor.Name, Action = action, EntityType = entityType, EntityKey = entityKey, ZoneId = zoneId,
            Changes = details is null ? null : JsonSerializer.Serialize(details, AuditJson),
        });

    /// <summary>Rows a bulk path wrote are audited one by one up to this many per import, as the change tracker would
    /// have; a larger load is audited by the import's own entry with its counts (a million audit rows would double it).</summary>
    internal const int PerRowAuditLimit = 10_000;

    /// <summary>Audits rows a bulk path inserted past the change tracker: one Create entry per row with its values, in
    /// the form <see cref="Capture"/> gives (a key the database generated and did not return is left out).</summary>
    internal void RecordCreated<T>(IEnumerable<T> rows)
        where T : class
    {
        var entity = Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var key = entity.FindPrimaryKey()!.Properties;
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is not null).ToList();
        var complex = entity.GetComplexProperties().Where(c => c.PropertyInfo is not null).ToList();
        var now = DateTime.UtcNow;
        foreach (var row in rows)
        {
            var changes = new Dictionary<string, object?>();
            foreach (var p in properties)
            {
                if (p.PropertyInfo!.GetValue(row) is { } value)
                {
                    changes[p.Name] = SecretProperties.Contains(p.Name) ? "***" : value;
                }
            }
            foreach (var c in complex)
            {
                var inner = c.PropertyInfo!.GetValue(row);
                foreach (var p in c.ComplexType.GetProperties().Where(p => p.PropertyInfo is not null))
                {
                    changes[$"{c.Name}.{p.Name}"] = inner is null ? null : p.PropertyInfo!.GetValue(inner);
                }
            }
            var keyValues = key.Select(p => p.PropertyInfo?.GetValue(row)).ToList();
            AuditEntries.Add(new AuditEntry
            {
                AtUtc = now, Actor = Actor.Name, Action = AuditAction.Create, EntityType = typeof(T).Name,
                EntityKey = keyValues.Any(v => v is null or 0) ? null : string.Join(",", keyValues),
                ZoneId = row is IZoneOwned owned ? owned.ZoneId : null,
                Changes = JsonSerializer.Serialize(changes, AuditJson),
            });
        }
    }

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: entries cannot be changed or deleted.");
        }
    }

    private List<PendingAudit> Capture()
    {
        var now = DateTime.UtcNow;
        var pending = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var changes = new Dictionary<string, object?>();
            foreach (var p in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
            {
                var name = p.Metadata.Name;
                var secret = SecretProperties.Contains(name);
                switch (entry.State)
                {
                    case EntityState.Added when p.CurrentValue is not null:
                        changes[name] = secret ? "***" : p.CurrentValue;
                        break;
                    case EntityState.Deleted:
                        changes[name] = secret ? "***" : p.OriginalValue;
                        break;
                    case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                        changes[name] = secret ? new object?[] { "***", "***" } : new[] { p.OriginalValue, p.CurrentValue };
                        break;
                }
            }
            foreach (var c in entry.ComplexProperties)
            {
                foreach (var p in c.Properties.Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))))
                {
                    var name = $"{c.Metadata.Name}.{p.Metadata.Name}";
                    changes[name] = entry.State == EntityState.Modified ? new[] { p.OriginalValue, p.CurrentValue } : entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue;
                }
            }
            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }
            pending.Add(new PendingAudit(entry, action, now, Actor.Name, changes));
        }
        return pending;
    }

    private sealed record PendingAudit(EntityEntry Entry, AuditAction Action, DateTime AtUtc, string Actor, Dictionary<string, object?> Changes)
    {
        public AuditEntry Complete() => new()
        {
            AtUtc = AtUtc,
            Actor = Actor,
            Action = Action,
            EntityType = Entry.Metadata.ClrType.Name,
            EntityKey = string.Join(",", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue)),
            ZoneId = Entry.Entity switch
            {
                Zone z => z.Id,
                IZoneOwned owned => owned.ZoneId,
                _ => null,
            },
            Changes = JsonSerializer.Serialize(Changes, AuditJson),
        };
    }
}
