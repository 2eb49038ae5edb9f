using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Domain;

public enum RunStatus
{
    /// <summary>Computed, open to what-if and re-computation; not for reporting.</summary>
    Draft,

    /// <summary>Frozen: its numbers never change; a correction is a new run.</summary>
    Published,

    /// <summary>A published run replaced by a published correction.</summary>
    Superseded,
}

/// <summary>
/// One evaluation of a zone's enterprises for a year under a scheme version, with the scheme text and the method card
/// frozen in it so anyone can reproduce its numbers.
/// </summary>
internal sealed class LandEvaluationRun : Common.IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int Year { get; set; }

    public string SchemeKey { get; set; } = "";

    public int SchemeVersion { get; set; }

    public string SchemeJson { get; set; } = "";

    /// <summary>1 for the first run of the zone, year and scheme; each correction adds one.</summary>
    public int RunVersion { get; set; }

    public RunStatus Status { get; set; }

    public int? CorrectsRunId { get; set; }

    public string MethodCardJson { get; set; } = "";

    public int Scored { get; set; }

    public int Incomplete { get; set; }

    public int Excluded { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? Note { get; set; }

    public List<LandEvaluationResult> Results { get; } = [];
}

/// <summary>One enterprise's result in a run: status, items (JSON), total, ranks, class and the change from last year's published run.</summary>
internal sealed class LandEvaluationResult : Common.IZoneOwned, Common.IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int RunId { get; set; }

    public int EnterpriseId { get; set; }

    public string Population { get; set; } = "";

    public ResultStatus Status { get; set; }

    public decimal? Total { get; set; }

    public int? Rank { get; set; }

    public int? PopulationSize { get; set; }

    public int? RankInIndustry { get; set; }

    public EfficiencyClass? Class { get; set; }

    public EfficiencyClass? PreviousClass { get; set; }

    public decimal? PreviousTotal { get; set; }

    public string ItemsJson { get; set; } = "[]";

    public string? Missing { get; set; }

    public ReasonKind ReasonKind { get; set; }

    /// <summary>The figures of the reason, invariant text (see <see cref="EvaluationResult.Detail"/>).</summary>
    public string? Detail { get; set; }
}
