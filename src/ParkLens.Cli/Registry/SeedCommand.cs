using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.ChainAtlas.SeedChainDemoData;
using ParkLens.Core.EnterpriseTiers.SeedTierDemoData;
using ParkLens.Core.Investments.SeedInvestmentDemoData;
using ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Cli.Registry;

internal static class SeedCommand
{
    public static Command Create(TextWriter output)
    {
        var seed = new Option<int>("--seed") { Description = "Random seed of the synthetic enterprises", DefaultValueFactory = _ => SeedDemoDataCommand.DefaultSeed };
        var perZone = new Option<string>("--per-zone") { Description = "Synthetic enterprises per zone as min-max", DefaultValueFactory = _ => "200-450" };
        var command = new Command("seed", "Fill an empty database with the demo province (seed-article facts + synthetic enterprises)") { seed, perZone };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (parse.GetValue(perZone)?.Split('-') is not [var lo, var hi] || !int.TryParse(lo, out var min) || !int.TryParse(hi, out var max) || min > max || min < 0)
            {
                await output.WriteLineAsync("--per-zone must look like 200-450");
                return 2;
            }
            var console = CliApp.Console(output);
            var result = await CliApp.WithProgressAsync(console, "seeding", progress =>
                scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(parse.GetValue(seed), min, max), progress, ct));
            await output.WriteLineAsync(result.Seeded
                ? $"seeded {result.Zones} zones, {result.Enterprises} enterprises ({result.SyntheticEnterprises} synthetic), {result.IndicatorRows} indicator rows"
                : "the database already has zones; nothing seeded");
            if (result.Seeded)
            {
                var tiers = await scope.ServiceProvider.GetRequiredService<SeedTierDemoDataHandler>().HandleAsync(new SeedTierDemoDataCommand(parse.GetValue(seed)), ct);
                await output.WriteLineAsync($"seeded the tier ladder: {tiers.Certificates} certificates, {tiers.OpenApplications} open applications, {tiers.PoolEntries} pool entries, {tiers.AssistanceRecords} assistance records, {tiers.Targets} targets");
            }
            var chains = await scope.ServiceProvider.GetRequiredService<SeedChainDemoDataHandler>().HandleAsync(new SeedChainDemoDataCommand(parse.GetValue(seed), result.Seeded), ct);
            await output.WriteLineAsync($"seeded the chain atlas: {chains.PoolCandidates} pool candidates, {chains.Assignments} segment mappings, {chains.ZoneChains} zone chains, {chains.Relations} synthetic supply relations");
            if (result.Seeded)
            {
                var projects = await scope.ServiceProvider.GetRequiredService<SeedInvestmentDemoDataHandler>().HandleAsync(new SeedInvestmentDemoDataCommand(parse.GetValue(seed), true), ct);
                await output.WriteLineAsync($"seeded the project pipeline: {projects.Projects} projects ({projects.SyntheticProjects} synthetic), {projects.GroupStarts} group starts, {projects.Agreements} agreements");
                var space = await scope.ServiceProvider.GetRequiredService<SeedIdleSpaceDemoDataHandler>().HandleAsync(new SeedIdleSpaceDemoDataCommand(true), ct);
                await output.WriteLineAsync($"seeded the idle space inventory: {space.Units} units, {space.OccupancyRows} occupancy rows");
            }
            var admin = await scope.ServiceProvider.GetRequiredService<EnsureAdministratorHandler>()
                .HandleAsync(Environment.GetEnvironmentVariable("PARKLENS_ADMIN_PASSWORD"), ct);
            if (admin.GeneratedPassword is not null)
            {
                await output.WriteLineAsync($"administrator: {admin.UserName} / {admin.GeneratedPassword} (shown once)");
            }
            if (result.Seeded)
            {
                foreach (var a in await scope.ServiceProvider.GetRequiredService<SeedDemoUsersHandler>().HandleAsync(ct))
                {
                    await output.WriteLineAsync($"demo account: {a.UserName} / {a.Password}  ({a.Description})");
                }
            }
            return 0;
        });
        return command;
    }
}
