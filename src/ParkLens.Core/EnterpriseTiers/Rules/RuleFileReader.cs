using System.Globalization;
using System.Text.Json;

namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Reads a rule file field by field so that a bad file names the field at fault.</summary>
internal static class RuleFileReader
{
    private static readonly string[] Confidences = ["V", "S", "M"];

    public static TierRuleSet Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new TierRuleFileException($"Tier rule file is not valid JSON (line {e.LineNumber + 1}): {e.Message}", "$");
        }
        using (document)
        {
            return ReadSet(document.RootElement);
        }
    }

    private static TierRuleSet ReadSet(JsonElement root)
    {
        var tierText = Text(root, "tier", "$");
        if (!Enum.TryParse<Tier>(tierText, out var tier))
        {
            throw Bad("$.tier", $"'{tierText}' is not one of {string.Join(", ", Enum.GetNames<Tier>())}");
        }
        var notes = List(root, "notes", "$", (e, p) => new RuleNote(Text(e, "subject", p), Confidence(e, p), Text(e, "textZh", p), Text(e, "textEn", p)));
        var set = new TierRuleSet(
            Text(root, "id", "$"), tier, Text(root, "version", "$"), Text(root, "titleZh", "$"), Text(root, "titleEn", "$"),
            Text(root, "documentNumber", "$"), Date(root, "effectiveFrom", "$"), OptionalDate(root, "effectiveTo", "$"),
            OptionalText(root, "region", "$"), notes)
        {
            DocumentConfidence = Confidence(root, "$", "documentConfidence"),
            IsExample = root.TryGetProperty("isExample", out var example) && example.ValueKind == JsonValueKind.True,
            Sources = List(root, "sources", "$", (e, p) => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Bad(p, "must be a string")),
            Numbers = Map(root, "numbers", (key, e, p) => new RuleNumber(key, Decimal(e, "value", p), Confidence(e, p), OptionalText(e, "clause", p))),
            Tables = Map(root, "tables", (key, e, p) => ReadTable(key, e, p)),
            LocalIndicators = List(root, "localIndicators", "$", (e, p) => ReadTable(Text(e, "key", p), e, p)),
            SizeRows = List(root, "sizeRows", "$", ReadSizeRow),
        };
        Validate(set);
        return set;
    }

    private static ScoreTable ReadTable(string key, JsonElement e, string path)
    {
        var bands = List(e, "bands", path, (b, p) =>
        {
            var points = Decimal(b, "points", p);
            return new ScoreBand(OptionalDecimal(b, "min", p), OptionalDecimal(b, "over", p), OptionalDecimal(b, "max", p), OptionalDecimal(b, "below", p),
                OptionalText(b, "fact", p), points, OptionalDecimal(b, "pointsMax", p) ?? points, OptionalText(b, "labelZh", p), OptionalText(b, "labelEn", p));
        });
        if (bands.Count == 0)
        {
            throw Bad(path + ".bands", "must hold at least one band");
        }
        return new ScoreTable(key, Text(e, "nameZh", path), Text(e, "nameEn", path), Text(e, "clause", path), OptionalText(e, "group", path),
            Decimal(e, "maxPoints", path), Confidence(e, path), bands);
    }

    private static SizeClassRow ReadSizeRow(JsonElement e, string path) =>
        new(Text(e, "key", path), Text(e, "nameZh", path), Text(e, "nameEn", path), Confidence(e, path),
            List(e, "codes", path, (c, p) => c.ValueKind == JsonValueKind.String ? c.GetString()! : throw Bad(p, "must be a string")),
            List(e, "measures", path, (m, p) => new SizeMeasure(Text(m, "fact", p), Decimal(m, "large", p), Decimal(m, "medium", p), Decimal(m, "small", p))));

    private static void Validate(TierRuleSet set)
    {
        var schema = RuleSetSchema.For(set.Tier);
        foreach (var key in schema.Numbers.Where(k => !set.Numbers.ContainsKey(k)))
        {
            throw Bad($"$.numbers.{key}", $"is required for tier {set.Tier}");
        }
        foreach (var key in schema.Tables.Where(k => !set.Tables.ContainsKey(k)))
        {
            throw Bad($"$.tables.{key}", $"is required for tier {set.Tier}");
        }
        if (set.Tier == Tier.SizeClass && set.SizeRows.Count == 0)
        {
            throw Bad("$.sizeRows", "is required for tier SizeClass");
        }
        foreach (var fact in set.FactsNamedInFile().Where(f => !FactCatalog.TryGet(f, out _)))
        {
            throw Bad("fact", $"'{fact}' is not a known tier fact");
        }
        var noted = set.Notes.Select(n => n.Subject).ToHashSet(StringComparer.Ordinal);
        var memoryKeys = set.Numbers.Values.Where(n => n.Confidence == "M").Select(n => n.Key)
            .Concat(set.Tables.Values.Concat(set.LocalIndicators).Where(t => t.Confidence == "M").Select(t => t.Key))
            .Concat(set.SizeRows.Where(r => r.Confidence == "M").Select(r => r.Key));
        foreach (var key in memoryKeys.Where(k => !noted.Contains(k)))
        {
            throw Bad($"$.notes", $"parameter '{key}' is tagged [M] and needs a note with subject '{key}'");
        }
        if (set.DocumentConfidence == "M" && !noted.Contains("documentNumber"))
        {
            throw Bad("$.notes", "documentNumber is tagged [M] and needs a note with subject 'documentNumber'");
        }
    }

    private static TierRuleFileException Bad(string path, string message) => new($"Tier rule file: field {path} {message}.", path);

    private static JsonElement Required(JsonElement e, string name, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "must be an object");
        }
        return e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : throw Bad($"{path}.{name}", "is missing");
    }

    private static string Text(JsonElement e, string name, string path)
    {
        var value = Required(e, name, path);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Bad($"{path}.{name}", "must be a non-empty string");
    }

    private static string? OptionalText(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Text(e, name, path) : null;

    private static string Confidence(JsonElement e, string path, string name = "confidence")
    {
        var value = Text(e, name, path);
        return Confidences.Contains(value) ? value : throw Bad($"{path}.{name}", $"'{value}' must be V, S or M");
    }

    private static decimal Decimal(JsonElement e, string name, string path)
    {
        var value = Required(e, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : throw Bad($"{path}.{name}", "must be a number");
    }

    private static decimal? OptionalDecimal(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Decimal(e, name, path) : null;

    private static DateOnly Date(JsonElement e, string name, string path) =>
        DateOnly.TryParseExact(Text(e, name, path), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad($"{path}.{name}", "must be a date yyyy-MM-dd");

    private static DateOnly? OptionalDate(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Date(e, name, path) : null;

    private static List<T> List<T>(JsonElement e, string name, string path, Func<JsonElement, string, T> read)
    {
        if (!e.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Bad($"{path}.{name}", "must be an array");
        }
        return array.EnumerateArray().Select((item, i) => read(item, $"{path}.{name}[{i}]")).ToList();
    }

    private static Dictionary<string, T> Map<T>(JsonElement root, string name, Func<string, JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (map.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"$.{name}", "must be an object");
        }
        return map.EnumerateObject().ToDictionary(p => p.Name, p => read(p.Name, p.Value, $"$.{name}.{p.Name}"), StringComparer.Ordinal);
    }
}

/// <summary>A tier rule file that cannot be used; <see cref="Field"/> is the JSON path of the bad field.</summary>
public sealed class TierRuleFileException(string message, string field) : FormatException(message)
{
    public string Field { get; } = field;
}
