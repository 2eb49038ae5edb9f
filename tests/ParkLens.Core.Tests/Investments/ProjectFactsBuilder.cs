using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Tests.Investments;

/// <summary>Hand-made projects for the pipeline's computations.</summary>
internal static class ProjectFactsBuilder
{
    public static ProjectFacts Project(
        int id, ProjectStage stage = ProjectStage.Lead, decimal? total = null, string? commissioner = null, string? department = null, string? chain = null,
        DateOnly? created = null, DateOnly? lastProgress = null, ProjectStage? suspendedFrom = null, SpaceRoute route = SpaceRoute.NewBuild,
        IReadOnlyList<MilestoneFact>? milestones = null, IReadOnlyList<StageChangeFact>? history = null, IReadOnlyList<YearPlanFact>? plans = null,
        IReadOnlyList<MonthFact>? months = null, IReadOnlyList<ListFact>? lists = null, IReadOnlyList<decimal>? reviews = null, int zoneId = 1)
    {
        var day = created ?? new DateOnly(2023, 1, 1);
        return new ProjectFacts(id, zoneId, $"项目{id}", $"投资方{id}", stage, suspendedFrom, route, chain, null, commissioner, department, null,
            ProjectPriority.Ordinary, total, day, history is { Count: > 0 } h ? h[^1].On : day, lastProgress ?? day, null, false, milestones ?? [], history ?? [],
            plans ?? [], months ?? [], lists ?? [], reviews ?? []);
    }

    public static StageChangeFact Step(ProjectStage from, ProjectStage to, int year, int month, int day) =>
        new(from, to, new DateOnly(year, month, day), "测试", null, null);
}
