using System.Globalization;

namespace ParkLens.Web.Components.Shared;

/// <summary>Display formats of amounts kept in 万元.</summary>
internal static class Fmt
{
    private static bool IsChinese => ParkLens.Core.Common.UiLanguage.IsChinese;

    /// <summary>Chinese readers count in 万元 and 亿元; English readers get yuan in millions and billions.</summary>
    public static string Amount(decimal? wan)
    {
        if (wan is not { } v)
        {
            return "—";
        }
        if (IsChinese)
        {
            return Math.Abs(v) >= 10_000m
                ? (v / 10_000m).ToString("#,0.00", CultureInfo.CurrentCulture) + " 亿元"
                : v.ToString("#,0.0", CultureInfo.CurrentCulture) + " 万元";
        }
        var yuan = v * 10_000m;
        return Math.Abs(yuan) switch
        {
            >= 1_000_000_000m => "¥" + (yuan / 1_000_000_000m).ToString("#,0.00", CultureInfo.InvariantCulture) + " bn",
            >= 1_000_000m => "¥" + (yuan / 1_000_000m).ToString("#,0.00", CultureInfo.InvariantCulture) + " m",
            _ => "¥" + yuan.ToString("#,0", CultureInfo.InvariantCulture),
        };
    }

    public static string Number(decimal? value, string format = "#,0.##") =>
        value is null ? "—" : value.Value.ToString(format, CultureInfo.CurrentCulture);

    public static string Change(decimal? percent) =>
        percent is null ? "" : (percent > 0 ? "+" : "") + percent.Value.ToString("0.0", CultureInfo.CurrentCulture) + "%";

    public static string ChangeClass(decimal? percent) => percent switch { > 0 => "pl-up", < 0 => "pl-down", _ => "" };
}
