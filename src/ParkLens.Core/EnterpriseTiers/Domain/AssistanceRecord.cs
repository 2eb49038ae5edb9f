using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>One one-to-one assistance contact (帮扶): a visit, a coaching session, a document review.</summary>
internal sealed class AssistanceRecord : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public Tier? Tier { get; set; }

    public DateOnly On { get; set; }

    public string Staff { get; set; } = "";

    public AssistanceKind Kind { get; set; }

    public string Content { get; set; } = "";

    public string? FollowUp { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();
}

public enum AssistanceKind
{
    Visit,
    Coaching,
    DocumentReview,
    Training,
    Other,
}
