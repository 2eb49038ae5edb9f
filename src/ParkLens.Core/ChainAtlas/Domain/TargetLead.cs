using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A target turned into a project lead (线索): what was targeted, for which link, with the score and its explanation at
/// that moment. The investment pipeline takes these in through <see cref="Contracts.IProjectLeadIntake"/>.
/// </summary>
internal sealed class TargetLead : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public string ChainKey { get; set; } = "";

    public string SegmentId { get; set; } = "";

    public string CompanyName { get; set; } = "";

    public string CandidateKey { get; set; } = "";

    public string Origin { get; set; } = "";

    public decimal Score { get; set; }

    /// <summary>The score's terms as JSON, frozen when the lead was made.</summary>
    public string Explanation { get; set; } = "";

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public Provenance Provenance { get; set; } = new();
}
