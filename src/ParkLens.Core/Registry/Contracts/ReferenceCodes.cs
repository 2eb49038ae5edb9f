using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.Contracts;

/// <summary>The registry's official code tables (GB/T 4754-2017 industries, NBS 2023 divisions), for other modules to read.</summary>
public static class ReferenceCodes
{
    public static bool IsIndustry(string code) => IndustryCatalog.Instance.Find(code) is not null;

    public static string? IndustryName(string? code) => IndustryCatalog.Instance.Find(code)?.Name;

    public static string? DivisionName(string? code) => DivisionCatalog.Instance.Find(code)?.Name;

    /// <summary>"云南省玉溪市" from a province and city code.</summary>
    public static string PlaceName(string provinceCode, string? cityCode) => DivisionCatalog.Instance.PlaceName(provinceCode, cityCode);
}
