using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Templates;

/// <summary>上游 / 中游 / 下游.</summary>
public enum ChainStage
{
    Upstream,
    Midstream,
    Downstream,
}

public sealed record LocalText(string Zh, string En)
{
    public string Text => UiLanguage.Pick(Zh, En);

    public override string ToString() => Text;
}

/// <summary>
/// A link of a chain. A group (a segment with children) only gathers its leaves; enterprises are mapped to leaves, and
/// coverage, gaps and targets are counted over leaves.
/// </summary>
public sealed record ChainSegment(
    string Id, string? ParentId, ChainStage Stage, LocalText Name, IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> Keywords, IReadOnlyList<string> Products, bool IsGroup);

/// <summary>The segment <see cref="From"/> supplies the segment <see cref="To"/>.</summary>
public sealed record SupplyEdge(string From, string To);

/// <summary>
/// An industrial chain (产业链图谱) as data: a tree of segments with GB/T 4754 codes and keywords, and supply edges
/// between its leaves. Built-in templates ship under data/chains; an authority edits them and a zone adds its own
/// (<see cref="OwnerZoneId"/>), each save a new version.
/// </summary>
public sealed record ChainTemplate(
    string Key, int Version, LocalText Name, LocalText Description, IReadOnlyList<string> Sources,
    IReadOnlyList<ChainSegment> Segments, IReadOnlyList<SupplyEdge> Edges, int? OwnerZoneId = null)
{
    private readonly Dictionary<string, ChainSegment> _byId = Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IEnumerable<ChainSegment> Leaves => Segments.Where(s => !s.IsGroup);

    public ChainSegment? Segment(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The Chinese path whatever the UI language (for texts stored in Chinese).</summary>
    public string PathZh(string id) =>
        Segment(id) is not { } s ? id : s.ParentId is { } p && Segment(p) is { } parent ? $"{parent.Name.Zh} · {s.Name.Zh}" : s.Name.Zh;

    /// <summary>"材料 · 隔膜" for a leaf under a group, the name alone otherwise.</summary>
    public string PathOf(string id) =>
        Segment(id) is not { } s ? id : s.ParentId is { } p && Segment(p) is { } parent ? $"{parent.Name.Text} · {s.Name.Text}" : s.Name.Text;
}
