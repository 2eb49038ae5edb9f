using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ParkLens.Core.Data;

/// <summary>
/// Writes new rows of one entity type with the engine's fastest path, inside the context's current transaction (so a
/// rollback takes them back): on SQLite one prepared, parameterised INSERT reused for every row; on PostgreSQL a binary
/// COPY. Table, columns and value conversions come from the EF model; keys the database generates (Id) are never written,
/// whether Id is the whole key or part of a composite one. Per-entity audit does not see these rows: the caller records
/// one summary entry instead.
/// </summary>
internal abstract class BulkInserter<T> : IDisposable
    where T : class
{
    protected BulkInserter(ParkDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        Table = sql.DelimitIdentifier(table, entity.GetSchema());
        Columns = entity.GetFlattenedProperties()
            .Where(p => !(p.IsKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)) && p.GetComputedColumnSql() is null)
            .Select(p =>
            {
                var mapping = p.GetRelationalTypeMapping();
                return new BulkColumn(sql.DelimitIdentifier(p.GetColumnName(store) ?? p.GetColumnName()), p.GetGetter(), mapping.Converter, mapping);
            })
            .ToArray();
        Connection = db.Database.GetDbConnection();
        Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("bulk writes run inside the import's transaction");
    }

    protected string Table { get; }

    protected IReadOnlyList<BulkColumn> Columns { get; }

    protected DbConnection Connection { get; }

    protected DbTransaction Transaction { get; }

    /// <summary>True when <see cref="InsertAsync"/> itself skips rows whose unique key exists already (SQLite's ON CONFLICT DO NOTHING).</summary>
    public abstract bool SkipsExisting { get; }

    /// <summary>Inserts <paramref name="rows"/>; rows skipped because their unique key exists already go to <paramref name="skipped"/>.</summary>
    public abstract Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct);

    public static BulkInserter<T> Create(ParkDbContext db, bool skipExisting) => db.Database.IsNpgsql()
        ? new PostgresBulkInserter<T>(db)
        : new SqliteBulkInserter<T>(db, skipExisting);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected sealed record BulkColumn(string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, RelationalTypeMapping Mapping)
    {
        /// <summary>The value as the provider stores it (enums converted to text and so on); null for SQL NULL.</summary>
        public object? Read(T row) => Getter.GetClrValueUsingContainingEntity(row) is { } value
            ? Converter is null ? value : Converter.ConvertToProvider(value)
            : null;
    }
}

internal sealed class SqliteBulkInserter<T> : BulkInserter<T>
    where T : class
{
    private readonly DbCommand _insert;

    public SqliteBulkInserter(ParkDbContext db, bool skipExisting)
        : base(db)
    {
        _insert = Connection.CreateCommand();
        _insert.Transaction = Transaction;
        // Without a conflict target, DO NOTHING covers every unique constraint (and only those: NOT NULL, CHECK and
        // foreign keys still fail the statement).
        _insert.CommandText = $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(c => c.Name))}) "
            + $"VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))}){(skipExisting ? " ON CONFLICT DO NOTHING" : "")}";
        for (var i = 0; i < Columns.Count; i++)
        {
            _insert.Parameters.Add(Columns[i].Mapping.CreateParameter(_insert, "@p" + i, null, nullable: true));
        }
        _insert.Prepare();
        SkipsExisting = skipExisting;
    }

    public override bool SkipsExisting { get; }

    public override Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct)
    {
        var parameters = _insert.Parameters;
        foreach (var row in rows)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                parameters[i].Value = Columns[i].Read(row) ?? DBNull.Value;
            }
            // Microsoft.Data.Sqlite runs statements synchronously; the async overloads only wrap them.
            if (_insert.ExecuteNonQuery() == 0)
            {
                skipped.Add(row);
            }
        }
        ct.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _insert.Dispose();
        }
        base.Dispose(disposing);
    }
}

internal sealed class PostgresBulkInserter<T>(ParkDbContext db) : BulkInserter<T>(db)
    where T : class
{
    public override bool SkipsExisting => false;

    // COPY has no ON CONFLICT: the caller leaves out rows that exist; a row inserted meanwhile by someone else makes
    // COPY fail on the unique index, and the import's transaction rolls back as a whole.
    public override async Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = (NpgsqlConnection)Connection;
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Table} ({string.Join(", ", Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in Columns)
            {
                if (column.Read(row) is { } value)
                {
                    await copy.WriteAsync(value, column.Mapping.StoreType, ct);
                }
                else
                {
                    await copy.WriteNullAsync(ct);
                }
            }
        }
        await copy.CompleteAsync(ct);
    }
}
