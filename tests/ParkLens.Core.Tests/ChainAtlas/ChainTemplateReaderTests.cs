using System.Text.Json.Nodes;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class ChainTemplateReaderTests
{
    // A group "up" with one leaf "sep" under it, a top-level leaf "cell", and one edge sep → cell.
    private const string ValidJson = """
        {
          "key": "test-chain",
          "name": { "zh": "测试链", "en": "Test chain" },
          "sources": ["unit test"],
          "segments": [
            { "id": "up", "parent": null, "stage": "upstream", "name": { "zh": "上游环节" } },
            { "id": "sep", "parent": "up", "stage": "upstream", "name": { "zh": "甲", "en": "A" }, "industryCodes": ["2921"], "keywords": ["隔膜"] },
            { "id": "cell", "stage": "中游", "name": { "zh": "乙" }, "keywords": ["电芯"], "products": ["方形电芯"] }
          ],
          "edges": [ { "from": "sep", "to": "cell" } ]
        }
        """;

    private static JsonObject Valid() => JsonNode.Parse(ValidJson)!.AsObject();

    private static JsonArray Segments(JsonObject o) => o["segments"]!.AsArray();

    private static JsonArray Edges(JsonObject o) => o["edges"]!.AsArray();

    private static (ChainTemplate? Template, IReadOnlyList<Problem> Problems) Read(JsonObject o) =>
        ChainTemplateReader.Read(o.ToJsonString(), ReferenceCodes.IsIndustry);

    private static void ShouldBeRefusedWith(JsonObject o, string path, string rule)
    {
        var (template, problems) = Read(o);

        template.ShouldBeNull();
        problems.Select(p => (p.Field, p.Rule)).ShouldBe([(path, rule)]);
    }

    [Fact]
    public void Read_MinimalValidTemplate_ReadsEverything()
    {
        var (template, problems) = ChainTemplateReader.Read(ValidJson, ReferenceCodes.IsIndustry, ownerZoneId: 7);

        problems.ShouldBeEmpty();
        template.ShouldNotBeNull();
        template.Key.ShouldBe("test-chain");
        template.Version.ShouldBe(1);
        template.OwnerZoneId.ShouldBe(7);
        template.Name.Zh.ShouldBe("测试链");
        template.Sources.ShouldBe(["unit test"]);
        template.Segments.Select(s => s.Id).ShouldBe(["up", "sep", "cell"]);
        template.Leaves.Select(s => s.Id).ShouldBe(["sep", "cell"]);
        template.Segment("up")!.IsGroup.ShouldBeTrue();
        template.Segment("sep")!.ParentId.ShouldBe("up");
        template.Segment("sep")!.IndustryCodes.ShouldBe(["2921"]);
        template.Segment("cell")!.Stage.ShouldBe(ChainStage.Midstream);
        template.Segment("cell")!.Name.En.ShouldBe("乙");
        template.Segment("cell")!.Products.ShouldBe(["方形电芯"]);
        template.Edges.ShouldBe([new SupplyEdge("sep", "cell")]);
        // The group has no English name, so it falls back to its Chinese one in either UI language.
        template.PathOf("sep").ShouldBe(UiLanguage.Pick("上游环节 · 甲", "上游环节 · A"));
        template.PathOf("cell").ShouldBe("乙");
    }

    [Fact]
    public void Read_BadKey_NamesKeyPath()
    {
        var o = Valid();
        o["key"] = "Bad_Key";

        ShouldBeRefusedWith(o, "$.key", ChainTemplateReader.BadKey.Code);
    }

    [Fact]
    public void Read_UnknownStage_NamesStagePath()
    {
        var o = Valid();
        Segments(o)[2]!["stage"] = "sidestream";

        ShouldBeRefusedWith(o, "$.segments[2].stage", ChainTemplateReader.BadStage.Code);
    }

    [Fact]
    public void Read_DuplicateSegmentId_NamesSecondId()
    {
        var o = Valid();
        Segments(o).Add(JsonNode.Parse("""{ "id": "cell", "stage": "downstream", "name": { "zh": "丙" }, "keywords": ["电池"] }"""));

        ShouldBeRefusedWith(o, "$.segments[3].id", ChainTemplateReader.Duplicate.Code);
    }

    [Fact]
    public void Read_ParentUnknown_NamesParentPath()
    {
        var o = Valid();
        Segments(o)[2]!["parent"] = "nowhere";

        ShouldBeRefusedWith(o, "$.segments[2].parent", ChainTemplateReader.UnknownSegment.Code);
    }

    [Fact]
    public void Read_ThreeLevels_NamesDeepestParent()
    {
        var o = Valid();
        Segments(o).Add(JsonNode.Parse("""{ "id": "mid", "parent": "up", "stage": "upstream", "name": { "zh": "中间组" } }"""));
        Segments(o).Add(JsonNode.Parse("""{ "id": "deep", "parent": "mid", "stage": "upstream", "name": { "zh": "深" }, "keywords": ["深层"] }"""));

        ShouldBeRefusedWith(o, "$.segments[4].parent", ChainTemplateReader.TooDeep.Code);
    }

    [Fact]
    public void Read_GroupCarryingCodes_NamesGroup()
    {
        var o = Valid();
        Segments(o)[0]!["industryCodes"] = new JsonArray("2921");

        ShouldBeRefusedWith(o, "$.segments[0]", ChainTemplateReader.GroupCarriesCodes.Code);
    }

    [Fact]
    public void Read_GroupCarryingKeywords_NamesGroup()
    {
        var o = Valid();
        Segments(o)[0]!["keywords"] = new JsonArray("上游");

        ShouldBeRefusedWith(o, "$.segments[0]", ChainTemplateReader.GroupCarriesCodes.Code);
    }

    [Fact]
    public void Read_UnknownIndustryCode_NamesTheCodeIndex()
    {
        var o = Valid();
        Segments(o)[1]!["industryCodes"] = new JsonArray("2921", "9999");

        ShouldBeRefusedWith(o, "$.segments[1].industryCodes[1]", ChainTemplateReader.UnknownIndustry.Code);
    }

    [Fact]
    public void Read_LeafWithoutCodeOrKeyword_NamesLeaf()
    {
        var o = Valid();
        Segments(o)[2]!.AsObject().Remove("keywords");
        Segments(o)[2]!.AsObject().Remove("products");

        ShouldBeRefusedWith(o, "$.segments[2]", ChainTemplateReader.LeafWithoutSignal.Code);
    }

    [Fact]
    public void Read_MissingName_NamesZhPath()
    {
        var o = Valid();
        o.Remove("name");

        ShouldBeRefusedWith(o, "$.name.zh", ChainTemplateReader.Missing.Code);
    }

    [Fact]
    public void Read_EdgeToGroup_NamesEdgeEnd()
    {
        var o = Valid();
        Edges(o).Add(JsonNode.Parse("""{ "from": "sep", "to": "up" }"""));

        ShouldBeRefusedWith(o, "$.edges[1].to", ChainTemplateReader.EdgeNotLeaf.Code);
    }

    [Fact]
    public void Read_EdgeToUnknownSegment_NamesEdgeEnd()
    {
        var o = Valid();
        Edges(o).Add(JsonNode.Parse("""{ "from": "ghost", "to": "cell" }"""));

        ShouldBeRefusedWith(o, "$.edges[1].from", ChainTemplateReader.UnknownSegment.Code);
    }

    [Fact]
    public void Read_SelfLoop_NamesEdge()
    {
        var o = Valid();
        Edges(o).Add(JsonNode.Parse("""{ "from": "cell", "to": "cell" }"""));

        ShouldBeRefusedWith(o, "$.edges[1]", ChainTemplateReader.SelfLoop.Code);
    }

    [Fact]
    public void Read_DuplicateEdge_NamesSecondEdge()
    {
        var o = Valid();
        Edges(o).Add(JsonNode.Parse("""{ "from": "sep", "to": "cell" }"""));

        ShouldBeRefusedWith(o, "$.edges[1]", ChainTemplateReader.Duplicate.Code);
    }

    [Fact]
    public void Read_InvalidJson_NamesRoot()
    {
        var (template, problems) = ChainTemplateReader.Read("{ \"key\": ", ReferenceCodes.IsIndustry);

        template.ShouldBeNull();
        problems.Select(p => (p.Field, p.Rule)).ShouldBe([("$", ChainTemplateReader.BadJson.Code)]);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachInDocumentOrder()
    {
        var o = Valid();
        o["key"] = "X";
        Segments(o)[2]!["stage"] = "sidestream";
        Edges(o).Add(JsonNode.Parse("""{ "from": "cell", "to": "cell" }"""));

        var (template, problems) = Read(o);

        template.ShouldBeNull();
        problems.Select(p => p.Field).ShouldBe(["$.key", "$.segments[2].stage", "$.edges[1]"]);
    }

    [Theory]
    [InlineData("ab", true)]
    [InlineData("new-energy-battery", true)]
    [InlineData("5g", true)]
    [InlineData("a", false)]
    [InlineData("-ab", false)]
    [InlineData("Ab", false)]
    [InlineData("a_b", false)]
    [InlineData("a234567890123456789012345678901234567890", true)]
    [InlineData("a2345678901234567890123456789012345678901", false)]
    public void IsKey_ChecksCharactersAndLength(string key, bool expected) => ChainTemplateReader.IsKey(key).ShouldBe(expected);

    [Fact]
    public void Read_NonStringIdsAndShapes_AreProblemsNotExceptions()
    {
        var (t, p) = ChainTemplateReader.Read(
            """{"key":"kk","name":{"zh":"x"},"segments":[{"id":5,"stage":"upstream","name":{"zh":"x"},"keywords":["ab"]},{"id":"cd","parent":7,"stage":"upstream","name":{"zh":"y"},"keywords":["ab"]},"oops"],"edges":"nope"}""",
            ReferenceCodes.IsIndustry);

        t.ShouldBeNull();
        p.Select(x => x.Field).ShouldBe(["$.segments[2]", "$.edges", "$.segments[0].id", "$.segments[1].parent"], ignoreOrder: true);
    }

    [Fact]
    public void Read_PaddedIds_AreTrimmedWhereverTheyAppear()
    {
        var (t, p) = ChainTemplateReader.Read(
            """{"key":"kk","name":{"zh":"x"},"segments":[{"id":" ab ","stage":"upstream","name":{"zh":"x"},"keywords":["甲乙"]},{"id":"cd","stage":"upstream","name":{"zh":"y"},"keywords":["丙丁"]}],"edges":[{"from":"ab","to":"cd"}]}""",
            ReferenceCodes.IsIndustry);

        p.ShouldBeEmpty();
        t!.Segment("ab").ShouldNotBeNull();
    }

    [Fact]
    public void Read_PlainTextName_IsAProblemNotAnException()
    {
        var o = Valid();
        o["name"] = "电池";

        ShouldBeRefusedWith(o, "$.name", ChainTemplateReader.NotAnObject.Code);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("29211")]
    [InlineData("２９")]
    public void Read_SectionLetterOrMalformedCode_IsRefused(string code)
    {
        var o = Valid();
        Segments(o)[1]!["industryCodes"] = new JsonArray(code);

        ShouldBeRefusedWith(o, "$.segments[1].industryCodes[0]", ChainTemplateReader.UnknownIndustry.Code);
    }
}
