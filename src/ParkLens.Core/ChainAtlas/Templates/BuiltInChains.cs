using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Templates;

/// <summary>The chain templates shipped under data/chains (compiled in), with the raw text each was read from.</summary>
public static class BuiltInChains
{
    private static readonly Lazy<IReadOnlyList<(ChainTemplate Template, string Json)>> Loaded = new(Load);

    public static IReadOnlyList<(ChainTemplate Template, string Json)> All => Loaded.Value;

    public static ChainTemplate? Find(string key) => All.Select(t => t.Template).FirstOrDefault(t => t.Key == key);

    private static List<(ChainTemplate, string)> Load()
    {
        var assembly = typeof(BuiltInChains).Assembly;
        var result = new List<(ChainTemplate, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("data/chains/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var json = reader.ReadToEnd();
            var (template, problems) = ChainTemplateReader.Read(json, ReferenceCodes.IsIndustry);
            if (template is null)
            {
                throw new InvalidDataException($"{name}: {string.Join("; ", problems)}");
            }
            result.Add((template, json));
        }
        return result;
    }
}
