using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

/// <summary>A figure a public source published about a zone or enterprise, kept verbatim with its quote.</summary>
internal sealed class PublishedFact : IZoneOwned
{
    /// <summary>The indicator name of the fact that records the sentence naming an enterprise.</summary>
    public const string Mention = "报道原文";

    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? EnterpriseId { get; set; }

    public string Indicator { get; set; } = "";

    public int? Year { get; set; }

    public string? Period { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public bool IsTarget { get; set; }

    public string Quote { get; set; } = "";

    public string Source { get; set; } = "";
}
