using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ParkLens.Core.Data;

namespace ParkLens.Core.Tests.Architecture;

/// <summary>
/// Reads an EF model and lists every table that breaks the rules of a database distributed by zone (docs/scaling.md):
/// each table is zone-owned (has ZoneId), or marked reference or coordinator-only; a zone-owned table has ZoneId in its
/// primary key, in every unique index and alternate key, and in every foreign key to another zone-owned table, which the
/// database must not SET NULL; reference and coordinator tables point at no zone-owned table; reference tables point at
/// no coordinator table; a zone-owned table points at no coordinator table; and every integer *Id column of a
/// zone-owned table is a foreign key unless it is on the allow-list of references the database does not enforce.
/// </summary>
internal static class DistributionRules
{
    public const string ZoneColumn = "ZoneId";

    public static IReadOnlyList<string> Check(IModel model, IReadOnlyDictionary<string, string> unenforced)
    {
        var problems = new List<string>();
        var entities = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        foreach (var entity in entities.OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            var table = entity.GetTableName()!;
            var kind = Classify(entity);
            if (kind is null)
            {
                problems.Add($"{table}: has no {ZoneColumn} and is marked neither IsReferenceTable() nor IsCoordinatorTable()");
                continue;
            }
            foreach (var fk in entity.GetForeignKeys())
            {
                var principalKind = Classify(fk.PrincipalEntityType);
                var target = $"{fk.PrincipalEntityType.GetTableName()} ({Columns(fk.Properties)})";
                switch (kind, principalKind)
                {
                    case (TableDistribution.Zone, TableDistribution.Zone):
                        if (!fk.Properties.Any(p => p.Name == ZoneColumn) || ZoneIndex(fk.Properties) != ZoneIndex(fk.PrincipalKey.Properties))
                        {
                            problems.Add($"{table}: foreign key to {target} does not pair {ZoneColumn} with the principal's {ZoneColumn}");
                        }
                        if (fk.DeleteBehavior == DeleteBehavior.SetNull)
                        {
                            problems.Add($"{table}: foreign key to {target} is ON DELETE SET NULL, which would null {ZoneColumn}; use ClientSetNull");
                        }
                        break;
                    case (TableDistribution.Zone, TableDistribution.Coordinator):
                    case (TableDistribution.Reference, TableDistribution.Zone or TableDistribution.Coordinator):
                    case (TableDistribution.Coordinator, TableDistribution.Zone):
                        problems.Add($"{table}: {kind} table has a foreign key to {principalKind} table {target}");
                        break;
                }
            }
            if (kind != TableDistribution.Zone)
            {
                continue;
            }
            var primaryKey = entity.FindPrimaryKey();
            if (primaryKey is null || !primaryKey.Properties.Any(p => p.Name == ZoneColumn))
            {
                problems.Add($"{table}: primary key ({Columns(primaryKey?.Properties ?? [])}) does not contain {ZoneColumn}");
            }
            foreach (var key in entity.GetKeys().Where(k => !k.IsPrimaryKey() && !k.Properties.Any(p => p.Name == ZoneColumn)))
            {
                problems.Add($"{table}: alternate key ({Columns(key.Properties)}) does not contain {ZoneColumn}");
            }
            foreach (var index in entity.GetIndexes().Where(i => i.IsUnique && !i.Properties.Any(p => p.Name == ZoneColumn)))
            {
                problems.Add($"{table}: unique index ({Columns(index.Properties)}) does not contain {ZoneColumn}");
            }
            foreach (var property in entity.GetProperties().Where(IsReferenceColumn))
            {
                var name = $"{table}.{property.GetColumnName()}";
                if (!property.IsForeignKey() && !unenforced.ContainsKey(name))
                {
                    problems.Add($"{name}: looks like a reference but is no foreign key; make it one (with {ZoneColumn}) or add it to the allow-list with the reason");
                }
                else if (property.IsForeignKey() && unenforced.ContainsKey(name))
                {
                    problems.Add($"{name}: is on the allow-list of unenforced references but is a foreign key; take it off the list");
                }
            }
        }
        foreach (var name in unenforced.Keys.Where(n => !entities.Any(e => e.GetProperties().Any(p => $"{e.GetTableName()}.{p.GetColumnName()}" == n))))
        {
            problems.Add($"{name}: is on the allow-list of unenforced references but no such column exists");
        }
        return problems;
    }

    /// <summary>Marked distribution, else zone-owned when the table has a ZoneId column, else null.</summary>
    public static TableDistribution? Classify(IReadOnlyEntityType entity) =>
        entity.MarkedDistribution() ?? (entity.FindProperty(ZoneColumn) is { IsNullable: false } ? TableDistribution.Zone : null);

    private static bool IsReferenceColumn(IProperty property) =>
        property.Name is not ("Id" or ZoneColumn) && property.Name.EndsWith("Id", StringComparison.Ordinal)
        && (property.ClrType == typeof(int) || property.ClrType == typeof(int?) || property.ClrType == typeof(long) || property.ClrType == typeof(long?));

    private static int ZoneIndex(IReadOnlyList<IProperty> properties) => properties.Select(p => p.Name).ToList().IndexOf(ZoneColumn);

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) => string.Join(", ", properties.Select(p => p.GetColumnName()));
}
