using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using ParkLens.Core.LandEfficiency.ParcelMap;
using ParkLens.Core.Registry.Domain;
using ParkLens.Web.Components.Shared;

namespace ParkLens.Web.LandEfficiency;

public enum ParcelColouringMode
{
    /// <summary>按评价等级: the owner's 亩均 class.</summary>
    Class,

    /// <summary>按闲置状态: idle or in use.</summary>
    Idle,
}

/// <summary>One entry of the map's legend: its colour, whether it is hatched, and the parcels and 亩 it covers.</summary>
internal sealed record ParcelLegendEntry(string Label, string Colour, bool Hatched, int Parcels, decimal AreaMu);

/// <summary>
/// The ECharts option of the schematic parcel map: the parcels' map series coloured by class (A green, B blue, C orange,
/// D red, 未评价 grey; idle parcels hatched over their class) or by idle status (idle dark and hatched), and the sub-park
/// blocks outlined and named on top of it (silent, so the parcels below still answer hover and click).
/// </summary>
internal static class ParcelMapOption
{
    public const string InUseColour = "#bfdbfe";
    public const string IdleColour = "#374151";

    public static readonly IReadOnlyDictionary<string, string> ClassColours = new Dictionary<string, string>
    {
        ["A"] = "#2e7d32", ["B"] = "#1e63c4", ["C"] = "#f08c00", ["D"] = "#d32f2f", [GetParcelMapHandler.NotEvaluated] = "#9e9e9e",
    };

    public static string ParcelsMap(int zoneId) => "parklens-parcels-" + zoneId.ToString(CultureInfo.InvariantCulture);

    public static string BlocksMap(int zoneId) => "parklens-subparks-" + zoneId.ToString(CultureInfo.InvariantCulture);

    public static string Colour(ParcelColouring p, ParcelColouringMode mode) =>
        mode == ParcelColouringMode.Idle ? (p.IsIdle ? IdleColour : InUseColour) : ClassColours[p.ClassLabel];

    public static string UseLabel(string use, IStringLocalizer L) =>
        Enum.TryParse<PropertyUse>(use, out var u) && RegistryTerms.Uses.TryGetValue(u, out var zh) ? L[zh] : use;

    public static string ClassLabel(ParcelColouring p, IStringLocalizer L) => p.OwnerClass is null ? L["未评价"] : p.ClassLabel;

    public static IReadOnlyList<ParcelLegendEntry> Legend(ParcelMapView map, ParcelColouringMode mode, IStringLocalizer L)
    {
        var drawn = map.Parcels.Where(p => p.Drawn).ToList();
        if (mode == ParcelColouringMode.Idle)
        {
            return
            [
                new(L["在用"], InUseColour, false, drawn.Count(p => !p.IsIdle), drawn.Where(p => !p.IsIdle).Sum(p => p.AreaMu)),
                new(L["闲置"], IdleColour, true, drawn.Count(p => p.IsIdle), drawn.Where(p => p.IsIdle).Sum(p => p.AreaMu)),
            ];
        }
        var entries = new List<ParcelLegendEntry>();
        foreach (var (label, colour) in ClassColours)
        {
            var members = drawn.Where(p => p.ClassLabel == label).ToList();
            var text = label == GetParcelMapHandler.NotEvaluated ? L["未评价"].Value : string.Format(CultureInfo.CurrentCulture, L["{0} 类"], label);
            entries.Add(new(text, colour, false, members.Count, members.Sum(p => p.AreaMu)));
        }
        entries.Add(new(L["闲置（斜线）"], "#ffffff", true, drawn.Count(p => p.IsIdle), drawn.Where(p => p.IsIdle).Sum(p => p.AreaMu)));
        return entries;
    }

