using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>Row-level rules: each parser returns the input, or null when the row has errors (recorded in the list).</summary>
internal static class ImportParsers
{
    public static ZoneInput? Zone(RowReader r, int currentYear)
    {
        var before = r.ErrorCount;
        var name = r.RequiredText("name", 100);
        var shortName = r.RequiredText("short_name", 50);
        var level = r.Term("level", RegistryTerms.Levels, required: true);
        var kind = r.Term("kind", RegistryTerms.Kinds, required: true);
        var province = r.RequiredText("province_code");
        var city = r.RequiredText("city_code");
        var divisions = DivisionCatalog.Instance;
        if (province.Length > 0 && divisions.Find(province) is not { Level: 1 })
        {
            r.Add(ImportRules.UnknownProvince.At(r.Row, r.Header("province_code"), province));
        }
        else if (city.Length > 0 && (divisions.Find(city) is not { Level: 2 } c || c.ParentCode != province))
        {
            r.Add(ImportRules.CityNotInProvince.At(r.Row, r.Header("city_code"), city));
        }
        var year = r.Integer("approval_year", 1984, currentYear);
        var area = r.Decimal("approved_area_ha", 0.01m, 1_000_000m);
        var leading = string.Join(";", RegistryTerms.SplitList(r.Text("leading_industries", 1000)));
        var authority = r.RequiredText("authority", 100);
        var catalogue = r.Text("catalogue_code", 10);
        return r.ErrorCount > before || level is null || kind is null
            ? null
            : new ZoneInput(r.Row, name, shortName, level.Value, kind.Value, province, city, year, area, leading, authority, catalogue);
    }

    public static EnterpriseInput? Enterprise(RowReader r, DateOnly today)
    {
        var before = r.ErrorCount;
        var uscc = r.RequiredUscc("uscc");
        var name = r.RequiredText("name", 200);
        var zone = r.RequiredText("zone", 100);
        var subPark = r.Text("sub_park", 100);
        var industry = r.IndustryCode("industry_code");
        var founded = r.Date("founded_on", today);
        var ownership = r.Term("ownership", RegistryTerms.Ownerships, required: true);
        var listed = r.Boolean("listed");
        var certificationText = r.Text("certifications", 400);
        var (certifications, unknown) = RegistryTerms.ParseCertifications(certificationText);
        foreach (var u in unknown)
        {
            r.Add(ImportRules.UnknownCertification.At(r.Row, r.Header("certifications"), u, string.Join("/", RegistryTerms.CertificationNames.Values)));
        }
        var tagText = r.Text("tags", 1000);
        var tags = tagText is null ? null : string.Join(";", RegistryTerms.SplitList(tagText));
        var productText = r.Text("main_products", 1000);
        var products = productText is null ? null : string.Join(";", RegistryTerms.SplitList(productText));
        var scope = r.Text("business_scope", 4000);
        return r.ErrorCount > before || industry is null || ownership is null
            ? null
            : new EnterpriseInput(r.Row, uscc, name, zone, subPark, industry, founded, ownership.Value, listed,
                certificationText is null ? null : certifications, tags, products, scope);
    }

    public static IndicatorInput? Indicator(RowReader r, int currentYear)
    {
        var before = r.ErrorCount;
        var uscc = r.RequiredUscc("uscc");
        var year = r.Integer("year", 1949, currentYear);
        if (year is null && r.Text("year") is null)
        {
            r.Add(ImportRules.Required.At(r.Row, r.Header("year")));
        }
        var definitions = IndicatorDefinitions.All;
        var values = new decimal?[definitions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var d = definitions[i];
            values[i] = d.Kind switch
            {
                IndicatorKind.Count => r.Integer(d.Key, 0, 10_000_000),
                IndicatorKind.SignedAmount => r.Decimal(d.Key, -100_000_000m, 100_000_000m),
                _ => r.Decimal(d.Key, 0m, 100_000_000m),
            };
        }
        CheckPart(r, values, "rd_staff", "employees");
        CheckPart(r, values, "high_tech_revenue", "revenue");
        CheckPart(r, values, "value_added", "gross_output");
        return r.ErrorCount > before || year is null ? null : new IndicatorInput(r.Row, uscc, year.Value, new IndicatorValues(values));
    }

    private static void CheckPart(RowReader r, decimal?[] values, string part, string whole)
    {
        if (values[IndicatorValues.IndexOf(part)] is { } p && values[IndicatorValues.IndexOf(whole)] is { } w && p > w)
        {
            r.Add(ImportRules.PartExceedsWhole.At(r.Row, r.Header(part), r.Header(whole), w));
        }
    }
}
