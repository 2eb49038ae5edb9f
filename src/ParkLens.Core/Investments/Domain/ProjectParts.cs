namespace ParkLens.Core.Investments.Domain;

/// <summary>One dated transition of a project, by whom, why and with which document.</summary>
internal sealed class ProjectStageChange : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public ProjectStage From { get; set; }

    public ProjectStage To { get; set; }

    public DateOnly On { get; set; }

    public string By { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>A document reference (file number, link or file name), not the file itself.</summary>
    public string? Document { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>The planned and the actual date of one pipeline stage of a project.</summary>
internal sealed class ProjectMilestone : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public ProjectStage Stage { get; set; }

    public DateOnly? PlannedOn { get; set; }

    public DateOnly? ActualOn { get; set; }
}

/// <summary>One item of the 拿地即开工 pre-start checklist and the day it was done.</summary>
internal sealed class ProjectChecklistItem : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public PreStartItem Item { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}

/// <summary>The investment a project plans to complete in a year (年度计划投资, 万元).</summary>
internal sealed class ProjectYearPlan : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public int Year { get; set; }

    public decimal Planned { get; set; }
}

/// <summary>The investment completed in one month (当月完成投资, 万元).</summary>
internal sealed class ProjectMonthlyInvestment : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal Completed { get; set; }
}

/// <summary>A project's place on a key-project list of a year (重点项目清单: 省重点, 市重点, 磨憨口岸城市项目建设清单 …).</summary>
internal sealed class ProjectListEntry : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public string ListName { get; set; } = "";

    public int Year { get; set; }
}

/// <summary>A score given on a site review (观摩点评), 0–100.</summary>
internal sealed class SiteReview : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int ProjectId { get; set; }

    public DateOnly On { get; set; }

    public string Reviewer { get; set; } = "";

    public decimal Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// A group start (集中开工): projects of a zone started together on one day. The totals the organisers announced are kept
/// beside the sum of the projects recorded, with the quote they come from.
/// </summary>
internal sealed class GroupStart : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public string Name { get; set; } = "";

    public DateOnly On { get; set; }

    public string? Place { get; set; }

    public decimal? AnnouncedTotalInvestment { get; set; }

    public decimal? AnnouncedYearPlan { get; set; }

    public int? AnnouncedProjectCount { get; set; }

    public string? Source { get; set; }

    public Common.Provenance Provenance { get; set; } = new();
}
