using System.Text.Json;
using System.Text.Json.Serialization;
using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.Schemes;

/// <summary>Reads and checks a scheme's JSON; every problem names its JSON path.</summary>
public static class SchemeReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() }, WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly ProblemRule Malformed = new("scheme-json", "方案不是有效的 JSON：{0}", "the scheme is not valid JSON: {0}");
    public static readonly ProblemRule Invalid = new("scheme-rule", "{0}：{1}", "{0}: {1}");

    public static (EvaluationScheme? Scheme, IReadOnlyList<Problem> Problems) Read(string json)
    {
        EvaluationScheme? scheme;
        try
        {
            scheme = JsonSerializer.Deserialize<EvaluationScheme>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, [Malformed.For(e.Path ?? "$", e.Message)]);
        }
        if (scheme is null)
        {
            return (null, [Malformed.For("$", "null")]);
        }
        var problems = Check(scheme);
        return problems.Count == 0 ? (scheme, problems) : (null, problems);
    }

    public static string Write(EvaluationScheme scheme) => JsonSerializer.Serialize(scheme, Options);

    public static List<Problem> Check(EvaluationScheme s)
    {
        var problems = new List<Problem>();
        void Add(string path, string zh, string en) => problems.Add(Invalid.For(path, path, UiLanguage.Pick(zh, en)));
        if (string.IsNullOrWhiteSpace(s.Key) || s.Key.Length > 40 || !s.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            Add("$.key", "应为 1—40 位小写字母、数字或连字符", "must be 1–40 lowercase letters, digits or hyphens");
        }
        if (s.Name is null || string.IsNullOrWhiteSpace(s.Name.Zh))
        {
            Add("$.name.zh", "必填", "is required");
        }
        if (s.Scope is null)
        {
            Add("$.scope", "必填", "is required");
        }
        else if (s.Scope.MinLandMu < 0 || s.Scope.NewFirmYears < 0)
        {
            Add("$.scope", "不能为负数", "may not be negative");
        }
        if (s.Populations is null || s.Populations.Count == 0)
        {
            Add("$.populations", "至少需要一个评价群体", "needs at least one population");
        }
        else
        {
            CheckPopulations(s.Populations, Add);
        }
        if (s.ItemCap is <= 0)
        {
            Add("$.itemCap", "应为正数（权重的倍数）或留空", "must be positive (a multiple of the weight) or null");
        }
        CheckClasses(s.Classes, Add);
        return problems;
    }

    private static void CheckPopulations(IReadOnlyList<Population> populations, Action<string, string, string> add)
    {
        if (populations.Select(p => p.Key).Distinct().Count() != populations.Count)
        {
            add("$.populations", "群体代码重复", "population keys repeat");
        }
        for (var i = 0; i < populations.Count; i++)
        {
            var p = populations[i];
            if (p.Key is not ("above" or "below"))
            {
                add($"$.populations[{i}].key", "应为 above（规上）或 below（规下）", "must be above or below");
            }
            if (p.Indicators is null || p.Indicators.Count == 0)
            {
                add($"$.populations[{i}].indicators", "至少需要一项指标", "needs at least one indicator");
                continue;
            }
            if (p.Indicators.Select(x => x.Code).Distinct().Count() != p.Indicators.Count)
            {
                add($"$.populations[{i}].indicators", "指标重复", "an indicator repeats");
            }
            for (var j = 0; j < p.Indicators.Count; j++)
            {
                var indicator = p.Indicators[j];
                var path = $"$.populations[{i}].indicators[{j}]";
                if (indicator.Weight <= 0)
                {
                    add($"{path}.weight", "权重应为正数", "the weight must be positive");
                }
                if (indicator.Benchmark is null)
                {
                    add($"{path}.benchmark", "必填", "is required");
                }
                else if (indicator.Benchmark.Kind == BenchmarkKind.Fixed && indicator.Benchmark.Value is not > 0)
                {
                    add($"{path}.benchmark.value", "固定基准值应为正数", "a fixed benchmark must be positive");
                }
            }
        }
    }

    private static void CheckClasses(ClassRule? classes, Action<string, string, string> add)
    {
        if (classes?.Cuts is not { Count: > 0 } cuts)
        {
            add("$.classes.cuts", "必填", "is required");
            return;
        }
        if (cuts.Select(c => c.Class).Distinct().Count() != cuts.Count)
        {
            add("$.classes.cuts", "等级重复", "a class repeats");
        }
        for (var i = 1; i < cuts.Count; i++)
        {
            var ordered = classes.Method == ClassMethod.Percentile ? cuts[i].UpTo > cuts[i - 1].UpTo : cuts[i].UpTo < cuts[i - 1].UpTo;
            if (!ordered)
            {
                add($"$.classes.cuts[{i}].upTo", classes.Method == ClassMethod.Percentile ? "比例应逐级增大" : "分数线应逐级降低",
                    classes.Method == ClassMethod.Percentile ? "shares must increase class by class" : "thresholds must decrease class by class");
            }
        }
        if (classes.Method == ClassMethod.Percentile && cuts[^1].UpTo != 1m)
        {
            add($"$.classes.cuts[{cuts.Count - 1}].upTo", "最后一级应为 1（包含所有企业）", "the last class must reach 1 (every firm)");
        }
        if (classes.Method == ClassMethod.Threshold && cuts[^1].UpTo != 0m)
        {
            add($"$.classes.cuts[{cuts.Count - 1}].upTo", "最后一级分数线应为 0", "the last threshold must be 0");
        }
    }
}
