namespace ParkLens.Core.LandEfficiency.Domain;

/// <summary>How a low-efficiency plot is to be improved (低效用地再开发).</summary>
public enum ImprovementMeasure
{
    /// <summary>技改提升: the firm upgrades on the same land.</summary>
    Upgrade,

    /// <summary>兼并重组: merged into a stronger firm.</summary>
    Merger,

    /// <summary>腾笼换鸟: the firm leaves, a better project takes the plot.</summary>
    Replace,

    /// <summary>收储: the land is taken back into the reserve.</summary>
    Reclaim,

    /// <summary>招租盘活: idle buildings let to new tenants.</summary>
    Lease,
}

public enum PlanStatus
{
    Planned,
    InProgress,
    Done,
    Abandoned,
}

/// <summary>An improvement plan for a low-efficiency plot or firm, with its target and its dated progress.</summary>
internal sealed class ImprovementPlan : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? ParcelId { get; set; }

    public int? EnterpriseId { get; set; }

    public ImprovementMeasure Measure { get; set; }

    public string Target { get; set; } = "";

    /// <summary>亩均税收 the plan aims at, 万元/亩.</summary>
    public decimal? TargetTaxPerMu { get; set; }

    public DateOnly Deadline { get; set; }

    public string? ResponsibleUnit { get; set; }

    public PlanStatus Status { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public List<ImprovementProgress> Progress { get; } = [];
}

internal sealed class ImprovementProgress : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int PlanId { get; set; }

    public DateOnly On { get; set; }

    public PlanStatus Status { get; set; }

    public string Note { get; set; } = "";

    public string By { get; set; } = "";
}
