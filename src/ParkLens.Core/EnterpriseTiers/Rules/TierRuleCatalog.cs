namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>The rule sets compiled in from data/tiers/*.json.</summary>
public static class TierRuleCatalog
{
    private const string Prefix = "data/tiers/";

    private static readonly Lazy<IReadOnlyList<TierRuleSet>> Loaded = new(Load);

    public static IReadOnlyList<TierRuleSet> All => Loaded.Value;

    public static TierRuleSet Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"No tier rule set '{id}'.");

    /// <summary>The rule set in force at <paramref name="asOf"/>; a regional set wins over the national one for its region.</summary>
    public static TierRuleSet? Current(Tier tier, DateOnly asOf, string? region = null)
    {
        TierRuleSet? best = null;
        foreach (var set in All)
        {
            if (set.Tier != tier || !set.IsEffectiveAt(asOf) || (set.Region is not null && set.Region != region))
            {
                continue;
            }
            if (best is null || Rank(set) > Rank(best) || (Rank(set) == Rank(best) && set.EffectiveFrom > best.EffectiveFrom))
            {
                best = set;
            }
        }
        return best;
    }

    public static TierRuleSet Parse(string json) => RuleFileReader.Read(json);

    private static int Rank(TierRuleSet set) => set.Region is null ? 0 : 1;

    private static List<TierRuleSet> Load()
    {
        var assembly = typeof(TierRuleCatalog).Assembly;
        var sets = new List<TierRuleSet>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            try
            {
                sets.Add(Parse(reader.ReadToEnd()));
            }
            catch (TierRuleFileException e)
            {
                throw new InvalidOperationException($"Embedded {name}: {e.Message}", e);
            }
        }
        return sets;
    }
}
