using System.Globalization;

namespace ParkLens.Web.Components.Shared;

/// <summary>Display formats of amounts kept in 万元.</summary>
internal static class Fmt
{
    public static string Amount(decimal? wan) => wan switch
    {
        null => "—",
        var v when Math.Abs(v.Value) >= 10_000m => (v.Value / 10_000m).ToString("#,0.00", CultureInfo.CurrentCulture) + " 亿元",
        var v => v.Value.ToString("#,0.0", CultureInfo.CurrentCulture) + " 万元",
    };

    public static string Number(decimal? value, string format = "#,0.##") =>
        value is null ? "—" : value.Value.ToString(format, CultureInfo.CurrentCulture);

    public static string Change(decimal? percent) =>
        percent is null ? "" : (percent > 0 ? "+" : "") + percent.Value.ToString("0.0", CultureInfo.CurrentCulture) + "%";

    public static string ChangeClass(decimal? percent) => percent switch { > 0 => "pl-up", < 0 => "pl-down", _ => "" };
}
