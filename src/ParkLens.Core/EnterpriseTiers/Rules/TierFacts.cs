namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>The facts of one enterprise for one evaluation. An absent or null value is unknown, never zero.</summary>
public sealed class TierFacts
{
    private readonly Dictionary<string, decimal?> values;

    private TierFacts(Dictionary<string, decimal?> values, string? industryCode)
    {
        this.values = values;
        IndustryCode = industryCode;
    }

    public static TierFacts Empty { get; } = new([], null);

    /// <summary>GB/T 4754-2017 code (section letter and/or digits), used by the size class.</summary>
    public string? IndustryCode { get; }

    public IReadOnlyDictionary<string, decimal?> Values => values;

    public decimal? this[string key] => values.GetValueOrDefault(key);

    public static TierFacts Create(IReadOnlyDictionary<string, decimal?> values, string? industryCode)
    {
        var copy = new Dictionary<string, decimal?>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!FactCatalog.TryGet(key, out _))
            {
                throw new ArgumentException($"Unknown tier fact '{key}'.", nameof(values));
            }
            if (value is not null)
            {
                copy[key] = value;
            }
        }
        return new TierFacts(copy, string.IsNullOrWhiteSpace(industryCode) ? null : industryCode.Trim());
    }

    public TierFacts With(string key, decimal? value)
    {
        var copy = new Dictionary<string, decimal?>(values, StringComparer.Ordinal) { [key] = value };
        return Create(copy, IndustryCode);
    }

    public TierFacts WithIndustry(string? industryCode) => Create(values, industryCode);
}
