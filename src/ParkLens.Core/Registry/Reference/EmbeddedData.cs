using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParkLens.Core.Registry.Reference;

/// <summary>Reads the tables under data/ that are compiled into Core.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string path) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("data/" + path)
        ?? throw new InvalidOperationException($"Embedded data file data/{path} is missing from ParkLens.Core.");

    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(Open(path));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetField(i) ?? "";
            }
            rows.Add(row);
        }
        return rows;
    }
}
