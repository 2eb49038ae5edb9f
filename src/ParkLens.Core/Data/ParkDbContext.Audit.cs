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
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(pending.Select(p => p.Complete()));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return count;
    }

    /// <summary>Adds an event entry (import, login, token use …) to be written with the next save.</summary>
    internal void Record(AuditAction action, string entityType, string? entityKey, int? zoneId, object? details, string? actor = null) =>
        AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, Actor = actor ?? Actor.Name, Action = action, EntityType = entityType, EntityKey = entityKey, ZoneId = zoneId,
            Changes = details is null ? null : JsonSerializer.Serialize(details, AuditJson),
        });

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
