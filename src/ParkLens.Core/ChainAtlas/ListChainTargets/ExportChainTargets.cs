using MiniExcelLibs;
using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.ListChainTargets;

/// <summary>The target list as an XLSX workbook: one row per target with every score term and its reason.</summary>
public sealed class ExportChainTargetsHandler(ListChainTargetsHandler targets)
{
    public async Task<(byte[] Content, string FileName)?> HandleAsync(ListChainTargetsQuery query, CancellationToken ct)
    {
        var list = await targets.HandleAsync(query with { Page = 1, PageSize = 500 }, ct);
        if (list is null)
        {
            return null;
        }
        var zh = UiLanguage.IsChinese;
        var rows = list.Items.Select(t =>
        {
            var row = new Dictionary<string, object>
            {
                [zh ? "排名" : "Rank"] = t.Rank,
                [zh ? "企业" : "Company"] = t.Name,
                [zh ? "来源" : "Origin"] = t.Origin == Targeting.CandidateOrigin.OtherZone ? (zh ? $"其他开发区：{t.ZoneName}" : $"zone: {t.ZoneName}") : (zh ? "全国候选库" : "national pool"),
                [zh ? "所在地" : "Place"] = t.Place,
                [zh ? "目标环节" : "Segment"] = t.SegmentPath,
                [zh ? "行业代码" : "Industry code"] = t.IndustryCode,
                [zh ? "主营产品" : "Main products"] = t.MainProducts,
                [zh ? "名单" : "Lists"] = string.Join(";", t.Lists),
                [zh ? "总分" : "Score"] = t.Score,
            };
            foreach (var term in t.Terms)
            {
                row[$"{TermName(term.Key, zh)}（{term.Max:0.#}）"] = term.Points;
            }
            row[zh ? "评分说明" : "Explanation"] = string.Join(zh ? "；" : "; ", t.Terms.Select(ListChainTargetsHandler.TermText));
            row[zh ? "合成数据" : "Synthetic"] = t.IsSynthetic ? (zh ? "是" : "yes") : "";
            row[zh ? "已转线索" : "Lead"] = t.IsLead ? (zh ? "是" : "yes") : "";
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: zh ? "招商目标" : "Targets");
        return (stream.ToArray(), $"targets-{list.ZoneId}-{list.ChainKey}-{list.Year}.xlsx");
    }

    public static string TermName(string key, bool zh) => key switch
    {
        "fit" => zh ? "环节匹配" : "Fit",
        "size" => zh ? "规模" : "Size",
        "growth" => zh ? "成长" : "Growth",
        "tier" => zh ? "梯次" : "Tier",
        "ties" => zh ? "以商招商" : "Ties",
        "distance" => zh ? "距离" : "Distance",
        _ => key,
    };
}
