namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>
/// 中小企业划型: a class is reached when every measure of the industry row is at or above its lower bound
/// (large, medium, small in turn); a firm below a small bound on any one measure is micro.
/// </summary>
internal static class SizeClassEvaluator
{
    public const string IndustryCodeKey = "industry_code";

    private static readonly (string Zh, string En)[] Classes = [("大型", "large"), ("中型", "medium"), ("小型", "small"), ("微型", "micro")];

    public static TierEvaluation Evaluate(TierRuleSet set, TierFacts f)
    {
        var b = new EvaluationBuilder(set, f);
        var row = f.IndustryCode is { } code ? Match(set.SizeRows, code) : null;
        if (row is null)
        {
            b.Condition("industry", "所属行业（GB/T 4754-2017）", "Industry (GB/T 4754-2017)", "第四条", null, f.IndustryCode, null, []);
            b.AddMissing([IndustryCodeKey]);
            return b.Build(Verdict.CannotDecide, null, null, null, null, scored: false);
        }
        b.Info("industry", "行业划型标准", "Industry row", "第四条", $"{row.NameZh} / {row.NameEn} ({f.IndustryCode})",
            row.Confidence == "M" ? "该行业标准数值凭记忆录入，待核对原文" : null, row.Confidence == "M" ? "Thresholds of this row are from memory; check against the text" : null);

        int? reached = null;
        for (var level = 0; level < 3 && reached is null; level++)
        {
            var qualifies = Tri.All(row.Measures.Select(m => Tri.AtLeast(f[m.Fact], Bound(m, level))).ToArray());
            if (qualifies == true)
            {
                reached = level;
            }
            else if (qualifies is null)
            {
                b.Condition("class", "规模档次", "Size class", "第四条", null, Values(row, f), Thresholds(row, level), row.Measures.Select(m => m.Fact));
                var notLarge = level > 0;
                return b.Build(notLarge ? Verdict.Pass : Verdict.CannotDecide, null, notLarge ? "中小微型（数据不全，未细分）" : null, notLarge ? "SME (class not determined)" : null, null, scored: false);
            }
        }
        var cls = reached ?? 3;
        b.Condition("class", "规模档次", "Size class", "第四条", cls > 0, Values(row, f), cls < 3 ? Thresholds(row, cls) : Thresholds(row, 2).Replace("≥", "<", StringComparison.Ordinal), [], gating: false);
        return b.Build(cls == 0 ? Verdict.Fail : Verdict.Pass, null, Classes[cls].Zh, Classes[cls].En, null, scored: false);
    }

    /// <summary>The most specific row covering the code: a section letter, a 2-digit division range "06-46" or a digit prefix.</summary>
    internal static SizeClassRow? Match(IReadOnlyList<SizeClassRow> rows, string code)
    {
        var letter = char.IsAsciiLetter(code[0]) ? char.ToUpperInvariant(code[0]).ToString() : null;
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        SizeClassRow? best = null;
        var bestScore = -1;
        foreach (var row in rows)
        {
            foreach (var entry in row.Codes)
            {
                var score = Specificity(entry, letter, digits);
                if (score > bestScore)
                {
                    (best, bestScore) = (row, score);
                }
            }
        }
        return best;
    }

    private static int Specificity(string entry, string? letter, string digits)
    {
        if (entry == "*")
        {
            return 0;
        }
        if (entry.Length == 1 && char.IsAsciiLetter(entry[0]))
        {
            return entry == letter ? 1 : -1;
        }
        var dash = entry.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            return digits.Length >= 2 && int.TryParse(digits[..2], out var division)
                && division >= int.Parse(entry[..dash], System.Globalization.CultureInfo.InvariantCulture)
                && division <= int.Parse(entry[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture) ? 2 : -1;
        }
        return digits.StartsWith(entry, StringComparison.Ordinal) ? entry.Length : -1;
    }

    private static decimal Bound(SizeMeasure m, int level) => level switch { 0 => m.Large, 1 => m.Medium, _ => m.Small };

    private static string Values(SizeClassRow row, TierFacts f) =>
        string.Join("，", row.Measures.Select(m => $"{FactCatalog.Get(m.Fact).NameZh} {TechSmeEvaluator.Show(f[m.Fact])}"));

    private static string Thresholds(SizeClassRow row, int level) =>
        string.Join(" 且 ", row.Measures.Select(m => $"{FactCatalog.Get(m.Fact).NameZh} ≥{Format.Number(Bound(m, level))}"));
}
