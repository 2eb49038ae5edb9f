namespace ParkLens.Core.ChainAtlas.Domain;

/// <summary>
/// A company of the national candidate pool (listed companies, 专精特新小巨人 lists …): public facts only, no figures;
/// a reference table every zone reads.
/// </summary>
internal sealed class PoolCandidate
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Uscc { get; set; }

    public string ProvinceCode { get; set; } = "";

    public string? CityCode { get; set; }

    public string IndustryCode { get; set; } = "";

    public string MainProducts { get; set; } = "";

    public string? ListedBoard { get; set; }

    public string? StockCode { get; set; }

    /// <summary>Semicolon-separated list memberships (上市公司, 专精特新小巨人 …).</summary>
    public string Lists { get; set; } = "";

    /// <summary>Semicolon-separated chain keys the compiler of the list put it under (a hint; the matcher decides).</summary>
    public string Chains { get; set; } = "";

    public string Source { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }

    public string ImportedBy { get; set; } = "";
}
