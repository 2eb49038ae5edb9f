using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>A zone's target count of enterprises for a tier and year (e.g. the city's 市定目标 of 科技型中小企业 入库).</summary>
internal sealed class TierTarget : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public Tier Tier { get; set; }

    public int Year { get; set; }

    public int Target { get; set; }

    /// <summary>Who set it and where, e.g. "市定目标（焦作市科技局）".</summary>
    public string Basis { get; set; } = "";

    public Provenance Provenance { get; set; } = new();
}
