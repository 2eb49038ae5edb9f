using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Cli.Registry;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using Spectre.Console;

namespace ParkLens.Cli;

/// <summary>The parklens command. It works on the database directly, as the OS user.</summary>
internal static class CliApp
{
    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = "SQLite file or PostgreSQL connection string (default: $PARKLENS_DB, else ./parklens.db)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Officials read Chinese; PARKLENS_LANG=en switches the texts the core picks by culture (chain names, reasons).
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(
            Environment.GetEnvironmentVariable("PARKLENS_LANG") == "en" ? "en" : "zh-CN");
        var root = new RootCommand("ParkLens: zones, enterprises and figures of industrial parks")
        {
            DbOption,
            MigrateCommand.Create(output),
            SeedCommand.Create(output),
            ImportCommand.Create(output, error),
            ExportCommand.Create(output),
            TemplateCommand.Create(output),
            Access.UsersCommand.Create(output, error),
            EnterpriseTiers.TiersCommand.Create(output, error),
            ChainAtlas.ChainsCommand.Create(output, error),
            Investments.ProjectsCommand.Create(output, error),
            LandEfficiency.LandCommand.Create(output, error),
            Scale.GenerateCommand.Create(output, error),
            Scale.BenchCommand.Create(output, error),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    public static DatabaseSettings Database(ParseResult parse) =>
        parse.GetValue(DbOption) is { Length: > 0 } db ? DatabaseSettings.Parse(db) : DatabaseSettings.FromEnvironment();

    /// <summary>Migrates the database and returns a service scope acting as the OS user.</summary>
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = Database(parse);
        await DatabaseMigrator.MigrateAsync(settings, ct);
        var services = new ServiceCollection()
            .AddParkCore(settings)
            .AddSingleton<ICurrentActor>(new FixedActor($"cli:{Environment.UserName}", DataScope.Everything))
            .BuildServiceProvider();
        return services.CreateAsyncScope();
    }

    public static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.Detect,
        });
        // Redirected output (a file, a pipe) gets wide tables instead of Spectre's 80-column default.
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = 160;
        }
        return console;
    }

    /// <summary>Runs work under a progress bar when the console is a terminal, plainly otherwise.</summary>
    public static async Task<T> WithProgressAsync<T>(IAnsiConsole console, string title, Func<IProgress<double>, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(new Progress<double>());
        }
        T result = default!;
        await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask(title, maxValue: 1);
            result = await work(new Progress<double>(v => task.Value = v));
            task.Value = 1;
        });
        return result;
    }
}
