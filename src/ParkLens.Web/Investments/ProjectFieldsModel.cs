using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.SaveProject;

namespace ParkLens.Web.Investments;

/// <summary>The editable copy of a project's <see cref="ProjectFields"/> behind <c>ProjectFieldsForm</c>.</summary>
public sealed class ProjectFieldsModel
{
    public string? Name { get; set; }

    public string? InvestorName { get; set; }

    public int? SubParkId { get; set; }

    /// <summary>Not edited by the form; kept so a save does not unlink the project from its enterprise.</summary>
    public int? EnterpriseId { get; set; }

    public string? ChainKey { get; set; }

    public string? SegmentId { get; set; }

    public ProjectSource Source { get; set; } = ProjectSource.ChainTargeting;

    public decimal? TotalInvestment { get; set; }

    public decimal? FixedAssetInvestment { get; set; }

    public decimal? ForeignInvestment { get; set; }

    public string? ForeignCurrency { get; set; }

    public decimal? LandNeedMu { get; set; }

    public decimal? FloorSpaceNeedM2 { get; set; }

    public decimal? ExpectedAnnualOutput { get; set; }

    public decimal? ExpectedAnnualTax { get; set; }

    public int? ExpectedJobs { get; set; }

    public string? LeadOfficial { get; set; }

    public string? Commissioner { get; set; }

    public string? Department { get; set; }

    public ProjectPriority Priority { get; set; }

    public SpaceRoute Route { get; set; }

    public string? Note { get; set; }

    public static ProjectFieldsModel From(ProjectFields f) => new()
    {
        Name = f.Name, InvestorName = f.InvestorName, SubParkId = f.SubParkId, EnterpriseId = f.EnterpriseId, ChainKey = f.ChainKey, SegmentId = f.SegmentId,
        Source = f.Source, TotalInvestment = f.TotalInvestment, FixedAssetInvestment = f.FixedAssetInvestment, ForeignInvestment = f.ForeignInvestment,
        ForeignCurrency = f.ForeignCurrency, LandNeedMu = f.LandNeedMu, FloorSpaceNeedM2 = f.FloorSpaceNeedM2, ExpectedAnnualOutput = f.ExpectedAnnualOutput,
        ExpectedAnnualTax = f.ExpectedAnnualTax, ExpectedJobs = f.ExpectedJobs, LeadOfficial = f.LeadOfficial, Commissioner = f.Commissioner,
        Department = f.Department, Priority = f.Priority, Route = f.Route, Note = f.Note,
    };

    public ProjectFields ToFields() => new(
        Name?.Trim() ?? "", InvestorName?.Trim() ?? "", SubParkId, EnterpriseId, Clean(ChainKey), Clean(SegmentId), Source, TotalInvestment,
        FixedAssetInvestment, ForeignInvestment, Clean(ForeignCurrency)?.ToUpperInvariant(), LandNeedMu, FloorSpaceNeedM2, ExpectedAnnualOutput,
        ExpectedAnnualTax, ExpectedJobs, Clean(LeadOfficial), Clean(Commissioner), Clean(Department), Priority, Route, Clean(Note));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
