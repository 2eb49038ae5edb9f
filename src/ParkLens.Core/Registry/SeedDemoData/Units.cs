namespace ParkLens.Core.Registry.SeedDemoData;

/// <summary>Converts published amounts to the registry's units (万元) and areas between 亩 and m².</summary>
internal static class Units
{
    public static decimal? ToWanYuan(decimal? value, string? unit) => value is null ? null : unit switch
    {
        "万元" => value,
        "亿元" => value * 10_000m,
        "万亿元" => value * 100_000_000m,
        "元" => value / 10_000m,
        "千万元" => value * 1_000m,
        _ => null,
    };

    public const decimal SquareMetresPerMu = 666.67m;
}
