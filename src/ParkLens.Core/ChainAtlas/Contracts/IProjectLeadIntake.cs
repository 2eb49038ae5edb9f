using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.Contracts;

/// <summary>What a chain target hands to the investment project pipeline when staff turn it into a lead (线索).</summary>
public sealed record ProjectLeadRequest(
    int ZoneId, string CompanyName, string CandidateKey, string Origin, string ChainKey, string SegmentId, string Source, decimal Score,
    string ExplanationJson, string? Note);

/// <summary>
/// The investment pipeline's intake of new leads (implemented by the Investments module): the lead becomes a project at
/// 线索. The chain atlas keeps its own record of the hand-over beside it.
/// </summary>
public interface IProjectLeadIntake
{
    /// <summary>Adds the project to the context (saved with the caller's changes).</summary>
    Task AddAsync(ParkDbContext db, ProjectLeadRequest lead, string actor, DateTime nowUtc, CancellationToken ct);
}
