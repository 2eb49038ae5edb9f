using System.Text.Json;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Investments.SeedInvestmentDemoData;

/// <summary>The shape of data/demo/seed-projects.json: the projects, group starts and project lists the articles publish.</summary>
internal sealed record SeedProjects(IReadOnlyList<SeedProject> Projects, IReadOnlyList<SeedGroupStart> GroupStarts, IReadOnlyList<SeedList> Lists)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static SeedProjects Load()
    {
        using var stream = EmbeddedData.Open("demo/seed-projects.json");
        return JsonSerializer.Deserialize<SeedProjects>(stream, Options) ?? throw new InvalidOperationException("data/demo/seed-projects.json is empty");
    }
}

internal sealed record SeedProject(
    string Zone, string? SubPark, string Name, string Investor, string? Chain, ProjectSource Source, decimal Total, decimal? YearPlan, int? PlanYear,
    decimal? ExpectedOutput, decimal? LandMu, ProjectPriority Priority, ProjectStage Stage, IReadOnlyDictionary<ProjectStage, DateOnly> Steps,
    IReadOnlyDictionary<ProjectStage, DateOnly>? Planned, bool ApproximateDates, string? GroupStart, string? Note, string Seed, string Quote);

internal sealed record SeedGroupStart(
    string Zone, string Name, DateOnly On, bool ApproximateDates, int Projects, decimal Total, decimal YearPlan, int PlanYear, string Seed, string Quote);

internal sealed record SeedList(string Zone, string Name, int Year, int Projects, decimal? Total, decimal YearPlan, decimal MinTotal, string Seed, string Quote);
