using System.Text.Json;
using System.Text.Json.Serialization;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>How long each tier's certificate is valid (data/tier-pipeline/validity.json, with its basis and confidence).</summary>
public sealed record TierValidity(Tier Tier, int Years, bool UntilYearEnd, string Confidence, string BasisZh, string BasisEn)
{
    private static readonly Lazy<IReadOnlyDictionary<Tier, TierValidity>> All = new(Load);

    public static TierValidity Of(Tier tier) => All.Value.TryGetValue(tier, out var v)
        ? v
        : throw new InvalidOperationException($"data/tier-pipeline/validity.json has no entry for {tier}.");

    public static IReadOnlyCollection<TierValidity> Entries => All.Value.Values.ToList();

    /// <summary>The last day a certificate issued on <paramref name="from"/> is valid.</summary>
    public DateOnly ValidUntil(DateOnly from) => UntilYearEnd
        ? new DateOnly(from.Year + Years - 1, 12, 31)
        : from.AddYears(Years).AddDays(-1);

    private static Dictionary<Tier, TierValidity> Load()
    {
        using var stream = typeof(TierValidity).Assembly.GetManifestResourceStream("data/tier-pipeline/validity.json")
            ?? throw new InvalidOperationException("Embedded data/tier-pipeline/validity.json is missing.");
        var file = JsonSerializer.Deserialize<ValidityFile>(stream, Options) ?? throw new InvalidOperationException("validity.json is empty.");
        return file.Tiers.ToDictionary(t => t.Tier);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record ValidityFile(string Version, List<TierValidity> Tiers);
}
