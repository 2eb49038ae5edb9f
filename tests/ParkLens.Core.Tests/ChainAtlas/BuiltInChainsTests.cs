using ParkLens.Core.ChainAtlas.Templates;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class BuiltInChainsTests
{
    private static readonly string[] Keys =
    [
        "new-energy-battery", "in-vitro-diagnostics", "new-display", "integrated-circuit", "vaccine-biopharma", "precious-metals",
        "liquid-metal", "aviation", "automotive", "safety-emergency", "5g", "iot", "hydrogen", "humanoid-robot", "commercial-space", "sanqi",
    ];

    [Fact]
    public void All_LoadsExactlyTheSixteenShippedChains()
    {
        BuiltInChains.All.Count.ShouldBe(16);
        BuiltInChains.All.Select(c => c.Template.Key).ShouldBe(Keys, ignoreOrder: true);
        foreach (var key in Keys)
        {
            BuiltInChains.Find(key).ShouldNotBeNull(key);
        }
    }

    [Fact]
    public void Find_UnknownKey_IsNull() => BuiltInChains.Find("no-such-chain").ShouldBeNull();

    [Fact]
    public void EveryLeaf_HasACodeOrKeyword()
    {
        foreach (var (template, _) in BuiltInChains.All)
        {
            template.Leaves.ShouldNotBeEmpty(template.Key);
            template.Leaves.Where(l => l.IndustryCodes.Count == 0 && l.Keywords.Count == 0).Select(l => $"{template.Key}/{l.Id}").ShouldBeEmpty();
        }
    }

    [Fact]
    public void EveryChain_HasSourcesAndEdgesBetweenLeaves()
    {
        foreach (var (template, json) in BuiltInChains.All)
        {
            json.ShouldContain($"\"{template.Key}\"");
            template.Sources.ShouldNotBeEmpty(template.Key);
            template.Edges.ShouldNotBeEmpty(template.Key);
            template.Edges.ShouldAllBe(e => template.Segment(e.From)!.IsGroup == false && template.Segment(e.To)!.IsGroup == false);
        }
    }

    [Fact]
    public void Battery_TopLevelGroups_FollowSeed000()
    {
        var battery = BuiltInChains.Find("new-energy-battery")!;

        battery.Segments.Where(s => s.ParentId is null).Select(s => s.Name.Zh).ShouldBe(["资源", "材料", "电芯", "电池", "应用", "回收利用"]);
        battery.Segments.Where(s => s.ParentId is null).ShouldAllBe(s => s.IsGroup);
    }

    [Fact]
    public void Battery_SeparatorLeaf_CarriesCode2921UnderMaterials()
    {
        var separator = BuiltInChains.Find("new-energy-battery")!.Segment("separator")!;

        separator.IsGroup.ShouldBeFalse();
        separator.ParentId.ShouldBe("materials");
        separator.Stage.ShouldBe(ChainStage.Upstream);
        separator.IndustryCodes.ShouldBe(["2921"]);
        separator.Keywords.ShouldContain("隔膜");
    }
}