    public static object Build(ParcelMapView map, ParcelColouringMode mode, IStringLocalizer L)
    {
        var hatch = new { symbol = "rect", symbolSize = 1, dashArrayX = new[] { 1, 0 }, dashArrayY = new[] { 2, 5 }, rotation = Math.PI / 4, color = "rgba(255,255,255,0.55)" };
        var hatchOnLight = hatch with { color = "rgba(17,24,39,0.6)" };
        var data = map.Parcels.Where(p => p.Drawn).Select(p =>
        {
            var colour = Colour(p, mode);
            // Idle parcels are hatched in both colourings: white lines on a class colour, on the dark idle fill.
            object itemStyle = p.IsIdle
                ? new { areaColor = colour, decal = mode == ParcelColouringMode.Class && p.OwnerClass is null ? hatchOnLight : hatch }
                : new { areaColor = colour };
            return new
            {
                name = p.Key,
                id = p.OwnerEnterpriseId is { } owner ? "enterprise:" + owner.ToString(CultureInfo.InvariantCulture) : p.Key,
                value = p.AreaMu,
                itemStyle,
                emphasis = new { itemStyle = new { areaColor = colour, borderColor = "#111827", borderWidth = 2 } },
                tooltip = new { formatter = Tooltip(p, L) },
            };
        }).ToList();
        var blocks = map.Blocks.Select((b, i) => new { name = "b" + i.ToString(CultureInfo.InvariantCulture), label = new { formatter = b.Name } }).ToList();
        // Both maps span the same plane exactly, so the same box places them on each other.
        var box = new { left = 8, right = 8, top = 8, bottom = 8 };
        var parcels = new
        {
            type = "map", map = ParcelsMap(map.ZoneId), nameProperty = "key", roam = false, aspectScale = 1, box.left, box.right, box.top, box.bottom,
            selectedMode = false, label = new { show = false },
            itemStyle = new { borderColor = "#ffffff", borderWidth = 1, areaColor = "#eeeeee" },
            emphasis = new { label = new { show = false } },
            data,
        };
        if (map.Surveyed)
        {
            // Surveyed outlines keep their true proportions (layoutSize fits them without stretching, aspectScale
            // shortens a degree of longitude to its length at this latitude) and can be zoomed; sub-parks are not
            // outlined, their boundaries are not imported.
            var surveyed = new
            {
                parcels.type, parcels.map, parcels.nameProperty, roam = true, aspectScale = map.AspectScale, layoutCenter = new[] { "50%", "50%" }, layoutSize = "96%",
                parcels.selectedMode, parcels.label, parcels.itemStyle, parcels.emphasis, data,
            };
            return new { tooltip = new { trigger = "item", confine = true }, series = new object[] { surveyed } };
        }
        return new
        {
            tooltip = new { trigger = "item", confine = true },
            series = new object[]
            {
                parcels,
                new
                {
                    type = "map", map = BlocksMap(map.ZoneId), nameProperty = "key", roam = false, aspectScale = 1, box.left, box.right, box.top, box.bottom,
                    silent = true, selectedMode = false, tooltip = new { show = false },
                    itemStyle = new { areaColor = "rgba(0,0,0,0)", borderColor = "#1f2937", borderWidth = 3 },
                    label = new { show = true, color = "#111827", fontSize = 13, fontWeight = "bold", backgroundColor = "rgba(255,255,255,0.85)", padding = new[] { 3, 6 }, borderRadius = 3 },
                    data = blocks,
                },
            },
        };
    }

    private static string Tooltip(ParcelColouring p, IStringLocalizer L)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "—");
        var lines = new[]
        {
            $"<b>{E(p.Code)}</b> · {E(p.SubParkName)}",
            $"{E(L["权属"])}：{E(p.OwnerName)}",
            $"{E(L["评价等级"])}：{E(ClassLabel(p, L))}",
            $"{E(L["面积（亩）"])}：{E(Fmt.Number(p.AreaMu, "#,0.0"))}{(p.SurveyedMu is { } surveyed ? $"（{E(L["测绘"])} {E(Fmt.Number(surveyed, "#,0.0"))}）" : "")}",
            $"{E(L["亩均税收（万元/亩）"])}：{E(Fmt.Number(p.TaxPerMu, "#,0.00"))}",
            $"{E(L["用途"])}：{E(UseLabel(p.Use, L))}{(p.IsIdle ? " · " + E(L["闲置"]) : "")}",
        };
        return string.Join("<br/>", lines);
    }
}
