using System.Globalization;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Tests.Investments;

public sealed class ProjectTransitionsTests
{
    [Fact]
    public void A_lead_moves_only_to_negotiation_or_is_suspended_or_terminated() =>
        ProjectTransitions.Next(ProjectStage.Lead, SpaceRoute.NewBuild, null)
            .ShouldBe([ProjectStage.Negotiating, ProjectStage.Suspended, ProjectStage.Terminated]);

    [Fact]
    public void A_new_build_tops_out_after_construction_starts() =>
        ProjectTransitions.Next(ProjectStage.ConstructionStarted, SpaceRoute.NewBuild, null)[0].ShouldBe(ProjectStage.ToppedOut);

    [Fact]
    public void A_leased_project_goes_from_fitting_out_to_production_without_topping_out() =>
        ProjectTransitions.Next(ProjectStage.ConstructionStarted, SpaceRoute.Lease, null)[0].ShouldBe(ProjectStage.InProduction);

    [Fact]
    public void Full_output_and_termination_are_final()
    {
        ProjectTransitions.Next(ProjectStage.FullOutput, SpaceRoute.NewBuild, null).ShouldBeEmpty();
        ProjectTransitions.Next(ProjectStage.Terminated, SpaceRoute.NewBuild, null).ShouldBeEmpty();
    }

    [Fact]
    public void A_suspended_project_resumes_where_it_stopped_or_is_terminated() =>
        ProjectTransitions.Next(ProjectStage.Suspended, SpaceRoute.NewBuild, ProjectStage.SiteSecured)
            .ShouldBe([ProjectStage.SiteSecured, ProjectStage.Terminated]);

    [Fact]
    public void Skipping_a_stage_is_refused_naming_what_is_allowed()
    {
        using var _ = new UiCulture("zh-CN");

        var problem = ProjectTransitions.Check(ProjectStage.Lead, ProjectStage.Contracted, SpaceRoute.NewBuild, null, null, permitDone: false);

        problem.ShouldNotBeNull();
        problem.Rule.ShouldBe("illegal-transition");
        problem.Message.ShouldBe("项目不能从「线索」变为「签约」（允许：洽谈、暂停、终止）");
    }

    [Fact]
    public void Suspending_or_terminating_needs_a_reason()
    {
        ProjectTransitions.Check(ProjectStage.Negotiating, ProjectStage.Suspended, SpaceRoute.NewBuild, null, " ", false)!.Rule.ShouldBe("reason-required");
        ProjectTransitions.Check(ProjectStage.Negotiating, ProjectStage.Terminated, SpaceRoute.NewBuild, null, "投资方撤回", false).ShouldBeNull();
    }

    [Fact]
    public void A_new_build_cannot_start_construction_without_its_permit()
    {
        ProjectTransitions.Check(ProjectStage.SiteSecured, ProjectStage.ConstructionStarted, SpaceRoute.NewBuild, null, null, permitDone: false)!.Rule.ShouldBe("permit-missing");
        ProjectTransitions.Check(ProjectStage.SiteSecured, ProjectStage.ConstructionStarted, SpaceRoute.NewBuild, null, null, permitDone: true).ShouldBeNull();
        ProjectTransitions.Check(ProjectStage.SiteSecured, ProjectStage.ConstructionStarted, SpaceRoute.Lease, null, null, permitDone: false).ShouldBeNull();
    }

    [Fact]
    public void Moving_backwards_is_refused() =>
        ProjectTransitions.Check(ProjectStage.Completed, ProjectStage.ToppedOut, SpaceRoute.NewBuild, null, null, true)!.Rule.ShouldBe("illegal-transition");

    [Fact]
    public void Every_stage_of_a_route_is_reachable_one_step_at_a_time()
    {
        foreach (var route in Enum.GetValues<SpaceRoute>())
        {
            var stage = ProjectStage.Lead;
            var visited = new List<ProjectStage> { stage };
            while (ProjectTransitions.Next(stage, route, null) is { Count: > 0 } next)
            {
                stage = next[0];
                visited.Add(stage);
            }
            visited.ShouldBe(ProjectTransitions.StagesOf(route));
        }
    }

    [Fact]
    public void A_suspended_project_counts_as_having_reached_the_stage_it_left()
    {
        ProjectTransitions.HasReached(ProjectStage.Suspended, ProjectStage.ConstructionStarted, ProjectStage.Contracted).ShouldBeTrue();
        ProjectTransitions.HasReached(ProjectStage.Terminated, null, ProjectStage.Lead).ShouldBeFalse();
    }
}

/// <summary>Sets the UI culture for a test and puts it back.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
