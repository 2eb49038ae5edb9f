using System.Globalization;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;

namespace ParkLens.Web.LandEfficiency;

/// <summary>Number formats and chip colours of the idle space pages.</summary>
internal static class IdleSpaceText
{
    public static string Area(decimal m2) => m2.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Num(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Rate(decimal share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    public static string Money(decimal wan) => wan.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static MudBlazor.Color StatusColor(SpaceStatus status) => status switch
    {
        SpaceStatus.Idle => MudBlazor.Color.Default,
        SpaceStatus.Disposal => MudBlazor.Color.Warning,
        SpaceStatus.Listed => MudBlazor.Color.Info,
        SpaceStatus.Reserved => MudBlazor.Color.Secondary,
        _ => MudBlazor.Color.Success,
    };
}
