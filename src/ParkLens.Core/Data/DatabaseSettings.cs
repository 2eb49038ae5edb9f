namespace ParkLens.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The database named by PARKLENS_DB: a PostgreSQL connection string when it starts with "Host=",
/// otherwise the path of an SQLite file (default ./parklens.db).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "PARKLENS_DB";
    public const string DefaultSqlitePath = "parklens.db";

    public static DatabaseSettings Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqlitePath : value.Trim();
        if (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, text);
        }
        if (text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, text);
        }
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.GetFullPath(text)}");
    }

    public static DatabaseSettings FromEnvironment() => Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>For logs: never print a password.</summary>
    public string Describe() => Provider == DatabaseProvider.Postgres
        ? "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + ConnectionString["Data Source=".Length..];
}
