using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;
using static ParkLens.Core.Tests.Investments.ProjectFactsBuilder;

namespace ParkLens.Core.Tests.Investments;

public sealed class PipelineAnalyticsTests
{
    // Three projects: one signed then terminated, one under construction, one lead.
    private static readonly ProjectFacts[] Three =
    [
        Project(1, ProjectStage.Terminated, total: 1000, history:
        [
            Step(ProjectStage.Lead, ProjectStage.Negotiating, 2023, 2, 1), Step(ProjectStage.Negotiating, ProjectStage.Contracted, 2023, 3, 1),
            Step(ProjectStage.Contracted, ProjectStage.Terminated, 2023, 6, 1),
        ]),
        Project(2, ProjectStage.ConstructionStarted, total: 5000, history: [Step(ProjectStage.Lead, ProjectStage.ConstructionStarted, 2023, 4, 1)]),
        Project(3, ProjectStage.Lead, total: 200),
    ];

    [Fact]
    public void The_funnel_counts_what_each_project_ever_reached_and_where_it_stands()
    {
        var funnel = PipelineFunnel.Of(Three).ToDictionary(s => s.Stage);

        funnel[ProjectStage.Lead].Reached.ShouldBe(3);
        funnel[ProjectStage.Lead].ReachedInvestment.ShouldBe(6200);
        funnel[ProjectStage.Contracted].Reached.ShouldBe(2);
        funnel[ProjectStage.Contracted].Current.ShouldBe(0);
        funnel[ProjectStage.ConstructionStarted].Reached.ShouldBe(1);
        funnel[ProjectStage.ConstructionStarted].CurrentInvestment.ShouldBe(5000);
        funnel[ProjectStage.ToppedOut].Reached.ShouldBe(0);
        funnel[ProjectStage.Terminated].Current.ShouldBe(1);
    }

    [Fact]
    public void The_rollup_sets_completion_against_the_years_plan_and_counts_a_project_in_each_of_its_lists()
    {
        ProjectFacts[] projects =
        [
            Project(1, commissioner: "王伟", total: 10000, plans: [new(2023, 1200)], months: [new(2023, 1, 100), new(2023, 2, 200), new(2023, 3, 300), new(2022, 12, 999)],
                lists: [new("省重点", 2023), new("市重点", 2023)]),
            Project(2, commissioner: "王伟", total: 5000, plans: [new(2023, 800)], months: [new(2023, 1, 100), new(2023, 4, 500)], lists: [new("市重点", 2023)]),
            Project(3, commissioner: "李娜", total: 300),
        ];

        var byCommissioner = InvestmentRollup.By(projects, RollupDimension.Commissioner, 2023, 3).ToDictionary(r => r.Key);
        byCommissioner["王伟"].Planned.ShouldBe(2000);
        byCommissioner["王伟"].Completed.ShouldBe(700); // 100+200+300 and 100, April not yet counted
        byCommissioner["王伟"].CompletionRate.ShouldBe(0.35m);
        byCommissioner["李娜"].CompletionRate.ShouldBeNull();

        var byList = InvestmentRollup.By(projects, RollupDimension.List, 2023, 12).ToDictionary(r => r.Key);
        byList["市重点"].Projects.ShouldBe(2);
        byList["市重点"].Completed.ShouldBe(1200);
        byList["省重点"].Planned.ShouldBe(1200);
        InvestmentRollup.Total(projects, 2023, 12).Completed.ShouldBe(1200);
    }

    [Fact]
    public void The_meeting_report_lists_the_weeks_work_overdue_milestones_and_stalled_projects()
    {
        var from = new DateOnly(2023, 5, 8);
        var to = new DateOnly(2023, 5, 14);
        ProjectFacts[] projects =
        [
            Project(1, ProjectStage.Contracted, total: 3000, created: new(2023, 5, 9), lastProgress: new(2023, 5, 12),
                history: [Step(ProjectStage.Lead, ProjectStage.Negotiating, 2023, 5, 10), Step(ProjectStage.Negotiating, ProjectStage.Contracted, 2023, 5, 12)]),
            Project(2, ProjectStage.SiteSecured, total: 8000, created: new(2022, 11, 1), lastProgress: new(2023, 3, 1),
                milestones: [new(ProjectStage.ConstructionStarted, new(2023, 5, 1), null), new(ProjectStage.InProduction, new(2023, 9, 1), null)]),
            Project(3, ProjectStage.Suspended, suspendedFrom: ProjectStage.Negotiating, created: new(2022, 1, 1), lastProgress: new(2022, 6, 1)),
        ];

        var report = MeetingReport.Build(projects, from, to, stalledAfterDays: 30);

        report.NewProjects.Select(p => p.Id).ShouldBe([1]);
        report.StageChanges.Select(c => c.To).ShouldBe([ProjectStage.Negotiating, ProjectStage.Contracted]);
        report.SignedCount.ShouldBe(1);
        report.SignedInvestment.ShouldBe(3000);
        report.Overdue.Single().ShouldBe(new OverdueMilestone(report.Overdue[0].Project, ProjectStage.ConstructionStarted, new(2023, 5, 1), 13));
        // Project 2 has not moved since 1 March (74 days at 14 May); the suspended project is not "stalled", it is on hold.
        report.Stalled.Select(s => (s.Project.Id, s.DaysStill)).ShouldBe([(2, 74)]);
    }

