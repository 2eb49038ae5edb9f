using System.Globalization;
using ParkLens.Core.ChainAtlas.Templates;

namespace ParkLens.Core.ChainAtlas.Mapping;

/// <summary>What the matcher reads of an enterprise (or an outside candidate).</summary>
public sealed record MatchSubject(string Name, string IndustryCode, string MainProducts, string BusinessScope, string Tags);

/// <summary>The best leaf of one chain for a subject, with how sure the match is and why.</summary>
public sealed record SegmentMatch(
    string ChainKey, string SegmentId, decimal Confidence, string? MatchedCode, IReadOnlyList<string> Terms,
    IReadOnlyList<string> AlsoPossible, string ReasonZh, string ReasonEn);

/// <summary>
/// Maps an enterprise to chain segments by its GB/T 4754 code and by the segment's keywords and products found in its
/// name, main products, tags and business scope (plain Chinese substrings; no word segmentation is needed for terms of
/// two or more characters). One leaf per chain at most: the most confident; a tie is kept but halved and named.
/// </summary>
public sealed class SegmentMatcher
{
    /// <summary>At or above this an automatic match counts in the analytics; below it waits for a person (待确认).</summary>
    public const decimal AcceptAt = 0.5m;

    /// <summary>
    /// Taken off a code match when the class's official name names none of the segment's terms: 2921 塑料薄膜制造 holds
    /// separator makers and every other film maker, so the code alone must not place a firm in 隔膜 without a person.
    /// </summary>
    public const decimal BroadClassPenalty = 0.15m;

    /// <summary>Weaker matches are dropped.</summary>
    public const decimal Floor = 0.25m;

    private readonly List<LeafIndex> _leaves;
    private readonly Func<string, string?> _industryName;
    private readonly Dictionary<(string Chain, string Segment), LocalText> _names;

