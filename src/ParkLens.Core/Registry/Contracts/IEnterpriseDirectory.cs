using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.Contracts;

/// <summary>
/// What other modules may read of enterprises as a directory: who they are, what they make and where, and a few yearly
/// size figures. Reads honour the caller's data scope.
/// </summary>
public interface IEnterpriseDirectory
{
    /// <summary>The enterprises of one zone.</summary>
    Task<IReadOnlyList<EnterpriseProfile>> ZoneProfilesAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>Who the enterprises of one zone are, without what they make (for pages that only name them).</summary>
    Task<IReadOnlyList<EnterpriseName>> ZoneNamesAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>Enterprises in scope outside <paramref name="exceptZoneId"/> whose industry code starts with one of the 2-digit divisions.</summary>
    Task<IReadOnlyList<EnterpriseProfile>> OtherZoneProfilesAsync(ParkDbContext db, int exceptZoneId, IReadOnlyCollection<string> divisions, CancellationToken ct);

    /// <summary>Revenue, output and employees of the given enterprises in the given years.</summary>
    Task<IReadOnlyList<EnterpriseSize>> SizesAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, int fromYear, int toYear, CancellationToken ct);

    /// <summary>Revenue, output and employees of every enterprise of a zone in the given years.</summary>
    Task<IReadOnlyList<EnterpriseSize>> ZoneSizesAsync(ParkDbContext db, int zoneId, int fromYear, int toYear, CancellationToken ct);

    /// <summary>Every zone in scope with where it is.</summary>
    Task<IReadOnlyList<ZonePlace>> ZonesAsync(ParkDbContext db, CancellationToken ct);
}

public sealed record EnterpriseProfile(
    int Id, int ZoneId, string Name, string IndustryCode, string MainProducts, string BusinessScope, string Tags,
    Certifications Certifications, bool IsListed, bool IsSynthetic);

public sealed record EnterpriseName(int Id, string Name, bool IsSynthetic);

/// <summary>Amounts in 万元; null is "not reported".</summary>
public sealed record EnterpriseSize(int EnterpriseId, int Year, decimal? Revenue, decimal? GrossOutput, int? Employees);

public sealed record ZonePlace(int Id, string ShortName, int AuthorityId, string AuthorityName, string ProvinceCode, string CityCode, string LeadingIndustries);
