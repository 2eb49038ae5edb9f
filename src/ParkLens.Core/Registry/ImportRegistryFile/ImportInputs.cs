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

internal sealed record IndicatorInput(int Row, string Uscc, int Year, IReadOnlyDictionary<string, decimal?> Values);
