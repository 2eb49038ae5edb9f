using System.Globalization;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.Reference;

public sealed record NationalZone(
    string? CatalogueCode, string Name, string ShortName, ZoneKind Kind, string ProvinceCode, string CityCode,
    int? ApprovalYear, decimal? ApprovedAreaHa, IReadOnlyList<string> LeadingIndustries, string Source);

/// <summary>The national lists of 国家级高新区 and 国家级经开区 (2018 catalogue plus later State Council approvals).</summary>
public sealed class NationalZoneCatalog
{
    private NationalZoneCatalog(IReadOnlyList<NationalZone> zones) => Zones = zones;

    public static NationalZoneCatalog Instance { get; } = Load();

    public IReadOnlyList<NationalZone> Zones { get; }

    public NationalZone? FindByName(string name) =>
        Zones.FirstOrDefault(z => z.Name == name || z.ShortName == name);

    private static NationalZoneCatalog Load()
    {
        var zones = EmbeddedData.ReadCsv("zones/national-zones.csv").Select(r =>
        {
            RegistryTerms.TryParse(RegistryTerms.Kinds, r["kind"], out var kind);
            return new NationalZone(
                r["catalogue_code"].Length == 0 ? null : r["catalogue_code"],
                r["name"], r["short_name"], kind, r["province_code"], r["city_code"],
                int.TryParse(r["approval_year"], CultureInfo.InvariantCulture, out var y) ? y : null,
                decimal.TryParse(r["approved_area_ha"], CultureInfo.InvariantCulture, out var a) ? a : null,
                RegistryTerms.SplitList(r["leading_industries"]).ToArray(),
                r["source"]);
        }).ToArray();
        return new NationalZoneCatalog(zones);
    }
}
