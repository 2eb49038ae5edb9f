using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Analytics;

/// <summary>The words for a segment's health, its weak reasons and its stage, in the UI language (pages and the CLI alike).</summary>
public static class ChainTerms
{
    public static string Health(SegmentHealth h) => h switch
    {
        SegmentHealth.Gap => UiLanguage.Pick("缺失", "Gap"),
        SegmentHealth.Weak => UiLanguage.Pick("薄弱", "Weak"),
        SegmentHealth.Strong => UiLanguage.Pick("优势", "Strong"),
        _ => UiLanguage.Pick("具备", "Present"),
    };

    public static string Reason(WeakReason r) => r switch
    {
        WeakReason.SingleFirm => UiLanguage.Pick("仅一家企业", "one firm only"),
        WeakReason.Dominated => UiLanguage.Pick("一家独大", "one firm dominates"),
        _ => UiLanguage.Pick("规模偏小", "small"),
    };

    public static string Stage(ChainStage s) => s switch
    {
        ChainStage.Upstream => UiLanguage.Pick("上游", "Upstream"),
        ChainStage.Midstream => UiLanguage.Pick("中游", "Midstream"),
        _ => UiLanguage.Pick("下游", "Downstream"),
    };
}
