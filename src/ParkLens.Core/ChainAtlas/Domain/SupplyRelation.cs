using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A known supply relation of a local enterprise: the partner supplies it (<see cref="PartnerSupplies"/>) or buys from it.
/// The partner is another enterprise of the zone or an outside company by name; the segments say which supply edge it is.
/// </summary>
internal sealed class SupplyRelation : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public int? PartnerEnterpriseId { get; set; }

    public string PartnerName { get; set; } = "";

    public bool PartnerSupplies { get; set; }

    public string ChainKey { get; set; } = "";

    /// <summary>The supplier's segment.</summary>
    public string FromSegmentId { get; set; } = "";

    /// <summary>The customer's segment.</summary>
    public string ToSegmentId { get; set; } = "";

    public int Year { get; set; }

    /// <summary>万元 a year, when known.</summary>
    public decimal? AnnualAmount { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();
}
