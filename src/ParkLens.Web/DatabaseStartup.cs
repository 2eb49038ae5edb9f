using ParkLens.Core.Data;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Web;

/// <summary>
/// Before the server takes requests: applies migrations, and on an empty database seeds the demo province
/// (PARKLENS_SEED=false turns seeding off; PARKLENS_DEMO_SIZE="min-max" sets synthetic enterprises per zone).
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, DatabaseSettings settings, IConfiguration configuration, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Database: {Database}", settings.Describe());
        await DatabaseMigrator.MigrateAsync(settings, cancellationToken);
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
            logger.LogInformation("Seeded demo data in {Seconds:0.0}s: {Zones} zones, {Enterprises} enterprises ({Synthetic} synthetic), {Rows} indicator rows",
                (DateTime.UtcNow - started).TotalSeconds, result.Zones, result.Enterprises, result.SyntheticEnterprises, result.IndicatorRows);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
