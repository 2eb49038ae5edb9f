using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale;

/// <summary>
/// `parklens generate`: a synthetic province (合成) as import-format CSV files, and with --db imported through the
/// ordinary, validated import into that database.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var zones = new Option<int>("--zones") { Description = "zones in the province", DefaultValueFactory = _ => 100 };
        var enterprises = new Option<int>("--enterprises") { Description = "enterprises in all", DefaultValueFactory = _ => 1_000_000 };
        var years = new Option<int>("--years") { Description = "years of figures per enterprise", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "the same seed gives the same province", DefaultValueFactory = _ => 42 };
        var lastYear = new Option<int>("--last-year") { Description = "the last year of figures", DefaultValueFactory = _ => DateTime.UtcNow.Year - 1 };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "write zones.csv, enterprises.csv, indicators.csv and sub-parks.csv here" };
        var command = new Command("generate", "Generate a synthetic province (labelled 合成) as import files and/or into the database given by --db")
        {
            zones, enterprises, years, seed, lastYear, outDir,
        };
        command.SetAction(async (parse, ct) =>
        {
            var spec = new ProvinceSpec(parse.GetValue(zones), parse.GetValue(enterprises), parse.GetValue(years), parse.GetValue(seed), parse.GetValue(lastYear));
            var problems = spec.Problems().ToList();
            var toDatabase = parse.GetResult(CliApp.DbOption) is not null;
            if (parse.GetValue(outDir) is null && !toDatabase)
            {
                problems.Add("give --out DIR, --db DATABASE or both");
            }
            if (problems.Count > 0)
            {
                foreach (var p in problems)
                {
                    await error.WriteLineAsync(p);
                }
                return 2;
            }
            var directory = parse.GetValue(outDir)?.FullName ?? Path.Combine(Path.GetTempPath(), $"parklens-generate-{Environment.ProcessId}");
            var watch = Stopwatch.StartNew();
            var files = await CliApp.WithProgressAsync(CliApp.Console(output), "generate", progress => ProvinceCsv.WriteAsync(spec, directory, progress, ct));
            await output.WriteLineAsync($"wrote {files.ZoneRows:N0} zones, {files.EnterpriseRows:N0} enterprises, {files.IndicatorRows:N0} yearly rows and {files.ProjectRows:N0} projects (合成, seed {spec.Seed}) to {directory} in {watch.Elapsed.TotalSeconds:0.0} s");
            if (!toDatabase)
            {
                return 0;
            }
            try
            {
                await using var scope = await CliApp.OpenAsync(parse, ct);
                foreach (var (kind, path) in new[] { (ImportKind.Zones, files.Zones), (ImportKind.Enterprises, files.Enterprises), (ImportKind.Indicators, files.Indicators) })
                {
                    watch.Restart();
                    var handler = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
                    await using var stream = File.OpenRead(path);
                    var result = await CliApp.WithProgressAsync(CliApp.Console(output), $"import {Path.GetFileName(path)}", progress =>
                        handler.HandleAsync(kind, stream, Path.GetFileName(path), progress, ct));
                    if (!result.Succeeded)
                    {
                        foreach (var e in result.Errors.Take(20))
                        {
                            await error.WriteLineAsync(e.ToString());
                        }
                        await error.WriteLineAsync($"rejected {Path.GetFileName(path)}: {result.ErrorCount} problem(s); nothing of it was written");
                        return 1;
                    }
                    await output.WriteLineAsync($"imported {Path.GetFileName(path)}: {result.Rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s");
                }
                watch.Restart();
                foreach (var (zoneName, path) in files.Projects)
                {
                    if (await Investments.ProjectsCommand.ZoneIdAsync(scope, zoneName, error, ct) is not { } zoneId)
                    {
                        return 1;
                    }
                    await using var stream = File.OpenRead(path);
                    var result = await scope.ServiceProvider.GetRequiredService<ImportProjectsHandler>()
                        .HandleAsync(new ImportProjectsCommand(zoneId, stream, FileFormat.Csv, Path.GetFileName(path)), ct);
                    if (!result.Succeeded)
                    {
                        foreach (var e in result.Errors.Take(20))
                        {
                            await error.WriteLineAsync(e.ToString());
                        }
                        await error.WriteLineAsync($"rejected {Path.GetFileName(path)} of {zoneName}; nothing of it was written");
                        return 1;
                    }
                }
                await output.WriteLineAsync($"imported {files.ProjectRows:N0} projects of {files.Projects.Count} zones in {watch.Elapsed.TotalSeconds:0.0} s");
            }
            finally
            {
                if (parse.GetValue(outDir) is null)
                {
                    Directory.Delete(directory, true);
                }
            }
            return 0;
        });
        return command;
    }
}
