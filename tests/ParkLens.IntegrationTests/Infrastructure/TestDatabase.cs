using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.IntegrationTests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A migrated, empty database of its own for one test. SQLite copies a template file migrated once; PostgreSQL clones a
/// template database migrated once. The PostgreSQL lane needs PARKLENS_TEST_PG (./test.sh starts a server and sets it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PARKLENS_TEST_PG";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static bool _postgresTemplate;
    private readonly Action _drop;

    private TestDatabase(Provider provider, DatabaseSettings settings, Action drop)
    {
        Provider = provider;
        Settings = settings;
        _drop = drop;
    }

    public Provider Provider { get; }

    public DatabaseSettings Settings { get; }

    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable);

    public static async Task<TestDatabase> CreateAsync(Provider provider)
    {
        return provider == Provider.Sqlite ? await CreateSqliteAsync() : await CreatePostgresAsync();
    }

    /// <summary>A database without any migration applied (for tests that migrate step by step).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(Provider provider)
    {
        if (provider == Provider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"parklens-empty-{Guid.NewGuid():N}.db");
            return new TestDatabase(Provider.Sqlite, DatabaseSettings.Parse(path), () =>
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }
            });
        }
        var server = PostgresServer;
        if (string.IsNullOrEmpty(server))
        {
            Assert.Skip($"PostgreSQL lane: set {PostgresVariable} to a server connection string (./test.sh does).");
        }
        var name = $"parklens_empty_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new TestDatabase(Provider.Postgres, DatabaseSettings.Parse(WithDatabase(server, name)), () =>
            ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)").GetAwaiter().GetResult());
    }

    /// <summary>Services acting as the given actor (default: everything in scope).</summary>
    public AsyncServiceScope Services(ICurrentActor? actor = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection().AddParkCore(Settings);
        services.AddSingleton(actor ?? new FixedActor("test", DataScope.Everything));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }
        return services.BuildServiceProvider().CreateAsyncScope();
    }

    public ParkDbContext Open(ICurrentActor? actor = null) => ParkDbContextFactory.Create(Settings, actor ?? new FixedActor("test", DataScope.Everything));

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        _drop();
        return ValueTask.CompletedTask;
    }

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var template = Path.Combine(Path.GetTempPath(), $"parklens-template-{Guid.NewGuid():N}.db");
                await DatabaseMigrator.MigrateAsync(DatabaseSettings.Parse(template), CancellationToken.None);
                await using (var db = ParkDbContextFactory.Create(DatabaseSettings.Parse(template), new FixedActor("t", DataScope.Everything)))
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
                }
                SqliteConnection.ClearAllPools();
                _sqliteTemplate = template;
            }
        }
        finally
        {
            TemplateLock.Release();
        }
        var path = Path.Combine(Path.GetTempPath(), $"parklens-test-{Guid.NewGuid():N}.db");
        File.Copy(_sqliteTemplate, path);
        return new TestDatabase(Provider.Sqlite, DatabaseSettings.Parse(path), () =>
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = PostgresServer;
        if (string.IsNullOrEmpty(server))
        {
            Assert.Skip($"PostgreSQL lane: set {PostgresVariable} to a server connection string (./test.sh does).");
        }
        const string template = "parklens_test_template";
        await TemplateLock.WaitAsync();
        try
        {
            if (!_postgresTemplate)
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
                await ExecuteAsync(server, $"CREATE DATABASE {template}");
                await DatabaseMigrator.MigrateAsync(DatabaseSettings.Parse(WithDatabase(server, template)), CancellationToken.None);
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = true;
            }
        }
        finally
        {
            TemplateLock.Release();
        }
        var name = $"parklens_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name} TEMPLATE {template}");
        return new TestDatabase(Provider.Postgres, DatabaseSettings.Parse(WithDatabase(server, name)), () =>
            ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)").GetAwaiter().GetResult());
    }

    private static string WithDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(WithDatabase(server, "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
