namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>
/// A computed indicator value = Scale × Numerator / Denominator + Offset, where Numerator can be raised by changing
/// <see cref="Fact"/>. That form covers plain facts, ratios, year-on-year and averaged growth, and lets an
/// improvement be solved exactly: Numerator' = (target − Offset) × Denominator / Scale.
/// </summary>
internal sealed record Measure(
    string Fact,
    decimal? Numerator,
    decimal? Denominator,
    decimal Scale,
    decimal Offset,
    FactUnit NumeratorUnit,
    string SubjectZh,
    string SubjectEn,
    string TargetZh,
    string TargetEn,
    IReadOnlyList<string> Inputs,
    string? Shown = null,
    FactUnit ThresholdUnit = FactUnit.Ratio)
{
    private decimal? value;
    private bool computed;

    public decimal? Value
    {
        get
        {
            if (!computed)
            {
                value = Numerator is { } n && Denominator is { } d && d != 0 ? (Scale == 1 ? n / d : Scale * n / d) + Offset : null;
                computed = true;
            }
            return value;
        }
    }

    public IReadOnlyList<string> Missing(TierFacts facts)
    {
        List<string>? missing = null;
        foreach (var key in Inputs)
        {
            if (facts[key] is null)
            {
                (missing ??= []).Add(key);
            }
        }
        return missing ?? (IReadOnlyList<string>)[];
    }

    public string? Display => Shown ?? (Numerator is { } n && Denominator is { } d
        ? (Scale == 1 && Offset == 0 && d != 1 ? Format.Ratio(n, d) : Value is { } v ? (d == 1 && Offset == 0 ? Format.Amount(v, NumeratorUnit) : Format.Percent(v)) : null)
        : null);

    private bool IsWhole => NumeratorUnit is not (FactUnit.TenThousandYuan or FactUnit.Ratio);

    public static Measure Plain(string fact, TierFacts facts, string subjectZh, string subjectEn) =>
        new(fact, facts[fact], 1, 1, 0, FactCatalog.Get(fact).Unit, subjectZh, subjectEn, "{0}", "{0}", [fact]);

    public static Measure Ratio(string fact, decimal? numerator, decimal? denominator, string subjectZh, string subjectEn, string denominatorZh, string denominatorEn, IReadOnlyList<string> inputs) =>
        new(fact, numerator, denominator, 1, 0, FactCatalog.Get(fact).Unit, subjectZh, subjectEn, denominatorZh + "的 {0}", "{0} of " + denominatorEn, inputs);

    /// <summary>Year-on-year growth y0/y1 − 1, raised through y0.</summary>
    public static Measure Growth(string fact, string previousFact, TierFacts facts, string subjectZh, string subjectEn) =>
        new(fact, facts[fact], facts[previousFact], 1, -1, FactCatalog.Get(fact).Unit, subjectZh, subjectEn, "增长率 {0}", "growth of {0}", [fact, previousFact]);

    /// <summary>
    /// Numerator needed for the indicator to reach <paramref name="target"/>. Exclusive bounds add one unit (1 for
    /// counts, 0.1万元 for money) so the target really clears them.
    /// </summary>
    public decimal? Required(decimal target, bool exclusive, bool lowerIsBetter = false)
    {
        if (Denominator is not { } d || Scale == 0)
        {
            return null;
        }
        var needed = (target - Offset) * d / Scale;
        if (lowerIsBetter)
        {
            return IsWhole ? (exclusive ? Math.Ceiling(needed) - 1 : Math.Floor(needed)) : (exclusive ? Math.Ceiling(needed * 10m) / 10m - 0.1m : Math.Floor(needed * 10m) / 10m);
        }
        return NumeratorUnit switch
        {
            FactUnit.Count or FactUnit.Boolean or FactUnit.Level or FactUnit.Years or FactUnit.Days or FactUnit.Points =>
                exclusive ? Math.Floor(needed) + 1 : Math.Ceiling(needed),
            _ => exclusive ? Math.Floor(needed * 10m) / 10m + 0.1m : Math.Ceiling(needed * 10m) / 10m,
        };
    }
}
