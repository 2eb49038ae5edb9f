using System.Data;
using System.Globalization;
using MiniExcelLibs;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.GetLandRun;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.ExportLandRun;

/// <summary>
/// The run as the XLSX zones report upward: one sheet of results (one row per enterprise, each indicator's value and
/// score, total, ranks, class, last year's class, and why a firm is not scored), one of 亩均 aggregates, one method card.
/// </summary>
public sealed class ExportLandRunHandler(GetLandRunHandler runs)
{
    public async Task<int?> HandleAsync(int runId, Stream output, CancellationToken ct)
    {
        var run = await runs.HandleAsync(new GetLandRunQuery(runId), ct);
        if (run is null)
        {
            return null;
        }
        var codes = run.Scheme.Populations.SelectMany(p => p.Indicators.Select(i => i.Code)).Distinct().ToList();
        using var results = new DataTable("评价结果");
        foreach (var column in new[] { "序号", "企业名称", "行业代码", "子园区", "评价群体", "用地(亩)" })
        {
            results.Columns.Add(column, typeof(string));
        }
        foreach (var code in codes)
        {
            results.Columns.Add($"{Name(code)}({Unit(code)})", typeof(string));
            results.Columns.Add($"{Name(code)}得分", typeof(string));
        }
        foreach (var column in new[] { "总分", "群体内名次", "行业内名次", "等级", "上年等级", "状态", "说明" })
        {
            results.Columns.Add(column, typeof(string));
        }
        var n = 0;
        foreach (var r in run.Results)
        {
            var row = new List<object?> { (++n).ToString(CultureInfo.InvariantCulture), r.Name + (r.IsSynthetic ? "（合成）" : ""), r.IndustryCode, r.SubParkName, Population(r.Population), Number(r.LandMu) };
            foreach (var code in codes)
            {
                var item = r.Items.FindItem(code);
                row.Add(item is not { } it ? null : it.Imputed ? "未报送" : Number(it.Value));
                row.Add(item is not { } scored ? null : Number(scored.Score));
            }
            row.AddRange([Number(r.Total), r.Rank is null ? null : $"{r.Rank}/{r.PopulationSize}", r.RankInIndustry?.ToString(CultureInfo.InvariantCulture),
                r.Class?.ToString(), r.PreviousClass?.ToString(), Status(r.Status), r.Reason]);
            results.Rows.Add([.. row]);
        }
        using var aggregates = new DataTable("亩均汇总");
        foreach (var column in new[] { "范围", "企业数", "用地(亩)", "亩均营业收入", "上年", "亩均税收", "上年 ", "亩均增加值", "上年  ", "亩均能耗(吨标煤/亩)", "上年   " })
        {
            aggregates.Columns.Add(column, typeof(string));
        }
        foreach (var a in run.Aggregates)
        {
            aggregates.Rows.Add(a.Name, a.Enterprises.ToString(CultureInfo.InvariantCulture), Number(a.LandMu), Number(a.RevenuePerMu), Number(a.RevenuePerMuLastYear),
                Number(a.TaxPerMu), Number(a.TaxPerMuLastYear), Number(a.ValueAddedPerMu), Number(a.ValueAddedPerMuLastYear), Number(a.EnergyPerMu), Number(a.EnergyPerMuLastYear));
        }
        using var method = new DataTable("方法说明");
        method.Columns.Add("项目", typeof(string));
        method.Columns.Add("内容", typeof(string));
        method.Rows.Add("方案", $"{run.Method.SchemeNameZh}（{run.Method.SchemeKey} 第 {run.Method.SchemeVersion} 版）");
        method.Rows.Add("评价年度 / 批次", $"{run.Year} 年 / 第 {run.RunVersion} 版（{Status(run.Status)}）");
        foreach (var source in run.Method.Sources)
        {
            method.Rows.Add("依据", source);
        }
        method.Rows.Add("范围", $"用地 ≥ {run.Method.Scope.MinLandMu} 亩；成立满 {run.Method.Scope.NewFirmYears} 年；不评价行业 {string.Join("、", run.Method.Scope.ExcludedIndustryPrefixes)}{(run.Method.Scope.TenantsFollowLandlord ? "；承租的规下企业跟随宗地主评级（小微企业园除外）" : "")}");
        foreach (var i in run.Method.Indicators)
        {
            method.Rows.Add($"{Population(i.Population)}·{Name(i.Code)}", i.Basis == 0
                ? $"权重 {Number(i.Weight)}；无企业报送，本次不计分"
                : $"权重 {Number(i.Weight)}；基准值 {Number(i.Benchmark)} {Unit(i.Code)}（{(i.BenchmarkKind == BenchmarkKind.Fixed ? "固定值" : $"{i.Basis} 家企业合计比值")}）");
        }
        method.Rows.Add("分级", string.Join("；", run.Method.Classes.Cuts.Select(c => $"{c.Class} ≤ {c.UpTo.ToString("0.##%", CultureInfo.InvariantCulture)}")) + "；" + run.Method.ClassRounding);
        method.Rows.Add("约定", run.Method.Conventions);
        method.Rows.Add("数据", $"{run.Method.DataVintage}；企业 {run.Method.Enterprises} 家，评分 {run.Method.Scored}，数据不完整 {run.Method.Incomplete}，不在范围 {run.Method.Excluded}");
        output.SaveAs(new Dictionary<string, object> { ["评价结果"] = results, ["亩均汇总"] = aggregates, ["方法说明"] = method });
        return results.Rows.Count;
    }

    private static string Name(IndicatorCode code) => Zh(() => Indicators.Name(code));

    private static string Unit(IndicatorCode code) => Zh(() => Indicators.Unit(code)) is { Length: > 0 } u ? u : "比值";

    private static string Population(string key) => Zh(() => LandTexts.Population(key));

    private static string Status(Domain.RunStatus status) => Zh(() => LandText.Status(status));

    private static string Status(ResultStatus status) => status switch
    {
        ResultStatus.Scored => "已评分",
        ResultStatus.Incomplete => "数据不完整",
        _ => "不在评价范围",
    };

    // The upward report is in Chinese whatever the caller's UI language.
    private static string Zh(Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string? Number(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);
}
