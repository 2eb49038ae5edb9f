using System.Text.Json;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.SeedDemoData;

/// <summary>The shape of data/demo/seed-facts.json: facts transcribed from the five 科技日报 articles.</summary>
internal sealed record SeedFacts(
    IReadOnlyList<SeedArticle>? Articles,
    IReadOnlyList<SeedAuthority> Authorities,
    IReadOnlyList<SeedZone> Zones,
    IReadOnlyList<SeedEnterprise> Enterprises,
    IReadOnlyList<SeedParcel>? Parcels)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static SeedFacts Load()
    {
        using var stream = EmbeddedData.Open("demo/seed-facts.json");
        return JsonSerializer.Deserialize<SeedFacts>(stream, Options) ?? throw new InvalidOperationException("data/demo/seed-facts.json is empty");
    }

    public string SourceOf(string seed) =>
        Articles?.FirstOrDefault(a => a.Seed == seed) is { } a ? $"{a.Publisher}《{a.Title}》" : $"科技日报 园区报道 {seed}";
}

internal sealed record SeedArticle(string Seed, string Title, string Publisher);

internal sealed record SeedAuthority(string Key, string Name, string ProvinceCode, string? Body);

internal sealed record SeedFact(
    string Indicator, int? Year, string? Period, decimal? Value, string? Unit, string? Kind, string? Qualifier, string Quote, string Seed, string? Standard);

internal sealed record SeedSubPark(string Name, string? Note, string Seed);

internal sealed record SeedZone(
    string Key, string Authority, string Name, string ShortName, string? Level, string Kind, string ProvinceCode, string CityCode,
    int? ApprovalYear, decimal? ApprovedAreaHa, string? CatalogueCode, IReadOnlyList<string> LeadingIndustries,
    IReadOnlyList<SeedSubPark> SubParks, IReadOnlyList<SeedFact> Facts);

internal sealed record SeedEnterprise(
    string Name, string? ArticleName, string Zone, string IndustryCode, string Ownership, bool Listed, IReadOnlyList<string> Tags,
    string? Uscc, int? FoundedYear, IReadOnlyList<SeedFact> Facts, string Quote, string Seed);

internal sealed record SeedBuilding(string Name, decimal FloorAreaM2, decimal VacantAreaM2, string Use);

internal sealed record SeedParcel(
    string Zone, string Code, decimal AreaMu, string Use, string? OwnerName, bool IsIdle, IReadOnlyList<SeedBuilding> Buildings, string Quote, string Seed);
