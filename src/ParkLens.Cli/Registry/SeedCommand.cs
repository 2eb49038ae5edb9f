using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Cli.Registry;

internal static class SeedCommand
{
    public static Command Create(TextWriter output)
    {
        var seed = new Option<int>("--seed") { Description = "Random seed of the synthetic enterprises", DefaultValueFactory = _ => SeedDemoDataCommand.DefaultSeed };
        var command = new Command("seed", "Fill an empty database with the demo province (seed-article facts + synthetic enterprises)") { seed };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var console = CliApp.Console(output);
            var result = await CliApp.WithProgressAsync(console, "seeding", progress =>
                scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(parse.GetValue(seed)), progress, ct));
            await output.WriteLineAsync(result.Seeded
                ? $"seeded {result.Zones} zones, {result.Enterprises} enterprises ({result.SyntheticEnterprises} synthetic), {result.IndicatorRows} indicator rows"
                : "the database already has zones; nothing seeded");
            return 0;
        });
        return command;
    }
}
