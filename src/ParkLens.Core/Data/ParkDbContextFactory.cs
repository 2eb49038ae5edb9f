using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

/// <summary>
/// Opens a short-lived context for the current actor. Handlers open one per call, which keeps Blazor circuits
/// (long-lived scopes with overlapping calls) and background work safe.
/// </summary>
public sealed class ParkDbContextFactory(DatabaseSettings settings, ICurrentActor actor) : IDbContextFactory<ParkDbContext>
{
    public ParkDbContext CreateDbContext() => Create(settings, actor);

    private static readonly ConcurrentDictionary<DatabaseSettings, DbContextOptions> Options = new();

    public static ParkDbContext Create(DatabaseSettings settings, ICurrentActor actor)
    {
        var options = Options.GetOrAdd(settings, BuildOptions);
        return settings.Provider == DatabaseProvider.Postgres
            ? new PostgresParkDbContext((DbContextOptions<PostgresParkDbContext>)options, actor)
            : new SqliteParkDbContext((DbContextOptions<SqliteParkDbContext>)options, actor);
    }

    // A list in a query (the scope filter's zones, a page's ids) goes to the database as one array parameter. EF's default
    // expands it into one parameter per element; that SQL depends on the list's length, so EF cannot keep it and builds
    // it again on every call under a lock per query, which serialised concurrent requests (docs/benchmarks.md).
    private static DbContextOptions BuildOptions(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? new DbContextOptionsBuilder<PostgresParkDbContext>()
            .UseNpgsql(settings.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(ZoneVersions.Interceptor).Options
        : new DbContextOptionsBuilder<SqliteParkDbContext>()
            .UseSqlite(settings.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(ZoneVersions.Interceptor).Options;
}
