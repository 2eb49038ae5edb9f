using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.LandEfficiency.Schemes;

/// <summary>The schemes shipped under data/land.</summary>
public static class BuiltInSchemes
{
    public const string DefaultKey = "zhejiang-default";

    private static readonly Lazy<IReadOnlyList<EvaluationScheme>> Loaded = new(Load);

    public static IReadOnlyList<EvaluationScheme> All => Loaded.Value;

    public static EvaluationScheme Default => All.Single(s => s.Key == DefaultKey);

    public static EvaluationScheme? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    private static List<EvaluationScheme> Load()
    {
        var schemes = new List<EvaluationScheme>();
        foreach (var file in new[] { "zhejiang-default.json", "huangyan-2022.json" })
        {
            using var reader = new StreamReader(EmbeddedData.Open($"land/{file}"));
            var (scheme, problems) = SchemeReader.Read(reader.ReadToEnd());
            schemes.Add(scheme ?? throw new InvalidOperationException($"data/land/{file}: {string.Join("; ", problems)}"));
        }
        return schemes;
    }
}
