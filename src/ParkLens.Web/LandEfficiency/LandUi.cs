using MudBlazor;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Web.LandEfficiency;

/// <summary>Display helpers of the 亩均效益 pages: class and status colours, who may evaluate.</summary>
internal static class LandUi
{
    /// <summary>A green, B blue, C orange, D red — the chart uses the same hues.</summary>
    public static string ClassHex(EfficiencyClass c) => c switch
    {
        EfficiencyClass.A => "#16a34a",
        EfficiencyClass.B => "#2563eb",
        EfficiencyClass.C => "#ea580c",
        _ => "#dc2626",
    };

    public static string ClassStyle(EfficiencyClass c) => $"background-color:{ClassHex(c)};color:#fff";

    public static Color StatusColor(RunStatus status) => status switch
    {
        RunStatus.Draft => Color.Warning,
        RunStatus.Published => Color.Success,
        _ => Color.Default,
    };

    /// <summary>The handlers check it again; sub-park-scoped users read only.</summary>
    public static bool CanWrite(ICurrentActor actor) => WritePermissions.CanEvaluateLand(actor.Role) && actor.Scope.EnterpriseIds is null;

    /// <summary>Change in percent from last year, null when either side is missing or last year is zero.</summary>
    public static decimal? ChangePercent(decimal? now, decimal? before) =>
        now is { } n && before is { } b && b != 0 ? Math.Round((n - b) / Math.Abs(b) * 100m, 1) : null;
}
