using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace ParkLens.Core.Data;

/// <summary>
/// One column of a bulk insert: a compiled, typed reader of the property (through complex properties such as
/// Provenance, and through the property's EF value converter, e.g. an enum stored as text), and the engine-specific
/// write of that value. On SQLite the value is bound in exactly the form Microsoft.Data.Sqlite binds it for EF (decimal
/// and date/time as text in its formats), so rows written here and rows written through EF are stored alike.
/// </summary>
internal abstract class BulkColumn<T>(string name)
    where T : class
{
    // The text forms Microsoft.Data.Sqlite gives these types, which EF's SQLite provider reads back.
    private const string SqliteDateTime = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private const string SqliteDate = @"yyyy\-MM\-dd";

    /// <summary>The delimited column name.</summary>
    public string Name { get; } = name;

    /// <summary>Binds the row's value to parameter <paramref name="index"/> (1-based) of a prepared SQLite statement.</summary>
    public abstract void Bind(sqlite3_stmt statement, int index, T row);

    /// <summary>Writes the row's value as the next field of a binary COPY.</summary>
    public abstract void Write(NpgsqlBinaryImporter copy, T row);

    public static BulkColumn<T> For(IProperty property, string name)
    {
        var mapping = property.GetRelationalTypeMapping();
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.MakeMemberAccess(Owner(row, property.DeclaringType),
            (MemberInfo?)property.PropertyInfo ?? property.FieldInfo ?? throw new NotSupportedException($"bulk insert needs a CLR member for {property.Name}"));
        if (mapping.Converter is { } converter)
        {
            value = Convert(value, converter.ConvertToProviderExpression);
        }
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var store = mapping.StoreType;
        return type switch
        {
            _ when type == typeof(int) => new Int32Column(name, Compile<int?>(value, row)),
            _ when type == typeof(long) => new Int64Column(name, Compile<long?>(value, row)),
            _ when type == typeof(bool) => new BooleanColumn(name, Compile<bool?>(value, row)),
            _ when type == typeof(decimal) => new DecimalColumn(name, Compile<decimal?>(value, row)),
            _ when type == typeof(double) => new DoubleColumn(name, Compile<double?>(value, row)),
            _ when type == typeof(string) => new StringColumn(name, Compile<string?>(value, row)),
            _ when type == typeof(DateOnly) => new DateColumn(name, Compile<DateOnly?>(value, row)),
            _ when type == typeof(DateTime) => new DateTimeColumn(name, Compile<DateTime?>(value, row),
                store.StartsWith("timestamp without", StringComparison.OrdinalIgnoreCase) ? NpgsqlDbType.Timestamp : NpgsqlDbType.TimestampTz),
            _ => throw new NotSupportedException($"bulk insert of {property.DeclaringType.DisplayName()}.{property.Name} ({type.Name}) is not supported"),
        };
    }

    // row, or row.Provenance for a property of the complex type Provenance (and so on for nested complex types).
    private static Expression Owner(Expression row, ITypeBase declaring) => declaring is IComplexType complex
        ? Expression.MakeMemberAccess(Owner(row, complex.ComplexProperty.DeclaringType),
            (MemberInfo?)complex.ComplexProperty.PropertyInfo ?? complex.ComplexProperty.FieldInfo!)
        : row;

    // The converter applies to non-null values only, as EF applies it.
    private static Expression Convert(Expression value, LambdaExpression converter)
    {
        var input = converter.Parameters[0].Type;
        var output = converter.ReturnType;
        if (!value.Type.IsValueType || Nullable.GetUnderlyingType(value.Type) is not null)
        {
            var nullableOutput = output.IsValueType ? typeof(Nullable<>).MakeGenericType(output) : output;
            var present = value.Type.IsValueType ? (Expression)Expression.Property(value, "HasValue") : Expression.NotEqual(value, Expression.Constant(null, value.Type));
            var inner = value.Type.IsValueType ? Expression.Property(value, "Value") : value;
            return Expression.Condition(present,
                Expression.Convert(Expression.Invoke(converter, Expression.Convert(inner, input)), nullableOutput),
                Expression.Constant(null, nullableOutput));
        }
        return Expression.Invoke(converter, Expression.Convert(value, input));
    }

    private static Func<T, TValue> Compile<TValue>(Expression value, ParameterExpression row) =>
        Expression.Lambda<Func<T, TValue>>(Expression.Convert(value, typeof(TValue)), row).Compile();

    /// <summary>
    /// The decimal as <c>ToString("0.0###########################")</c> writes it (Microsoft.Data.Sqlite's form), without
    /// that custom format's cost: the plain form (all the digits of the value's scale, never an exponent) with trailing
    /// fraction zeros trimmed down to one, and ".0" added to a whole number.
    /// </summary>
    internal static int FormatDecimal(decimal value, Span<byte> text)
    {
        if (!value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"cannot format {value}");
        }
        var point = text[..length].IndexOf((byte)'.');
        if (point < 0)
        {
            text[length++] = (byte)'.';
            text[length++] = (byte)'0';
            return length;
        }
        while (length > point + 2 && text[length - 1] == (byte)'0')
        {
            length--;
        }
        return length;
    }

    private static void Check(int rc, sqlite3_stmt statement)
    {
        if (rc != raw.SQLITE_OK)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, raw.sqlite3_db_handle(statement));
        }
    }

    private sealed class Int32Column(string name, Func<T, int?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row) =>
            Check(get(row) is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index), statement);

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Integer);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class Int64Column(string name, Func<T, long?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row) =>
            Check(get(row) is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index), statement);

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class BooleanColumn(string name, Func<T, bool?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row) =>
            Check(get(row) is { } v ? raw.sqlite3_bind_int64(statement, index, v ? 1 : 0) : raw.sqlite3_bind_null(statement, index), statement);

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Boolean);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class DoubleColumn(string name, Func<T, double?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row) =>
            Check(get(row) is { } v ? raw.sqlite3_bind_double(statement, index, v) : raw.sqlite3_bind_null(statement, index), statement);

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Double);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class DecimalColumn(string name, Func<T, decimal?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row)
        {
            if (get(row) is not { } v)
            {
                Check(raw.sqlite3_bind_null(statement, index), statement);
                return;
            }
            Span<byte> text = stackalloc byte[64];
            Check(raw.sqlite3_bind_text(statement, index, text[..FormatDecimal(v, text)]), statement);
        }

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Numeric);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class StringColumn(string name, Func<T, string?> get) : BulkColumn<T>(name)
    {
        // Provenance and the like repeat one string instance on every row: its UTF-8 form is kept, not redone per row.
        private string? _last;
        private byte[] _lastUtf8 = [];

        public override void Bind(sqlite3_stmt statement, int index, T row)
        {
            if (get(row) is not { } v)
            {
                Check(raw.sqlite3_bind_null(statement, index), statement);
                return;
            }
            if (!ReferenceEquals(v, _last))
            {
                _last = v;
                _lastUtf8 = System.Text.Encoding.UTF8.GetBytes(v);
            }
            Check(raw.sqlite3_bind_text(statement, index, _lastUtf8), statement);
        }

        // Text, varchar and char share one binary form; the server applies the column's length and padding.
        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Text);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class DateColumn(string name, Func<T, DateOnly?> get) : BulkColumn<T>(name)
    {
        public override void Bind(sqlite3_stmt statement, int index, T row)
        {
            if (get(row) is not { } v)
            {
                Check(raw.sqlite3_bind_null(statement, index), statement);
                return;
            }
            Span<byte> text = stackalloc byte[16];
            v.TryFormat(text, out var length, SqliteDate, CultureInfo.InvariantCulture);
            Check(raw.sqlite3_bind_text(statement, index, text[..length]), statement);
        }

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, NpgsqlDbType.Date);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private sealed class DateTimeColumn(string name, Func<T, DateTime?> get, NpgsqlDbType type) : BulkColumn<T>(name)
    {
        // An import stamps every row with one time: its text is kept, not redone per row.
        private DateTime? _last;
        private byte[] _lastText = [];

        public override void Bind(sqlite3_stmt statement, int index, T row)
        {
            if (get(row) is not { } v)
            {
                Check(raw.sqlite3_bind_null(statement, index), statement);
                return;
            }
            if (v != _last)
            {
                _last = v;
                _lastText = System.Text.Encoding.UTF8.GetBytes(v.ToString(SqliteDateTime, CultureInfo.InvariantCulture));
            }
            Check(raw.sqlite3_bind_text(statement, index, _lastText), statement);
        }

        public override void Write(NpgsqlBinaryImporter copy, T row)
        {
            if (get(row) is { } v)
            {
                copy.Write(v, type);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }
}
