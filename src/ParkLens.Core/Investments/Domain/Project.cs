using ParkLens.Core.Common;

namespace ParkLens.Core.Investments.Domain;

/// <summary>
/// An investment project of a zone (项目库 row): who invests, where, in which chain link, how much and what it promises,
/// who leads it (挂帅领导) and who drives it (专员), and where it stands in the pipeline. Amounts are in 万元.
/// </summary>
internal sealed class Project : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? SubParkId { get; set; }

    public string Name { get; set; } = "";

    public string InvestorName { get; set; } = "";

    /// <summary>The investor when it is (or becomes) an enterprise of the registry.</summary>
    public int? EnterpriseId { get; set; }

    public string? ChainKey { get; set; }

    public string? SegmentId { get; set; }

    public ProjectSource Source { get; set; }

    public decimal? TotalInvestment { get; set; }

    public decimal? FixedAssetInvestment { get; set; }

    public decimal? ForeignInvestment { get; set; }

    /// <summary>ISO 4217 code of the foreign investment (USD, EUR, HKD …).</summary>
    public string? ForeignCurrency { get; set; }

    public decimal? LandNeedMu { get; set; }

    public decimal? FloorSpaceNeedM2 { get; set; }

    public decimal? ExpectedAnnualOutput { get; set; }

    public decimal? ExpectedAnnualTax { get; set; }

    public int? ExpectedJobs { get; set; }

    public string? LeadOfficial { get; set; }

    public string? Commissioner { get; set; }

    /// <summary>The department in charge (招商一局, 经发局 …); rankings are kept per commissioner and per department.</summary>
    public string? Department { get; set; }

    public ProjectPriority Priority { get; set; }

    public SpaceRoute Route { get; set; }

    public ProjectStage Stage { get; set; }

    /// <summary>The stage a suspended project returns to when it resumes.</summary>
    public ProjectStage? SuspendedFrom { get; set; }

    public DateOnly StageSince { get; set; }

    public DateOnly CreatedOn { get; set; }

    /// <summary>The day anything last moved: a stage, a checklist item or a month's investment. Stalled projects are measured from it.</summary>
    public DateOnly LastProgressOn { get; set; }

    public int? GroupStartId { get; set; }

    /// <summary>Where the project was made from: "chain:{chain}:{candidate}" for a chain atlas target, "import:{file}" for an import.</summary>
    public string? OriginRef { get; set; }

    public string? Note { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();

    public List<ProjectStageChange> History { get; } = [];

    public List<ProjectMilestone> Milestones { get; } = [];

    public List<ProjectChecklistItem> Checklist { get; } = [];

    public List<ProjectYearPlan> YearPlans { get; } = [];

    public List<ProjectMonthlyInvestment> MonthlyInvestments { get; } = [];

    public List<ProjectListEntry> Lists { get; } = [];

    public List<SiteReview> Reviews { get; } = [];
}
