using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.Investments.Contracts;

/// <summary>
/// An open project's space need as other modules may read it: its route (<see cref="Lease"/> for 租赁厂房), the floor space
/// (m²) and land (亩) it needs, and its stage (the enum's name and its label in the UI language).
/// </summary>
public sealed record ProjectSpaceNeed(
    int Id, int ZoneId, int? SubParkId, string Name, string InvestorName, bool Lease, decimal? FloorSpaceNeedM2, decimal? LandNeedMu,
    string Stage, string StageLabel, bool IsSynthetic);

/// <summary>What the idle-space inventory may read of the pipeline: the open projects still looking for space. Reads honour the caller's scope.</summary>
public interface IProjectSpaceNeeds
{
    /// <summary>Projects of the zone from 线索 to 注册 (not yet sited, not suspended or closed) that state a floor space need.</summary>
    Task<IReadOnlyList<ProjectSpaceNeed>> OpenAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>One project, whatever its stage; null when it does not exist or is out of scope.</summary>
    Task<ProjectSpaceNeed?> GetAsync(ParkDbContext db, int projectId, CancellationToken ct);
}

/// <summary>What happened to the project when a site was secured for it.</summary>
public enum SiteIntakeOutcome
{
    /// <summary>The project was at 注册 and moved to 供地/租赁.</summary>
    Advanced,

    /// <summary>The project was before 注册 or already sited: its stage is left as it is.</summary>
    Unchanged,
}

/// <summary>
/// Records that a site was secured for a project (a reservation of idle space): a project at 注册 moves to 供地/租赁 on the
/// day, through the pipeline's own stage machine. Changes are made on the caller's context and saved by the caller.
/// </summary>
public interface IProjectSiteIntake
{
    /// <summary>The outcome, or the problem why the project cannot take a site (closed, suspended, a date the pipeline refuses).</summary>
    Task<(SiteIntakeOutcome Outcome, Problem? Problem)> SecureSiteAsync(ParkDbContext db, int projectId, DateOnly day, string by, DateTime nowUtc, CancellationToken ct);
}
