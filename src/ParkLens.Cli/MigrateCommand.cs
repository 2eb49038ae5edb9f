using System.CommandLine;
using ParkLens.Core.Data;

namespace ParkLens.Cli;

internal static class MigrateCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("migrate", "Create the database if needed and apply migrations");
        command.SetAction(async (parse, ct) =>
        {
            var settings = CliApp.Database(parse);
            await DatabaseMigrator.MigrateAsync(settings, ct);
            await output.WriteLineAsync($"migrated {settings.Describe()}");
            return 0;
        });
        return command;
    }
}
