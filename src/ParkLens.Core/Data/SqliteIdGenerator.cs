using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace ParkLens.Core.Data;

/// <summary>One row per zone-owned table: the highest <c>Id</c> handed out (SQLite only).</summary>
internal sealed class IdSequence
{
    public string Table { get; set; } = "";

    public long Next { get; set; }
}

/// <summary>
/// Generates <c>Id</c> of zone-owned tables on SQLite. Their primary key is (ZoneId, Id), and SQLite only generates values
/// for a single INTEGER PRIMARY KEY, so ids come from the <c>Data_IdSequences</c> table instead. Inside a transaction one id
/// is taken at a time, so a rollback returns it; outside one, ids are taken in blocks committed at once (1, 2, 4 … 256
/// per context and table), so a bulk load costs few round trips, a single insert wastes no id, and no other context or
/// process can receive the same ids. PostgreSQL keeps its identity column and never uses this.
/// </summary>
internal sealed class SqliteIdGenerator : ValueGenerator<int>
{
    internal const string Table = "Data_IdSequences";
    private const int MaxBlock = 256;

    // Committed blocks of ids not yet handed out, per context and table. A context lives for one call, so a block never
    // outlives the database it came from.
    private static readonly ConditionalWeakTable<DbContext, ConcurrentDictionary<string, Block>> Blocks = new();

    public override bool GeneratesTemporaryValues => false;

    protected override object NextValue(EntityEntry entry) => Next(entry);

    public override int Next(EntityEntry entry)
    {
        var context = entry.Context;
        var table = entry.Metadata.GetTableName() ?? throw new InvalidOperationException($"{entry.Metadata.DisplayName()} has no table");
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (transaction is not null)
        {
            return (int)Allocate(context, transaction, table, 1);
        }
        var block = Blocks.GetOrCreateValue(context).GetOrAdd(table, _ => new Block());
        lock (block)
        {
            if (block.Next == 0 || block.Next > block.Last)
            {
                block.Size = block.Size == 0 ? 1 : Math.Min(block.Size * 2, MaxBlock);
                block.Last = Allocate(context, null, table, block.Size);
                block.Next = block.Last - block.Size + 1;
            }
            return (int)block.Next++;
        }
    }

    /// <summary>Takes <paramref name="count"/> ids for a bulk insert inside <paramref name="transaction"/> (a rollback returns
    /// them) and returns the highest; the ids are the <paramref name="count"/> numbers up to it.</summary>
    internal static long Reserve(DbContext context, DbTransaction transaction, string table, int count) => Allocate(context, transaction, table, count);

    // Raises the table's counter by count and returns the new highest id. The first call for a table starts above its
    // highest existing id.
    private static long Allocate(DbContext context, DbTransaction? transaction, string table, int count)
    {
        context.Database.OpenConnection();
        try
        {
            using var command = context.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"INSERT INTO \"{Table}\" (\"Table\", \"Next\") VALUES ($table, (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\") + $count) " +
                "ON CONFLICT (\"Table\") DO UPDATE SET \"Next\" = \"Next\" + $count RETURNING \"Next\"";
            Parameter(command, "$table", table);
            Parameter(command, "$count", count);
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed class Block
    {
        public long Next { get; set; }

        public long Last { get; set; }

        public int Size { get; set; }
    }
}