    [Fact]
    public void The_forecast_holds_next_months_signings_starts_and_production_not_yet_reached()
    {
        ProjectFacts[] projects =
        [
            Project(1, ProjectStage.Negotiating, milestones: [new(ProjectStage.Contracted, new(2023, 6, 20), null)]),
            Project(2, ProjectStage.ConstructionStarted, milestones: [new(ProjectStage.ConstructionStarted, new(2023, 6, 2), new(2023, 5, 30))]),
            Project(3, ProjectStage.SiteSecured, milestones: [new(ProjectStage.ConstructionStarted, new(2023, 6, 5), null), new(ProjectStage.ToppedOut, new(2023, 6, 30), null)]),
            Project(4, ProjectStage.Terminated, milestones: [new(ProjectStage.Contracted, new(2023, 6, 1), null)]),
            Project(5, ProjectStage.Negotiating, milestones: [new(ProjectStage.Contracted, new(2023, 7, 1), null)]),
        ];

        var forecast = ProjectForecast.For(projects, 2023, 6);

        forecast.Select(f => (f.Project.Id, f.Milestone)).ShouldBe([(1, ProjectStage.Contracted), (3, ProjectStage.ConstructionStarted)]);
        ProjectForecast.NextMonth(new DateOnly(2023, 12, 14)).ShouldBe((2024, 1));
    }

    [Fact]
    public void Rankings_order_by_signed_investment_and_equal_figures_share_a_rank()
    {
        ProjectFacts[] projects =
        [
            Project(1, ProjectStage.Contracted, total: 5000, commissioner: "甲", department: "招商一局", history: [Step(ProjectStage.Negotiating, ProjectStage.Contracted, 2023, 3, 1)]),
            Project(2, ProjectStage.Contracted, total: 5000, commissioner: "乙", department: "招商一局", history: [Step(ProjectStage.Negotiating, ProjectStage.Contracted, 2023, 4, 1)]),
            Project(3, ProjectStage.Contracted, total: 9000, commissioner: "丙", department: "招商二局", history: [Step(ProjectStage.Negotiating, ProjectStage.Contracted, 2022, 4, 1)], reviews: [80, 91]),
        ];

        var people = Rankings.Of(projects, byDepartment: false, 2023);
        people.Select(r => (r.Who, r.Rank)).ShouldBe([("乙", 1), ("甲", 1), ("丙", 3)]); // ties keep name order (ordinal)
        people.Single(r => r.Who == "丙").ReviewAverage.ShouldBe(85.5m);

        var departments = Rankings.Of(projects, byDepartment: true, 2023);
        departments[0].ShouldBe(departments[0] with { Who = "招商一局", SignedCount = 2, SignedInvestment = 10000, Rank = 1 });
    }

    [Fact]
    public void The_digest_groups_alerts_per_commissioner()
    {
        var today = new DateOnly(2023, 5, 14);
        ProjectFacts[] projects =
        [
            Project(1, ProjectStage.SiteSecured, commissioner: "王伟", lastProgress: new(2023, 5, 1), milestones: [new(ProjectStage.ConstructionStarted, new(2023, 5, 1), null)]),
            Project(2, ProjectStage.Negotiating, commissioner: "王伟", lastProgress: new(2023, 1, 1)),
            Project(3, ProjectStage.Negotiating, lastProgress: new(2023, 1, 1)),
        ];

        var alerts = ProjectAlerts.Of(projects, new Dictionary<int, IReadOnlyList<CommitmentCheck>>(), new Dictionary<int, string?>(), today);
        var digest = ProjectAlerts.Digest(alerts);

        alerts.Select(a => (a.Kind, a.Project.Id)).ShouldBe([(AlertKind.OverdueMilestone, 1), (AlertKind.Stalled, 2), (AlertKind.Stalled, 3)]);
        digest[0].Commissioner.ShouldBe("王伟");
        digest[0].Alerts.Count.ShouldBe(2);
    }
}
