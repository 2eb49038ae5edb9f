using ParkLens.Core.Common.Tabular;
using System.CommandLine;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Cli.Registry;

internal static class TemplateCommand
{
    public static Command Create(TextWriter output)
    {
        var kind = new Argument<ImportKind>("kind") { Description = "zones, enterprises or indicators" };
        var format = new Option<FileFormat>("--format") { Description = "csv or xlsx", DefaultValueFactory = _ => FileFormat.Xlsx };
        var outFile = new Option<FileInfo?>("--out") { Description = "file to write (default: the template's name in the current directory)" };
        var command = new Command("template", "Write an empty import template") { kind, format, outFile };
        command.SetAction(async (parse, ct) =>
        {
            var k = parse.GetValue(kind);
            var f = parse.GetValue(format);
            var path = parse.GetValue(outFile) ?? new FileInfo(ImportTemplates.FileName(k, f));
            await using (var stream = path.Create())
            {
                ImportTemplates.Write(k, f, stream);
            }
            await output.WriteLineAsync($"wrote {path.FullName}");
            return 0;
        });
        return command;
    }
}
