using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Cli.Registry;

internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<ImportKind>("kind") { Description = "zones, enterprises or indicators" };
        var file = new Argument<FileInfo>("file") { Description = "CSV or XLSX file with a header row" };
        var command = new Command("import", "Import a file; a file with any invalid row writes nothing (exit code 1)") { kind, file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"file not found: {path.FullName}");
                return 2;
            }
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var handler = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
            await using var stream = path.OpenRead();
            var result = await CliApp.WithProgressAsync(CliApp.Console(output), $"import {path.Name}", progress =>
                handler.HandleAsync(parse.GetValue(kind), stream, path.Name, progress, ct));
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                {
                    await error.WriteLineAsync(e.ToString());
                }
                await error.WriteLineAsync($"rejected {path.Name}: {result.ErrorCount} problem(s) in {result.Rows} rows; nothing was written");
                return 1;
            }
            await output.WriteLineAsync($"imported {path.Name}: {result.Rows} rows, {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged");
            return 0;
        });
        return command;
    }
}
