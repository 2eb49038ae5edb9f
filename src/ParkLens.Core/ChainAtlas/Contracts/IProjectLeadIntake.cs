using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.Contracts;

/// <summary>What a chain target hands to the investment project pipeline when staff turn it into a lead (线索).</summary>
public sealed record ProjectLeadRequest(
    int ZoneId, string CompanyName, string CandidateKey, string Origin, string ChainKey, string SegmentId, string Source, decimal Score,
    string ExplanationJson, string? Note);

/// <summary>
/// The investment pipeline's intake of new leads. Until the Investments module exists the chain atlas keeps them itself
/// (<see cref="TargetLeadInbox"/>); that module will register its own implementation and read the inbox once.
/// </summary>
public interface IProjectLeadIntake
{
    /// <summary>Adds the lead to the context (saved with the caller's changes) and returns nothing until saved.</summary>
    Task AddAsync(ParkDbContext db, ProjectLeadRequest lead, string actor, DateTime nowUtc, CancellationToken ct);
}

internal sealed class TargetLeadInbox : IProjectLeadIntake
{
    public Task AddAsync(ParkDbContext db, ProjectLeadRequest lead, string actor, DateTime nowUtc, CancellationToken ct)
    {
        db.TargetLeads.Add(new Domain.TargetLead
        {
            ZoneId = lead.ZoneId, ChainKey = lead.ChainKey, SegmentId = lead.SegmentId, CompanyName = lead.CompanyName, CandidateKey = lead.CandidateKey,
            Origin = lead.Origin, Score = lead.Score, Explanation = lead.ExplanationJson, Note = lead.Note, CreatedBy = actor, CreatedAtUtc = nowUtc,
            Provenance = Common.Provenance.Of(Common.DataSource.Form, lead.Source, nowUtc, actor),
        });
        return Task.CompletedTask;
    }
}
