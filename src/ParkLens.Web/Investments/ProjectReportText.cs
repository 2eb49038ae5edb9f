using System.Globalization;
using MudBlazor;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Web.Investments;

/// <summary>Display helpers shared by the pipeline's report pages (例会, 投资, 公示, 预警, 集中开工, 甘特).</summary>
internal static class ProjectReportText
{
    /// <summary>An amount kept in 万元, as 亿元 with up to two decimals (510.2亿元) when it is large.</summary>
    public static string Amount(decimal? wan)
    {
        if (wan is not { } v)
        {
            return "—";
        }
        if (UiLanguage.IsChinese)
        {
            return Math.Abs(v) >= 10_000m
                ? (v / 10_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + "亿元"
                : v.ToString("#,0.##", CultureInfo.InvariantCulture) + "万元";
        }
        var yuan = v * 10_000m;
        return Math.Abs(yuan) >= 1_000_000_000m
            ? "¥" + (yuan / 1_000_000_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + " bn"
            : "¥" + (yuan / 1_000_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + " m";
    }

    /// <summary>亿元 as a plain number for charts.</summary>
    public static decimal Yi(decimal wan) => Math.Round(wan / 10_000m, 2);

    public static string Percent(decimal? ratio) =>
        ratio is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Key(string key) => key.Length == 0 ? UiLanguage.Pick("未指定", "unassigned") : key;

    public static Color StageColor(ProjectStage stage) => stage switch
    {
        ProjectStage.Terminated => Color.Error,
        ProjectStage.Suspended => Color.Warning,
        >= ProjectStage.InProduction => Color.Success,
        >= ProjectStage.ConstructionStarted => Color.Primary,
        >= ProjectStage.Contracted => Color.Info,
        _ => Color.Default,
    };

    public static Color RateColor(decimal? rate) => rate switch
    {
        null => Color.Default,
        >= 1m => Color.Success,
        >= 0.6m => Color.Primary,
        >= 0.3m => Color.Warning,
        _ => Color.Error,
    };

    public static string Kind(AlertKind kind) => kind switch
    {
        AlertKind.Breach => UiLanguage.Pick("协议违约", "agreement breach"),
        AlertKind.OverdueMilestone => UiLanguage.Pick("节点逾期", "overdue milestone"),
        _ => UiLanguage.Pick("长期停滞", "stalled"),
    };

    public static Color KindColor(AlertKind kind) => kind switch
    {
        AlertKind.Breach => Color.Error,
        AlertKind.OverdueMilestone => Color.Warning,
        _ => Color.Default,
    };

    public static string Dimension(RollupDimension d) => d switch
    {
        RollupDimension.Zone => UiLanguage.Pick("开发区", "zone"),
        RollupDimension.Chain => UiLanguage.Pick("产业链", "chain"),
        RollupDimension.Commissioner => UiLanguage.Pick("招商专员", "commissioner"),
        RollupDimension.Department => UiLanguage.Pick("责任部门", "department"),
        _ => UiLanguage.Pick("项目清单", "project list"),
    };
}
