using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>Automatic (by code and keywords), confirmed or overridden by staff (人工), or rejected (not in this chain).</summary>
public enum AssignmentStatus
{
    Auto,
    Confirmed,
    Manual,
    Rejected,
}

/// <summary>An enterprise placed in one leaf of one chain (one per enterprise and chain), with how and why.</summary>
internal sealed class SegmentAssignment : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public string ChainKey { get; set; } = "";

    public string SegmentId { get; set; } = "";

    public decimal Confidence { get; set; }

    public AssignmentStatus Status { get; set; }

    public string Reason { get; set; } = "";

    public string ReasonEn { get; set; } = "";

    /// <summary>The template version the match was made against; a newer version re-maps automatic rows.</summary>
    public int TemplateVersion { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public Provenance Provenance { get; set; } = new();

    /// <summary>Counted in the analytics: a person said so, or the automatic match is confident enough.</summary>
    public static bool Counts(AssignmentStatus status, decimal confidence) =>
        status is AssignmentStatus.Confirmed or AssignmentStatus.Manual || (status == AssignmentStatus.Auto && confidence >= Mapping.SegmentMatcher.AcceptAt);
}
