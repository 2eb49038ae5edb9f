using MudBlazor;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.LowEfficiencyLand;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Web.LandEfficiency;

/// <summary>Names and colours of schemes, low-efficiency reasons and improvement plans in the UI language.</summary>
internal static class LandPlanText
{
    public static readonly IReadOnlyList<ImprovementMeasure> Measures = Enum.GetValues<ImprovementMeasure>();

    /// <summary>Only an authority analyst (for its authority) or the system administrator (nationally) edits schemes.</summary>
    public static bool CanEditSchemes(ICurrentActor actor) => actor.Role is AccessRole.SystemAdministrator or AccessRole.AuthorityAnalyst;

    /// <summary>Plans are written by the roles that evaluate land, with a whole-zone scope.</summary>
    public static bool CanWritePlans(ICurrentActor actor) => WritePermissions.CanEvaluateLand(actor.Role) && actor.Scope.EnterpriseIds is null;

    public static string Measure(ImprovementMeasure m) => m switch
    {
        ImprovementMeasure.Upgrade => UiLanguage.Pick("技改提升", "upgrade in place"),
        ImprovementMeasure.Merger => UiLanguage.Pick("兼并重组", "merger"),
        ImprovementMeasure.Replace => UiLanguage.Pick("腾笼换鸟", "replace the occupant"),
        ImprovementMeasure.Reclaim => UiLanguage.Pick("收储", "take back into the land reserve"),
        ImprovementMeasure.Lease => UiLanguage.Pick("招租盘活", "let to new tenants"),
        _ => m.ToString(),
    };

    public static string Reason(LowEfficiencyReason r) => r switch
    {
        LowEfficiencyReason.ClassD => UiLanguage.Pick("倒逼整治类", "class D (forced rectification)"),
        LowEfficiencyReason.LowTaxPerMu => UiLanguage.Pick("亩均税收不足基准一半", "tax per mu under half the benchmark"),
        LowEfficiencyReason.Idle => UiLanguage.Pick("闲置", "idle"),
        _ => r.ToString(),
    };

    public static Color ReasonColor(LowEfficiencyReason r) => r switch
    {
        LowEfficiencyReason.ClassD => Color.Error,
        LowEfficiencyReason.LowTaxPerMu => Color.Warning,
        _ => Color.Default,
    };

    public static Color ClassColor(EfficiencyClass c) => c switch
    {
        EfficiencyClass.A => Color.Success,
        EfficiencyClass.B => Color.Info,
        EfficiencyClass.C => Color.Warning,
        _ => Color.Error,
    };

    public static string Status(PlanStatus s) => Core.LandEfficiency.ImprovementPlans.RecordImprovementProgressHandler.Name(s);

    public static Color StatusColor(PlanStatus s) => s switch
    {
        PlanStatus.Planned => Color.Default,
        PlanStatus.InProgress => Color.Info,
        PlanStatus.Done => Color.Success,
        _ => Color.Dark,
    };

    /// <summary>The statuses a plan may move to: the same one (a note only) or a later one; none once closed.</summary>
    public static IReadOnlyList<PlanStatus> NextStatuses(PlanStatus current) => current is PlanStatus.Done or PlanStatus.Abandoned
        ? []
        : Enum.GetValues<PlanStatus>().Where(s => s >= current).ToList();

    public static string Benchmark(Benchmark b) => b.Kind switch
    {
        BenchmarkKind.Fixed => UiLanguage.Pick($"固定值 {b.Value:0.####}", $"fixed {b.Value:0.####}"),
        _ => UiLanguage.Pick("本群体平均值", "population average"),
    };

    public static string Missing(MissingPolicy m) => m switch
    {
        MissingPolicy.Incomplete => UiLanguage.Pick("缺数据则不评分（列为不完整）", "missing figures: not scored (listed incomplete)"),
        _ => UiLanguage.Pick("缺数据按本群体此项平均得分赋分", "missing figures: scored at the population's average item score"),
    };

    public static string ClassMethod(ClassMethod m) => m switch
    {
        Core.LandEfficiency.Schemes.ClassMethod.Percentile => UiLanguage.Pick("按排名比例", "by rank share"),
        _ => UiLanguage.Pick("按得分线", "by score threshold"),
    };

    public static string Cut(ClassMethod method, ClassCut cut) => method == Core.LandEfficiency.Schemes.ClassMethod.Percentile
        ? UiLanguage.Pick($"排名前 {cut.UpTo * 100:0.##}% 以内", $"within the top {cut.UpTo * 100:0.##}%")
        : UiLanguage.Pick($"得分 ≥ {cut.UpTo:0.##}", $"score ≥ {cut.UpTo:0.##}");

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
