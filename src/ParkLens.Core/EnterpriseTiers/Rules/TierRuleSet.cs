namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>A note on a rule or parameter. Confidence: V verbatim, S secondary source, M memory/unconfirmed.</summary>
public sealed record RuleNote(string Subject, string Confidence, string TextZh, string TextEn);

/// <summary>One threshold of a rule set, with where it comes from.</summary>
public sealed record RuleNumber(string Key, decimal Value, string Confidence, string? Clause);

/// <summary>
/// One band of a score table. A band holds when every bound it names holds: Min (≥), Over (&gt;), Max (≤), Below (&lt;).
/// A band with no bound is the catch-all. Fact, when set, is read instead of the table's measure.
/// </summary>
public sealed record ScoreBand(decimal? Min, decimal? Over, decimal? Max, decimal? Below, string? Fact, decimal Points, decimal PointsMax, string? LabelZh, string? LabelEn)
{
    public bool IsCatchAll => Min is null && Over is null && Max is null && Below is null;

    public bool Holds(decimal value) =>
        (Min is not { } min || value >= min) && (Over is not { } over || value > over)
        && (Max is not { } max || value <= max) && (Below is not { } below || value < below);
}

/// <summary>A scored indicator: bands ordered best first, the first band that holds gives the points.</summary>
public sealed record ScoreTable(string Key, string NameZh, string NameEn, string Clause, string? Group, decimal MaxPoints, string Confidence, IReadOnlyList<ScoreBand> Bands);

/// <summary>A 中小企业划型 row: the industries it covers and the lower bounds of large, medium and small per measure.</summary>
public sealed record SizeClassRow(string Key, string NameZh, string NameEn, string Confidence, IReadOnlyList<string> Codes, IReadOnlyList<SizeMeasure> Measures);

public sealed record SizeMeasure(string Fact, decimal Large, decimal Medium, decimal Small);

public sealed record TierRuleSet(
    string Id,
    Tier Tier,
    string Version,
    string TitleZh,
    string TitleEn,
    string DocumentNumber,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Region,
    IReadOnlyList<RuleNote> Notes)
{
    public string DocumentConfidence { get; init; } = "V";

    /// <summary>True for a local rule shipped as an example; the zone must replace it with its own document.</summary>
    public bool IsExample { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyDictionary<string, RuleNumber> Numbers { get; init; } = new Dictionary<string, RuleNumber>();

    public IReadOnlyDictionary<string, ScoreTable> Tables { get; init; } = new Dictionary<string, ScoreTable>();

    /// <summary>Province-defined indicators (专精特新 row 9); their points add up, capped by the local maximum.</summary>
    public IReadOnlyList<ScoreTable> LocalIndicators { get; init; } = [];

    public IReadOnlyList<SizeClassRow> SizeRows { get; init; } = [];

    public decimal Number(string key) =>
        Numbers.TryGetValue(key, out var number) ? number.Value : throw new KeyNotFoundException($"Rule set {Id} has no number '{key}'.");

    public ScoreTable Table(string key) =>
        Tables.TryGetValue(key, out var table) ? table : throw new KeyNotFoundException($"Rule set {Id} has no table '{key}'.");

    public bool IsEffectiveAt(DateOnly asOf) => EffectiveFrom <= asOf && (EffectiveTo is null || asOf < EffectiveTo);

    /// <summary>Fact keys named in the file itself (bands, local indicators, size measures).</summary>
    public IEnumerable<string> FactsNamedInFile() =>
        Tables.Values.Concat(LocalIndicators).SelectMany(t => t.Bands).Select(b => b.Fact).OfType<string>()
            .Concat(SizeRows.SelectMany(r => r.Measures).Select(m => m.Fact));
}
