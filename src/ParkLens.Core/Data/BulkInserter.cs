using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace ParkLens.Core.Data;

/// <summary>
/// Writes new rows of one entity type with the engine's fastest path, inside the context's current transaction (so a
/// rollback takes them back): on SQLite one prepared, parameterised INSERT reused for every row (bound and stepped
/// directly on the connection's handle); on PostgreSQL a binary COPY. Table, columns and value conversions come from the
/// EF model; keys the database generates (Id) are never written, whether Id is the whole key or part of a composite
/// one. Per-entity audit does not see these rows: the caller records one summary entry instead. The rows' zones are
/// marked as written, so their data versions go up when the transaction commits (<see cref="ZoneVersions"/>).
/// </summary>
internal abstract class BulkInserter<T> : IDisposable
    where T : class
{
    protected BulkInserter(ParkDbContext db)
    {
        Context = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        Table = sql.DelimitIdentifier(table, entity.GetSchema());
        Columns = entity.GetFlattenedProperties()
            .Where(p => !(p.IsKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)) && p.GetComputedColumnSql() is null)
            .Select(p => BulkColumn<T>.For(p, sql.DelimitIdentifier(p.GetColumnName(store) ?? p.GetColumnName())))
            .ToArray();
        Connection = db.Database.GetDbConnection();
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("bulk writes run inside the import's transaction");
        }
    }

    protected ParkDbContext Context { get; }

    protected string Table { get; }

    protected IReadOnlyList<BulkColumn<T>> Columns { get; }

    protected System.Data.Common.DbConnection Connection { get; }

    protected string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>True when <see cref="InsertAsync"/> itself skips rows whose unique key exists already (SQLite's ON CONFLICT DO NOTHING).</summary>
    public abstract bool SkipsExisting { get; }

    /// <summary>Inserts <paramref name="rows"/>; rows skipped because their unique key exists already go to <paramref name="skipped"/>.</summary>
    public abstract Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct);

    /// <summary>Raises the version of each zone the rows belong to when the transaction commits.</summary>
    protected void TouchZones(IReadOnlyList<T> rows)
    {
        foreach (var zone in rows.OfType<Common.IZoneOwned>().Select(r => r.ZoneId).Distinct())
        {
            ZoneVersions.Touch(Context, zone);
        }
    }

    /// <summary>Ends the bulk write (PostgreSQL: completes the COPY); the connection serves other commands only after this.</summary>
    public virtual Task FinishAsync(CancellationToken ct) => Task.CompletedTask;

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
}

internal sealed class SqliteBulkInserter<T> : BulkInserter<T>
    where T : class
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly string _tableName;
    private readonly Action<T, int>? _setId;

    public SqliteBulkInserter(ParkDbContext db, bool skipExisting)
        : base(db)
    {
        _db = ((SqliteConnection)Connection).Handle ?? throw new InvalidOperationException("the connection is not open");
        var entity = db.Model.FindEntityType(typeof(T))!;
        _tableName = entity.GetTableName()!;
        // A zone-owned table's Id is part of its (ZoneId, Id) key, which SQLite does not generate: the ids come from the
        // same sequence EF uses (SqliteIdGenerator), reserved per batch inside the import's transaction.
        var id = entity.FindPrimaryKey()?.Properties.FirstOrDefault(p => p.Name == "Id" && p.GetValueGeneratorFactory() is not null);
        _setId = id?.PropertyInfo?.SetMethod is { } setter ? setter.CreateDelegate<Action<T, int>>() : null;
        var names = Columns.Select(c => c.Name).ToList();
        if (_setId is not null)
        {
            names.Add(db.GetService<ISqlGenerationHelper>().DelimitIdentifier(id!.GetColumnName()));
        }
        // Without a conflict target, DO NOTHING covers every unique constraint (and only those: NOT NULL, CHECK and
        // foreign keys still fail the statement).
        var sql = $"INSERT INTO {Table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "?" + (i + 1)))})"
            + (skipExisting ? " ON CONFLICT DO NOTHING" : "");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _insert);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        SkipsExisting = skipExisting;
    }

    public override bool SkipsExisting { get; }

    public override Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct)
    {
        TouchZones(rows);
        var nextId = _setId is null || rows.Count == 0 ? 0
            : SqliteIdGenerator.Reserve(Context, Context.Database.CurrentTransaction!.GetDbTransaction(), _tableName, rows.Count) - rows.Count + 1;
        foreach (var row in rows)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                Columns[i].Bind(_insert, i + 1, row);
            }
            if (_setId is not null)
            {
                var id = checked((int)nextId++);
                _setId(row, id);
                raw.sqlite3_bind_int(_insert, Columns.Count + 1, id);
            }
            var rc = raw.sqlite3_step(_insert);
            raw.sqlite3_reset(_insert);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
            if (raw.sqlite3_changes(_db) == 0)
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
    // The server checks each row's foreign keys when its COPY completes, not as the row arrives. A COPY per this many
    // rows lets those checks run while the client parses the next rows, instead of all of them after the last row.
    private const int RowsPerCopy = 100_000;

    private NpgsqlBinaryImporter? _copy;
    private int _rowsInCopy;

    public override bool SkipsExisting => false;

    /// <summary>
    /// Adds the rows to an open COPY, so the server takes rows in while the client parses the next ones; every
    /// <see cref="RowsPerCopy"/> rows the COPY is completed and the next rows start another. COPY has no ON CONFLICT: the
    /// caller leaves out rows that exist (looked up on another connection, since this one is busy with the COPY); a row
    /// inserted meanwhile by someone else fails the COPY on the unique index, and the import's transaction rolls back as a
    /// whole.
    /// </summary>
    public override async Task InsertAsync(IReadOnlyList<T> rows, List<T> skipped, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        TouchZones(rows);
        if (_copy is null)
        {
            _copy = await ((NpgsqlConnection)Connection).BeginBinaryImportAsync($"COPY {Table} ({ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            // No timeout (zero): completing a COPY waits for the foreign-key checks of all its rows, which on a busy
            // server can take longer than a command timeout allows. Cancellation still applies.
            _copy.Timeout = TimeSpan.Zero;
        }
        foreach (var row in rows)
        {
            // The synchronous writes fill Npgsql's buffer and send it when full; per-field async calls cost more than the I/O.
            _copy.StartRow();
            foreach (var column in Columns)
            {
                column.Write(_copy, row);
            }
        }
        _rowsInCopy += rows.Count;
        if (_rowsInCopy >= RowsPerCopy)
        {
            await FinishAsync(ct);
        }
    }

    public override async Task FinishAsync(CancellationToken ct)
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync(ct);
            await _copy.DisposeAsync();
            _copy = null;
            _rowsInCopy = 0;
        }
    }

    // Disposing an unfinished COPY cancels it; the caller then rolls the transaction back.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy?.Dispose();
            _copy = null;
        }
        base.Dispose(disposing);
    }
}
