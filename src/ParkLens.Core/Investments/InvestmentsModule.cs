using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Contracts;
using ParkLens.Core.Investments.ExportProjects;
using ParkLens.Core.Investments.GetAlerts;
using ParkLens.Core.Investments.GetInvestmentRollup;
using ParkLens.Core.Investments.GetMeetingReport;
using ParkLens.Core.Investments.GetPipeline;
using ParkLens.Core.Investments.GetProject;
using ParkLens.Core.Investments.GetRankings;
using ParkLens.Core.Investments.GetTimeline;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Investments.ListGroupStarts;
using ParkLens.Core.Investments.ListProjectOptions;
using ParkLens.Core.Investments.PlanMilestones;
using ParkLens.Core.Investments.RecordInvestment;
using ParkLens.Core.Investments.RecordSiteReview;
using ParkLens.Core.Investments.SaveAgreement;
using ParkLens.Core.Investments.SaveGroupStart;
using ParkLens.Core.Investments.SaveProject;
using ParkLens.Core.Investments.SeedInvestmentDemoData;
using ParkLens.Core.Investments.TickChecklist;

namespace ParkLens.Core.Investments;

internal static class InvestmentsModule
{
    public static IServiceCollection AddInvestments(this IServiceCollection services) => services
        .AddSingleton<IProjectLeadIntake, PipelineLeadIntake>()
        .AddSingleton<ProjectSpaceNeeds>()
        .AddSingleton<IProjectSpaceNeeds>(sp => sp.GetRequiredService<ProjectSpaceNeeds>())
        .AddSingleton<IProjectSiteIntake>(sp => sp.GetRequiredService<ProjectSpaceNeeds>())
        .AddScoped<SaveProjectHandler>()
        .AddScoped<AdvanceProjectHandler>()
        .AddScoped<PlanMilestonesHandler>()
        .AddScoped<TickChecklistHandler>()
        .AddScoped<RecordInvestmentHandler>()
        .AddScoped<SaveAgreementHandler>()
        .AddScoped<RecordSiteReviewHandler>()
        .AddScoped<SaveGroupStartHandler>()
        .AddScoped<GetPipelineHandler>()
        .AddScoped<GetProjectHandler>()
        .AddScoped<ListProjectOptionsHandler>()
        .AddScoped<GetMeetingReportHandler>()
        .AddScoped<GetInvestmentRollupHandler>()
        .AddScoped<GetRankingsHandler>()
        .AddScoped<GetAlertsHandler>()
        .AddScoped<ListGroupStartsHandler>()
        .AddScoped<GetTimelineHandler>()
        .AddScoped<ImportProjectsHandler>()
        .AddScoped<ExportProjectsHandler>()
        .AddScoped<SeedInvestmentDemoDataHandler>();
}
