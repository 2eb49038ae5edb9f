using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Targeting;
using ParkLens.Core.Common;
using MudBlazor;

namespace ParkLens.Web.ChainAtlas;

/// <summary>Names and colours of the chain terms in the UI language.</summary>
internal static class ChainText
{
    public static Color HealthColor(SegmentHealth h) => h switch
    {
        SegmentHealth.Gap => Color.Error,
        SegmentHealth.Weak => Color.Warning,
        SegmentHealth.Strong => Color.Success,
        _ => Color.Info,
    };

    /// <summary>Fill colours of the graph and heat map, the same four everywhere.</summary>
    public static string HealthFill(SegmentHealth h) => h switch
    {
        SegmentHealth.Gap => "#f4f4f5",
        SegmentHealth.Weak => "#f59e0b",
        SegmentHealth.Strong => "#15803d",
        _ => "#3b82f6",
    };

    public static string Status(AssignmentStatus s) => s switch
    {
        AssignmentStatus.Auto => UiLanguage.Pick("自动", "automatic"),
        AssignmentStatus.Confirmed => UiLanguage.Pick("已确认", "confirmed"),
        AssignmentStatus.Manual => UiLanguage.Pick("人工指定", "assigned"),
        _ => UiLanguage.Pick("已排除", "rejected"),
    };

    public static string Origin(CandidateOrigin o, string? zone) => o == CandidateOrigin.OtherZone
        ? UiLanguage.Pick($"其他开发区 · {zone}", $"zone · {zone}")
        : UiLanguage.Pick("全国候选库", "national pool");

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public static string Points(decimal? delta) => delta is { } d
        ? (d >= 0 ? "+" : "") + (d * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + UiLanguage.Pick(" 个百分点", " pp")
        : "";
}
