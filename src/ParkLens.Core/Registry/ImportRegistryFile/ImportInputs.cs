using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ImportRegistryFile;

internal sealed record ZoneInput(
    int Row, string Name, string ShortName, ZoneLevel Level, ZoneKind Kind, string ProvinceCode, string CityCode,
    int? ApprovalYear, decimal? ApprovedAreaHa, string LeadingIndustries, string Authority, string? CatalogueCode);

internal sealed record EnterpriseInput(
    int Row, string Uscc, string Name, string Zone, string? SubPark, string IndustryCode, DateOnly? FoundedOn,
    Ownership Ownership, bool? Listed, Certifications? Certifications, string? Tags,
    string? MainProducts = null, string? BusinessScope = null);

internal sealed record IndicatorInput(int Row, string Uscc, int Year, IndicatorValues Values);

/// <summary>One row's figures in the order of <see cref="IndicatorDefinitions.All"/>; null is a blank cell (keep what is stored).</summary>
internal sealed class IndicatorValues(decimal?[] values)
{
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> Index =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(IndicatorDefinitions.All.Select((d, i) => KeyValuePair.Create(d.Key, i)));

    public decimal? this[string key] => values[Index[key]];

    public decimal? this[int index] => values[index];

    public int Count => values.Length;

    public static int IndexOf(string key) => Index[key];
}
