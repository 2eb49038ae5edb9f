using System.Text.Json;
using System.Text.Json.Nodes;
using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Templates;

/// <summary>
/// Reads a chain template file and checks it: every problem is named by its JSON path and rule, and a template with any
/// problem is refused whole. Industry codes are checked against the codes the caller knows (GB/T 4754-2017).
/// </summary>
public static class ChainTemplateReader
{
    public static readonly ProblemRule BadJson = new("chain-json", "不是有效的 JSON：{0}", "not valid JSON: {0}");
    public static readonly ProblemRule Missing = new("chain-required", "必填", "required");
    public static readonly ProblemRule BadKey = new("chain-key", "只能用小写字母、数字和连字符（2–40 位）", "lowercase letters, digits and hyphens only (2–40)");
    public static readonly ProblemRule BadStage = new("chain-stage", "须为 upstream / midstream / downstream", "must be upstream, midstream or downstream");
    public static readonly ProblemRule Duplicate = new("chain-duplicate", "重复：{0}", "duplicate: {0}");
    public static readonly ProblemRule UnknownSegment = new("chain-segment", "没有这个环节：{0}", "no such segment: {0}");
    public static readonly ProblemRule GroupCarriesCodes = new("chain-group", "有下级环节的分组不能带行业代码或关键词", "a group with children carries no codes or keywords");
    public static readonly ProblemRule TooDeep = new("chain-depth", "上级环节 {0} 本身还有上级；最多两层", "parent {0} has a parent itself; two levels at most");
    public static readonly ProblemRule UnknownIndustry = new("chain-industry", "不是 GB/T 4754-2017 的大类、中类或小类代码：{0}", "not a GB/T 4754-2017 division, group or class code: {0}");
    public static readonly ProblemRule EdgeNotLeaf = new("chain-edge", "供给关系只能连接末级环节：{0}", "supply edges join leaf segments only: {0}");
    public static readonly ProblemRule SelfLoop = new("chain-loop", "环节不能供给自己", "a segment cannot supply itself");
    public static readonly ProblemRule LeafWithoutSignal = new("chain-signal", "末级环节至少要有一个行业代码或关键词", "a leaf needs at least one industry code or keyword");
    public static readonly ProblemRule NotAnObject = new("chain-object", "应为对象", "an object expected");
    public static readonly ProblemRule NotAnArray = new("chain-array", "应为数组", "an array expected");
    public static readonly ProblemRule NotAString = new("chain-string", "应为文字", "a string expected");
    public static readonly ProblemRule NoLeaves = new("chain-empty", "至少要有一个末级环节", "at least one leaf segment");

    public static (ChainTemplate? Template, IReadOnlyList<Problem> Problems) Read(string json, Func<string, bool> isIndustryCode, int? ownerZoneId = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return (null, [BadJson.For("$", e.Message)]);
        }
        var problems = new List<Problem>();
        if (root is not JsonObject o)
        {
            return (null, [BadJson.For("$", "object expected")]);
        }
        var key = Text(o, "key", "$.key", problems) ?? "";
        if (key.Length > 0 && !IsKey(key))
        {
            problems.Add(BadKey.For("$.key"));
        }
        var version = o["version"] is JsonValue v && v.TryGetValue<int>(out var n) && n > 0 ? n : 1;
        var name = Local(o["name"], "$.name", problems, required: true);
        var description = Local(o["description"], "$.description", problems, required: false);
        var sources = Strings(o["sources"]);

