using System.Net;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.Common;

namespace ParkLens.Web.ChainAtlas;

/// <summary>
/// The ECharts option of a chain graph: one column per top-level link in template order (资源 → 材料 → … → 回收利用),
/// its leaves stacked under the column's title, supply edges as arrows; fill by health, size by local enterprises,
/// gaps dashed red.
/// </summary>
internal static class ChainGraphOption
{
    private const int ColumnWidth = 190;
    private const int RowHeight = 74;

    public static object Build(ChainDetail d, string? selected)
    {
        var tops = d.Segments.Where(s => s.ParentId is null).ToList();
        var nodes = new List<object>();
        var tallest = tops.Max(t => t.IsGroup ? d.Segments.Count(s => s.ParentId == t.Id) : 1);
        for (var c = 0; c < tops.Count; c++)
        {
            var top = tops[c];
            var leaves = top.IsGroup ? d.Segments.Where(s => s.ParentId == top.Id).ToList() : [top];
            var x = c * ColumnWidth;
            var offset = (tallest - leaves.Count) * RowHeight / 2.0;
            nodes.Add(new
            {
                id = "group:" + top.Id, name = top.Name, x, y = -RowHeight * 0.9 + offset, symbolSize = 1, itemStyle = new { color = "rgba(0,0,0,0)", borderWidth = 0 },
                label = new { show = true, position = "inside", fontWeight = "bold", fontSize = 13, color = "#334155", formatter = $"{top.Name}（{ChainTerms.Stage(top.Stage)}）" },
                tooltip = new { show = false },
            });
            for (var r = 0; r < leaves.Count; r++)
            {
                var leaf = leaves[r];
                var stats = leaf.Stats!;
                var gap = stats.Health == SegmentHealth.Gap;
                nodes.Add(new
                {
                    id = leaf.Id,
                    name = leaf.Name,
                    x,
                    y = r * RowHeight + offset,
                    symbol = "roundRect",
                    symbolSize = new[] { 140, 44 },
                    value = stats.Count,
                    itemStyle = new
                    {
                        color = ChainText.HealthFill(stats.Health),
                        borderColor = leaf.Id == selected ? "#111827" : gap ? "#dc2626" : "#ffffff",
                        borderWidth = leaf.Id == selected ? 3 : gap ? 2 : 1,
                        borderType = gap ? "dashed" : "solid",
                    },
                    label = new
                    {
                        show = true,
                        color = gap || stats.Health == SegmentHealth.Weak ? "#111827" : "#ffffff",
                        fontSize = 12,
                        width = 128,
                        overflow = "truncate",
                        formatter = $"{leaf.Name}\n{(gap ? UiLanguage.Pick("缺失", "gap") : UiLanguage.Pick($"{stats.Count} 家", $"{stats.Count} firms"))}",
                    },
                    tooltip = new
                    {
                        formatter = $"{WebUtility.HtmlEncode(leaf.Path)}<br/>{ChainTerms.Health(stats.Health)}{(stats.WeakReasons.Count > 0 ? "：" + string.Join("、", stats.WeakReasons.Select(ChainTerms.Reason)) : "")}" +
                            $"<br/>{UiLanguage.Pick("企业", "firms")} {stats.Count} · {UiLanguage.Pick("营收占比", "revenue share")} {ChainText.Percent(stats.RevenueShare)}" +
                            (stats.Hhi is { } h ? $" · HHI {h}" : ""),
                    },
                });
            }
        }
        var links = d.Analysis.Edges.Select(e => new
        {
            source = e.From,
            target = e.To,
            lineStyle = new { color = e.BothCovered ? "#64748b" : "#cbd5e1", width = e.BothCovered ? 1.6 : 1, type = e.BothCovered ? "solid" : "dashed", curveness = 0.15, opacity = 0.8 },
            tooltip = new
            {
                formatter = e.LocalSupplyRatio is { } ratio
                    ? UiLanguage.Pick($"本地配套率 {ChainText.Percent(ratio)}（已知 {e.KnownSupplies} 条供货关系）", $"local supply {ChainText.Percent(ratio)} ({e.KnownSupplies} known supplies)")
                    : UiLanguage.Pick("暂无已知供货关系", "no known supplies"),
            },
        });
        return new
        {
            tooltip = new { trigger = "item", confine = true },
            animation = false,
            series = new object[]
            {
                new
                {
                    type = "graph", layout = "none", roam = true, edgeSymbol = new[] { "none", "arrow" }, edgeSymbolSize = 8,
                    left = 120, right = 120, top = 50, bottom = 30, data = nodes, links,
                    emphasis = new { focus = "adjacency" },
                },
            },
        };
    }
}
