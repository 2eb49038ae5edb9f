using ParkLens.Core.Access.Accounts;
using ParkLens.Core.ChainAtlas.SeedChainDemoData;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.SeedTierDemoData;
using ParkLens.Core.Investments.SeedInvestmentDemoData;
using ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Web;

/// <summary>
/// Before the server takes requests: applies migrations, and on an empty database seeds the demo province
/// (PARKLENS_SEED=false turns seeding off; PARKLENS_DEMO_SIZE="min-max" sets synthetic enterprises per zone).
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, DatabaseSettings settings, IConfiguration configuration, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Access.HttpCurrentActor.RunAsSystem("system:startup", () => PrepareAsync(cancellationToken));

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Database: {Database}", settings.Describe());
        await DatabaseMigrator.MigrateAsync(settings, cancellationToken);
        await using (var adminScope = services.CreateAsyncScope())
        {
            var admin = await adminScope.ServiceProvider.GetRequiredService<EnsureAdministratorHandler>()
                .HandleAsync(configuration["PARKLENS_ADMIN_PASSWORD"], cancellationToken);
            if (admin.GeneratedPassword is not null)
            {
                // Printed once, here; it is not stored anywhere in clear text.
                Console.WriteLine($"ParkLens administrator: user \"{admin.UserName}\", password \"{admin.GeneratedPassword}\" (set PARKLENS_ADMIN_PASSWORD to choose it)");
            }
        }
        if (string.Equals(configuration["PARKLENS_SEED"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var command = new SeedDemoDataCommand();
        if (configuration["PARKLENS_DEMO_SIZE"] is { } size && size.Split('-') is [var min, var max]
            && int.TryParse(min, out var lo) && int.TryParse(max, out var hi) && lo <= hi)
        {
            command = command with { MinPerZone = lo, MaxPerZone = hi };
        }
        await using var scope = services.CreateAsyncScope();
        var started = DateTime.UtcNow;
        var result = await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(command, null, cancellationToken);
        if (result.Seeded)
        {
            var tiers = await scope.ServiceProvider.GetRequiredService<SeedTierDemoDataHandler>().HandleAsync(new SeedTierDemoDataCommand(command.Seed), cancellationToken);
            logger.LogInformation("Seeded tier demo data: {Certificates} certificates, {Open} open applications, {Pools} pool entries",
                tiers.Certificates, tiers.OpenApplications, tiers.PoolEntries);
        }
        // The national candidate pool is reference data: every database gets it; the demo chains only a fresh demo.
        var chains = await scope.ServiceProvider.GetRequiredService<SeedChainDemoDataHandler>().HandleAsync(new SeedChainDemoDataCommand(command.Seed, result.Seeded), cancellationToken);
        if (chains.PoolCandidates + chains.Assignments > 0)
        {
            logger.LogInformation("Seeded chain atlas: {Pool} pool candidates, {Assignments} segment mappings, {ZoneChains} zone chains, {Relations} synthetic supply relations",
                chains.PoolCandidates, chains.Assignments, chains.ZoneChains, chains.Relations);
        }
        if (result.Seeded)
        {
            var projects = await scope.ServiceProvider.GetRequiredService<SeedInvestmentDemoDataHandler>().HandleAsync(new SeedInvestmentDemoDataCommand(command.Seed, true), cancellationToken);
            logger.LogInformation("Seeded investment pipeline: {Projects} projects ({Synthetic} synthetic), {Groups} group starts, {Agreements} agreements",
                projects.Projects, projects.SyntheticProjects, projects.GroupStarts, projects.Agreements);
            var space = await scope.ServiceProvider.GetRequiredService<SeedIdleSpaceDemoDataHandler>().HandleAsync(new SeedIdleSpaceDemoDataCommand(true), cancellationToken);
            logger.LogInformation("Seeded idle space: {Units} units, {Rows} occupancy rows", space.Units, space.OccupancyRows);
        }
        var demo = result.Seeded ? await scope.ServiceProvider.GetRequiredService<SeedDemoUsersHandler>().HandleAsync(cancellationToken) : [];
        foreach (var account in demo)
        {
            Console.WriteLine($"Demo account: {account.UserName} / {account.Password}  ({account.Description})");
        }
        if (result.Seeded)
        {
            logger.LogInformation("Seeded demo data in {Seconds:0.0}s: {Zones} zones, {Enterprises} enterprises ({Synthetic} synthetic), {Rows} indicator rows",
                (DateTime.UtcNow - started).TotalSeconds, result.Zones, result.Enterprises, result.SyntheticEnterprises, result.IndicatorRows);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
