using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>
/// One application of one enterprise for one tier in one batch year, from 申报 to 认定 or 未通过. A certified application is
/// the enterprise's certificate for that tier; re-certification is a new application.
/// </summary>
internal sealed class TierApplication : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public Tier Tier { get; set; }

    public int BatchYear { get; set; }

    public ApplicationStatus Status { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? PublicizedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public string? Note { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();

    public bool IsValidOn(DateOnly day) =>
        Status == ApplicationStatus.Certified && ValidFrom is { } from && from <= day && (ValidUntil is not { } until || day <= until);
}

public enum ApplicationStatus
{
    Submitted,
    Accepted,
    Publicized,
    Certified,
    Rejected,
}
