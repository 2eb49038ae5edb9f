using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

/// <summary>One stage of the funnel: projects that ever reached it, and projects standing at it now, with their investment.</summary>
public sealed record FunnelStep(ProjectStage Stage, int Reached, decimal ReachedInvestment, int Current, decimal CurrentInvestment);

public static class PipelineFunnel
{
    /// <summary>The funnel over the main line, then the suspended and terminated projects as their own rows (Reached = Current).</summary>
    public static IReadOnlyList<FunnelStep> Of(IReadOnlyCollection<ProjectFacts> projects)
    {
        var steps = new List<FunnelStep>();
        foreach (var stage in InvestmentTerms.MainLine)
        {
            var reached = projects.Where(p => p.Furthest >= stage).ToList();
            var current = projects.Where(p => p.Stage == stage).ToList();
            steps.Add(new FunnelStep(stage, reached.Count, Sum(reached), current.Count, Sum(current)));
        }
        foreach (var stage in new[] { ProjectStage.Suspended, ProjectStage.Terminated })
        {
            var current = projects.Where(p => p.Stage == stage).ToList();
            steps.Add(new FunnelStep(stage, current.Count, Sum(current), current.Count, Sum(current)));
        }
        return steps;
    }

    private static decimal Sum(IEnumerable<ProjectFacts> projects) => projects.Sum(p => p.TotalInvestment ?? 0);
}
