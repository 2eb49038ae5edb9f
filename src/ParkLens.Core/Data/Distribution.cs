using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParkLens.Core.Data;

/// <summary>How a table is placed on a distributed PostgreSQL (Citus): see docs/scaling.md.</summary>
public enum TableDistribution
{
    /// <summary>Hash-distributed by <c>ZoneId</c>; every key and every foreign key to another zone-owned table contains it.</summary>
    Zone,

    /// <summary>Small, read by every zone, written rarely: copied to every node.</summary>
    Reference,

    /// <summary>Stays on the coordinator only (accounts, tokens, the audit log).</summary>
    Coordinator,
}

/// <summary>Marks tables that are not distributed by zone. A zone-owned table is recognised by its <c>ZoneId</c> key.</summary>
public static class Distribution
{
    public const string Annotation = "ParkLens:Distribution";

    /// <summary>A replicated table: code tables, templates, the zones themselves.</summary>
    public static EntityTypeBuilder IsReferenceTable(this EntityTypeBuilder builder) =>
        builder.HasAnnotation(Annotation, TableDistribution.Reference.ToString());

    /// <summary>A table kept on the coordinator only.</summary>
    public static EntityTypeBuilder IsCoordinatorTable(this EntityTypeBuilder builder) =>
        builder.HasAnnotation(Annotation, TableDistribution.Coordinator.ToString());

    /// <summary>The marked distribution of an entity type, or null when none is marked.</summary>
    public static TableDistribution? MarkedDistribution(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(Annotation)?.Value is string value ? Enum.Parse<TableDistribution>(value) : null;
}