        var raw = (o["segments"] as JsonArray ?? []).Select((s, i) => (Node: s as JsonObject, Path: $"$.segments[{i}]")).ToList();
        if (o["segments"] is not JsonArray)
        {
            problems.Add(Missing.For("$.segments"));
        }
        foreach (var (node, path) in raw.Where(r => r.Node is null))
        {
            problems.Add(NotAnObject.For(path));
        }
        if (o["edges"] is { } edgesNode && edgesNode is not JsonArray)
        {
            problems.Add(NotAnArray.For("$.edges"));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in raw)
        {
            var id = node is null ? null : Text(node, "id", path + ".id", problems);
            if (id is not null && !IsKey(id))
            {
                problems.Add(BadKey.For(path + ".id"));
            }
            if (id is not null && !ids.Add(id))
            {
                problems.Add(Duplicate.For(path + ".id", id));
            }
        }
        var parents = raw.Select(r => Str(r.Node?["parent"])).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToHashSet(StringComparer.Ordinal);
        var segments = new List<ChainSegment>();
        foreach (var (node, path) in raw)
        {
            if (node is null || Str(node["id"]) is not { Length: > 0 } id)
            {
                continue;
            }
            if (node["parent"] is JsonValue parentValue && Str(parentValue) is null)
            {
                problems.Add(NotAString.For(path + ".parent"));
            }
            var parent = Str(node["parent"]) is { Length: > 0 } p ? p : null;
            if (parent is not null)
            {
                if (!ids.Contains(parent))
                {
                    problems.Add(UnknownSegment.For(path + ".parent", parent));
                }
                else if (Str(raw.First(r => Str(r.Node?["id"]) == parent).Node?["parent"]) is { Length: > 0 })
                {
                    problems.Add(TooDeep.For(path + ".parent", parent));
                }
            }
            ChainStage stage = default;
            if (Text(node, "stage", path + ".stage", problems) is { } stageText && !TryStage(stageText, out stage))
            {
                problems.Add(BadStage.For(path + ".stage"));
            }
            var codes = Strings(node["industryCodes"]);
            var keywords = Strings(node["keywords"]);
            var products = Strings(node["products"]);
            var isGroup = parents.Contains(id);
            if (isGroup && (codes.Count > 0 || keywords.Count > 0))
            {
                problems.Add(GroupCarriesCodes.For(path));
            }
            if (!isGroup && codes.Count == 0 && keywords.Count == 0)
            {
                problems.Add(LeafWithoutSignal.For(path));
            }
            for (var i = 0; i < codes.Count; i++)
            {
                // A 门类 letter is a valid code but names no enterprise's class: 大类, 中类 or 小类 digits only.
                if (codes[i].Length is < 2 or > 4 || !codes[i].All(char.IsAsciiDigit) || !isIndustryCode(codes[i]))
                {
                    problems.Add(UnknownIndustry.For($"{path}.industryCodes[{i}]", codes[i]));
                }
            }
            segments.Add(new ChainSegment(id, parent, stage, Local(node["name"], path + ".name", problems, required: true), codes, keywords, products, isGroup));
        }
        if (segments.Count > 0 && segments.All(s => s.IsGroup))
        {
            problems.Add(NoLeaves.For("$.segments"));
        }
        var leaves = segments.Where(s => !s.IsGroup).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new List<SupplyEdge>();
        var edgeArray = o["edges"] as JsonArray ?? [];
        for (var i = 0; i < edgeArray.Count; i++)
        {
            var path = $"$.edges[{i}]";
            var from = edgeArray[i] is JsonObject e1 ? Text(e1, "from", path + ".from", problems) : null;
            var to = edgeArray[i] is JsonObject e2 ? Text(e2, "to", path + ".to", problems) : null;
            if (from is null || to is null)
            {
                continue;
            }
            foreach (var (end, field) in new[] { (from, ".from"), (to, ".to") })
            {
                if (!ids.Contains(end))
                {
                    problems.Add(UnknownSegment.For(path + field, end));
                }
                else if (!leaves.Contains(end))
                {
                    problems.Add(EdgeNotLeaf.For(path + field, end));
                }
            }
            if (from == to)
            {
                problems.Add(SelfLoop.For(path));
            }
            var edge = new SupplyEdge(from, to);
            if (edges.Contains(edge))
            {
                problems.Add(Duplicate.For(path, $"{from} → {to}"));
            }
            edges.Add(edge);
        }
        return problems.Count > 0
            ? (null, problems)
            : (new ChainTemplate(key, version, name, description, sources, segments, edges, ownerZoneId), problems);
    }

    public static bool IsKey(string key) =>
        key.Length is >= 2 and <= 40 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsLetterOrDigit(key[0]);

    private static bool TryStage(string text, out ChainStage stage)
    {
        (var ok, stage) = text switch
        {
            "upstream" or "上游" => (true, ChainStage.Upstream),
            "midstream" or "中游" => (true, ChainStage.Midstream),
            "downstream" or "下游" => (true, ChainStage.Downstream),
            _ => (false, ChainStage.Upstream),
        };
        return ok;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    private static string? Text(JsonObject node, string field, string path, List<Problem> problems)
    {
        var value = Str(node[field]);
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(Missing.For(path));
            return null;
        }
        return value;
    }

    private static LocalText Local(JsonNode? node, string path, List<Problem> problems, bool required)
    {
        if (node is not null and not JsonObject)
        {
            problems.Add(NotAnObject.For(path));
            return new LocalText("", "");
        }
        var zh = Str(node?["zh"]) ?? "";
        var en = Str(node?["en"]) ?? "";
        if (required && zh.Length == 0)
        {
            problems.Add(Missing.For(path + ".zh"));
        }
        return new LocalText(zh, en.Length > 0 ? en : zh);
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray a
            ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