    public SegmentMatcher(IEnumerable<ChainTemplate> templates, Func<string, string?> industryName)
    {
        _industryName = industryName;
        var list = templates.ToList();
        _names = list.SelectMany(t => t.Leaves.Select(l => (Key: (t.Key, l.Id), Name: PathOf(t, l))))
            .ToDictionary(x => x.Key, x => x.Name);
        _leaves = list.SelectMany(t => t.Leaves.Select(l =>
        {
            var terms = l.Keywords.Concat(l.Products).Where(k => k.Length > 0).Select(k => k.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            var specific = l.IndustryCodes.Where(c => industryName(c) is { } name && terms.Any(term => name.Contains(term, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
            return new LeafIndex(t.Key, l.Id, l.IndustryCodes, terms, specific);
        })).ToList();
    }

    private static LocalText PathOf(ChainTemplate t, ChainSegment leaf) =>
        leaf.ParentId is { } p && t.Segment(p) is { } parent
            ? new LocalText($"{parent.Name.Zh} · {leaf.Name.Zh}", $"{parent.Name.En} · {leaf.Name.En}")
            : leaf.Name;

    public IReadOnlyList<SegmentMatch> Match(MatchSubject subject)
    {
        // Latin terms (BMS, PACK, OLED) match whatever their case; Chinese has none.
        var strong = string.Join('\n', subject.Name, subject.MainProducts, subject.Tags).ToLowerInvariant();
        var weak = subject.BusinessScope.ToLowerInvariant();
        var strongGrams = Bigrams(strong);
        var weakGrams = Bigrams(weak);
        var scored = new List<(LeafIndex Leaf, decimal Score, string? Code, List<string> Strong, List<string> Weak)>();
        foreach (var leaf in _leaves)
        {
            var (codeScore, code) = CodeScore(leaf.Codes, subject.IndustryCode);
            if (code is not null && !leaf.SpecificCodes.Contains(code))
            {
                codeScore -= BroadClassPenalty;
            }
            List<string>? strongHits = null;
            List<string>? weakHits = null;
            foreach (var term in leaf.Terms)
            {
                if (Contains(strong, strongGrams, term))
                {
                    (strongHits ??= []).Add(term);
                }
                else if (weak.Length > 0 && Contains(weak, weakGrams, term))
                {
                    (weakHits ??= []).Add(term);
                }
            }
            var score = codeScore + TermScore(strongHits?.Count ?? 0, weakHits?.Count ?? 0);
            if (score >= Floor)
            {
                scored.Add((leaf, Math.Min(0.99m, score), code, strongHits ?? [], weakHits ?? []));
            }
        }
        var result = new List<SegmentMatch>();
        foreach (var chain in scored.GroupBy(s => s.Leaf.ChainKey))
        {
            var ordered = chain.OrderByDescending(s => s.Score).ThenByDescending(s => s.Strong.Count).ToList();
            var best = ordered[0];
            var tied = ordered.Skip(1).Where(s => s.Score == best.Score && s.Strong.Count == best.Strong.Count).Select(s => s.Leaf.SegmentId).ToList();
            var confidence = tied.Count > 0 ? Math.Round(best.Score / 2, 2) : Math.Round(best.Score, 2);
            if (tied.Count > 0)
            {
                // A tie is a person's call, never counted automatically; still worth a look however weak.
                confidence = Math.Clamp(confidence, Floor, AcceptAt - 0.01m);
            }
            var terms = best.Strong.Concat(best.Weak).ToList();
            var tiedNames = tied.Select(id => _names.GetValueOrDefault((chain.Key, id)) ?? new LocalText(id, id)).ToList();
            result.Add(new SegmentMatch(chain.Key, best.Leaf.SegmentId, confidence, best.Code, terms, tied,
                Reason(best.Code, best.Strong, best.Weak, tiedNames.Select(n => n.Zh).ToList(), zh: true),
                Reason(best.Code, best.Strong, best.Weak, tiedNames.Select(n => n.En).ToList(), zh: false)));
        }
        return result;
    }

    /// <summary>A 4-digit 小类 equal to the segment's code says most; a 中类 or 大类 containing it says less.</summary>
    internal static (decimal Score, string? Code) CodeScore(IReadOnlyList<string> segmentCodes, string industryCode)
    {
        var best = (Score: 0m, Code: (string?)null);
        foreach (var code in segmentCodes)
        {
            decimal score = 0;
            if (industryCode.StartsWith(code, StringComparison.Ordinal))
            {
                score = code.Length switch { >= 4 => 0.55m, 3 => 0.45m, _ => 0.3m };
            }
            else if (code.StartsWith(industryCode, StringComparison.Ordinal) && industryCode.Length >= 2)
            {
                // The enterprise is coded only coarsely (a 中类 or 大类) and the segment's class lies inside it.
                score = 0.25m;
            }
            if (score > best.Score)
            {
                best = (score, code);
            }
        }
        return best;
    }

    /// <summary>A term in the name, products or tags counts more than one in the long business scope text.</summary>
    internal static decimal TermScore(int strongHits, int weakHits)
    {
        decimal score = 0;
        if (strongHits > 0)
        {
            score += 0.35m + 0.1m * Math.Min(2, strongHits - 1);
        }
        if (weakHits > 0)
        {
            score += (strongHits > 0 ? 0.05m : 0.25m) + 0.05m * Math.Min(2, weakHits - 1);
        }
        return score;
    }

    private string Reason(string? code, List<string> strong, List<string> weak, List<string> tied, bool zh)
    {
        var parts = new List<string>();
        if (code is not null)
        {
            var name = _industryName(code);
            parts.Add(zh ? $"行业代码属于 {code}{(name is null ? "" : $"（{name}）")}" : $"industry code within {code}{(name is null ? "" : $" ({name})")}");
        }
        if (strong.Count > 0)
        {
            parts.Add(zh ? $"名称/主营产品/标签含{Quoted(strong, true)}" : $"name, products or tags mention {Quoted(strong, false)}");
        }
        if (weak.Count > 0)
        {
            parts.Add(zh ? $"经营范围含{Quoted(weak, true)}" : $"business scope mentions {Quoted(weak, false)}");
        }
        if (tied.Count > 0)
        {
            parts.Add(zh ? $"同样符合 {string.Join("、", tied)}，需人工确认" : $"fits {string.Join(", ", tied)} equally; needs a person to decide");
        }
        return string.Join(zh ? "；" : "; ", parts);
    }

    private static string Quoted(List<string> terms, bool zh) =>
        string.Join(zh ? "" : ", ", terms.Take(4).Select(t => zh ? $"“{t}”" : $"\"{t}\"")) + (terms.Count > 4 ? (zh ? "等" : " …") : "");

    private static bool Contains(string text, HashSet<int> grams, string term) =>
        term.Length < 2 ? text.Contains(term, StringComparison.Ordinal) : grams.Contains(Gram(term[0], term[1])) && text.Contains(term, StringComparison.Ordinal);

    private static HashSet<int> Bigrams(string text)
    {
        var set = new HashSet<int>(text.Length);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            set.Add(Gram(text[i], text[i + 1]));
        }
        return set;
    }

    private static int Gram(char a, char b) => (a << 16) | b;

    private sealed record LeafIndex(string ChainKey, string SegmentId, IReadOnlyList<string> Codes, string[] Terms, IReadOnlySet<string> SpecificCodes);

    public static string Percent(decimal confidence) => (confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
