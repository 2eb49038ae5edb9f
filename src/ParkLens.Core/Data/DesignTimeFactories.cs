using Microsoft.EntityFrameworkCore.Design;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParkDbContext>
{
    public SqliteParkDbContext CreateDbContext(string[] args) =>
        (SqliteParkDbContext)ParkDbContextFactory.Create(DatabaseSettings.Parse("design-time.db"), new FixedActor("design", DataScope.Everything));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParkDbContext>
{
    public PostgresParkDbContext CreateDbContext(string[] args) =>
        (PostgresParkDbContext)ParkDbContextFactory.Create(
            DatabaseSettings.Parse("Host=localhost;Database=parklens_design"), new FixedActor("design", DataScope.Everything));
}
