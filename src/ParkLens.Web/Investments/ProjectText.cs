using MudBlazor;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Web.Investments;

/// <summary>Display helpers of the project pages: stage colours and who may write.</summary>
internal static class ProjectText
{
    public static Color StageColor(ProjectStage stage) => stage switch
    {
        ProjectStage.Lead or ProjectStage.Negotiating => Color.Default,
        ProjectStage.Contracted or ProjectStage.Registered or ProjectStage.SiteSecured => Color.Info,
        ProjectStage.ConstructionStarted or ProjectStage.ToppedOut or ProjectStage.Completed => Color.Primary,
        ProjectStage.InProduction or ProjectStage.FullOutput => Color.Success,
        ProjectStage.Suspended => Color.Warning,
        _ => Color.Error,
    };

    public static Color StatusColor(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Met => Color.Success,
        CommitmentStatus.Pending => Color.Info,
        CommitmentStatus.Breached => Color.Error,
        _ => Color.Default,
    };

    /// <summary>The pipeline's writers: a pipeline role over a whole zone (the handlers check it again).</summary>
    public static bool CanWrite(ICurrentActor actor) => WritePermissions.CanManageProjects(actor.Role) && actor.Scope.EnterpriseIds is null;

    public static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? Time(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
