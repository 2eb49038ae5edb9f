using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

internal sealed class Zone : IZoneOwned
{
    public int Id { get; set; }

    /// <summary>A zone owns itself: the scope filter and the shard key use the same column on every table.</summary>
    public int ZoneId => Id;

    public int AuthorityId { get; set; }

    public Authority? Authority { get; set; }

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public ZoneLevel Level { get; set; }

    public ZoneKind Kind { get; set; }

    public string ProvinceCode { get; set; } = "";

    public string CityCode { get; set; } = "";

    public int? ApprovalYear { get; set; }

    public decimal? ApprovedAreaHa { get; set; }

    /// <summary>Semicolon-separated, in the order the zone lists them.</summary>
    public string LeadingIndustries { get; set; } = "";

    public string? CatalogueCode { get; set; }

    public Provenance Provenance { get; set; } = new();

    public List<SubPark> SubParks { get; } = [];
}
