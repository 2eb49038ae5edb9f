using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Registry.ExportEnterprises;
using ParkLens.Core.Registry.ListEnterprises;

namespace ParkLens.Cli.Registry;

internal static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var outFile = new Option<FileInfo>("--out") { Description = "XLSX file to write", Required = true };
        var zone = new Option<int?>("--zone") { Description = "zone id" };
        var q = new Option<string?>("--q") { Description = "name fragment, USCC prefix or pinyin initials" };
        var industry = new Option<string?>("--industry") { Description = "GB/T 4754 section letter or code prefix" };
        var year = new Option<int?>("--year") { Description = "year of the figures (default: latest)" };
        var enterprises = new Command("enterprises", "Export the enterprises matching the filters to XLSX") { outFile, zone, q, industry, year };
        enterprises.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var path = parse.GetValue(outFile)!;
            var query = new ListEnterprisesQuery { ZoneId = parse.GetValue(zone), Q = parse.GetValue(q), Industry = parse.GetValue(industry), Year = parse.GetValue(year) };
            await using var stream = path.Create();
            var count = await scope.ServiceProvider.GetRequiredService<ExportEnterprisesHandler>().HandleAsync(query, stream, ct);
            await output.WriteLineAsync($"exported {count} enterprises to {path.FullName}");
            return 0;
        });
        return new Command("export", "Export data") { enterprises };
    }
}
