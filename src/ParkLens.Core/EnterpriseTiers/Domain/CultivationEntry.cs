using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>An enterprise placed in a zone's 储备库, 培育库 or 提升库 for a tier and year, with the staff member who looks after it.</summary>
internal sealed class CultivationEntry : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public Tier Tier { get; set; }

    public int Year { get; set; }

    public CultivationPool Pool { get; set; }

    public string AssignedStaff { get; set; } = "";

    public string? Note { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();
}

/// <summary>"储备一批、培育一批、提升一批".</summary>
public enum CultivationPool
{
    Reserve,
    Cultivating,
    Promoting,
}
