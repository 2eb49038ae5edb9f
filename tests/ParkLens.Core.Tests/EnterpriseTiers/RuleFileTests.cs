using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.Tests.EnterpriseTiers;

public sealed class RuleFileTests
{
    [Fact]
    public void EveryEmbeddedRuleSet_Parses_AndEveryTierHasOne()
    {
        TierRuleCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(8);
        TierRuleCatalog.All.Select(s => s.Id).ShouldBeUnique();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            TierRuleCatalog.Current(tier, new DateOnly(2025, 1, 1)).ShouldNotBeNull(tier.ToString());
        }
    }

    [Fact]
    public void EveryFactNamedInARuleFile_IsInTheCatalog() =>
        TierRuleCatalog.All.SelectMany(s => s.FactsNamedInFile()).Where(k => !FactCatalog.TryGet(k, out _)).ShouldBeEmpty();

    [Fact]
    public void EveryMemoryParameter_HasANote()
    {
        foreach (var set in TierRuleCatalog.All)
        {
            var subjects = set.Notes.Select(n => n.Subject).ToHashSet();
            var memory = set.Numbers.Values.Where(n => n.Confidence == "M").Select(n => n.Key)
                .Concat(set.Tables.Values.Concat(set.LocalIndicators).Where(t => t.Confidence == "M").Select(t => t.Key))
                .Concat(set.SizeRows.Where(r => r.Confidence == "M").Select(r => r.Key));
            memory.Where(k => !subjects.Contains(k)).ShouldBeEmpty(set.Id);
            set.Notes.ShouldAllBe(n => n.TextZh.Length > 0 && n.TextEn.Length > 0 && (n.Confidence == "V" || n.Confidence == "S" || n.Confidence == "M"));
            if (set.DocumentConfidence == "M")
            {
                subjects.ShouldContain("documentNumber", set.Id);
            }
        }
    }

    [Fact]
    public void EveryFactKeyConstant_IsInTheCatalog_AndHasBothNames()
    {
        var constants = typeof(FactKeys).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        constants.Where(k => !FactCatalog.TryGet(k, out var _)).ShouldBeEmpty();
        FactCatalog.All.Count.ShouldBe(constants.Count);
        FactCatalog.All.ShouldAllBe(f => f.NameZh.Length > 0 && f.NameEn.Length > 0);
    }

    [Fact]
    public void Current_PicksTheVersionInForce()
    {
        TierRuleCatalog.Current(Tier.TechSme, new DateOnly(2020, 6, 1))!.Id.ShouldBe("tech-sme-2017");
        TierRuleCatalog.Current(Tier.TechSme, new DateOnly(2024, 6, 1))!.Id.ShouldBe("tech-sme-2022");
        TierRuleCatalog.Current(Tier.InnovativeSme, new DateOnly(2021, 1, 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("""{"tier":"Nope"}""", "$.tier")]
    [InlineData("""{"tier":"Gazelle","id":"x","version":"1","titleZh":"a","titleEn":"a","documentNumber":"d","documentConfidence":"V","effectiveFrom":"2020-13-01"}""", "$.effectiveFrom")]
    [InlineData("""{"tier":"Gazelle","id":"x","version":"1","titleZh":"a","titleEn":"a","documentNumber":"d","documentConfidence":"V","effectiveFrom":"2020-01-01","numbers":{"max_age_days":{"value":"ten","confidence":"M"}}}""", "$.numbers.max_age_days.value")]
    [InlineData("""{"tier":"Gazelle","id":"x","version":"1","titleZh":"a","titleEn":"a","documentNumber":"d","documentConfidence":"V","effectiveFrom":"2020-01-01","numbers":{"max_age_days":{"value":1,"confidence":"V"}}}""", "$.numbers.min_revenue")]
    [InlineData("""{"tier":"Gazelle","id":"x","version":"1","titleZh":"a","titleEn":"a","documentNumber":"d","documentConfidence":"V","effectiveFrom":"2020-01-01","numbers":{"max_age_days":{"value":1,"confidence":"M"},"min_revenue":{"value":1,"confidence":"V"},"min_avg_growth":{"value":1,"confidence":"V"}}}""", "$.notes")]
    [InlineData("""{"tier":"Gazelle","id":"x","version":"1","titleZh":"a","titleEn":"a","documentNumber":"d","documentConfidence":"X","effectiveFrom":"2020-01-01"}""", "$.documentConfidence")]
    public void Parse_MalformedFile_NamesTheBadField(string json, string field)
    {
        var error = Should.Throw<TierRuleFileException>(() => TierRuleCatalog.Parse(json));

        error.Field.ShouldBe(field);
        if (field != "$")
        {
            error.Message.ShouldContain(field);
        }
    }

    [Fact]
    public void Parse_UnknownFactInABand_IsRefused()
    {
        var json = TierRuleCatalogJson("innovative-sme-2022").Replace("\"ip_class2\"", "\"ip_class_two\"", StringComparison.Ordinal);

        Should.Throw<TierRuleFileException>(() => TierRuleCatalog.Parse(json)).Message.ShouldContain("ip_class_two");
    }

    internal static string TierRuleCatalogJson(string id)
    {
        using var stream = typeof(TierRuleCatalog).Assembly.GetManifestResourceStream($"data/tiers/{id}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
