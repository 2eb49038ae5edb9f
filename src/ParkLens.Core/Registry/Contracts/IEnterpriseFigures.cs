using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.Contracts;

/// <summary>What other modules may read from, and tell, the registry about enterprises. Reads honour the caller's data scope.</summary>
public interface IEnterpriseFigures
{
    /// <summary>The enterprises of a zone with their yearly figures from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    Task<IReadOnlyList<EnterpriseSnapshot>> ForZoneAsync(ParkDbContext db, int zoneId, int fromYear, int toYear, CancellationToken ct);

    /// <summary>The ids of the zones in the caller's scope.</summary>
    Task<IReadOnlyList<int>> ZoneIdsAsync(ParkDbContext db, CancellationToken ct);

    /// <summary>The zone's short name, or null when it does not exist or is outside the caller's scope.</summary>
    Task<string?> ZoneNameAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>Figures the zone's articles publish (e.g. "高新技术企业58家"), with their quote and source.</summary>
    Task<IReadOnlyList<PublishedFigure>> PublishedFiguresAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>The enterprise's name and zone, or null when it does not exist or is outside the caller's scope.</summary>
    Task<EnterpriseRef?> FindAsync(ParkDbContext db, int enterpriseId, CancellationToken ct);

    /// <summary>Names of the given enterprises in scope, by id.</summary>
    Task<IReadOnlyDictionary<int, EnterpriseRef>> NamesAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, CancellationToken ct);

    Task<EnterpriseSnapshot?> GetAsync(ParkDbContext db, int enterpriseId, int fromYear, int toYear, CancellationToken ct);

    /// <summary>Output, revenue, tax and land of the given enterprises in the given years (what an investment agreement is checked against).</summary>
    Task<IReadOnlyList<DeliveredFigures>> DeliveredAsync(ParkDbContext db, IReadOnlyCollection<int> enterpriseIds, int fromYear, int toYear, CancellationToken ct);

    /// <summary>
    /// Each enterprise of a zone with its figures for one year as land-efficiency evaluation needs them (no row for the
    /// year gives nulls: not reported is never zero).
    /// </summary>
    Task<IReadOnlyList<LandFigures>> LandFiguresAsync(ParkDbContext db, int zoneId, int year, CancellationToken ct);

    /// <summary>The land parcels of a zone with their owners (code, area in 亩, use, idle flag).</summary>
    Task<IReadOnlyList<ParcelFigures>> ParcelsAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>Whether the zone exists within the caller's scope.</summary>
    Task<bool> ZoneExistsAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>The sub-parks of a zone: id → name.</summary>
    Task<IReadOnlyDictionary<int, string>> SubParksAsync(ParkDbContext db, int zoneId, CancellationToken ct);

    /// <summary>The enterprises of a zone by exact name (for linking an investor named in a project list).</summary>
    Task<IReadOnlyDictionary<string, int>> IdsByNameAsync(ParkDbContext db, int zoneId, IReadOnlyCollection<string> names, CancellationToken ct);

    /// <summary>
    /// Keeps the registry's declared certifications in step with certificates granted or lapsed elsewhere: for each
    /// enterprise the flags in <paramref name="mask"/> become those in <paramref name="held"/>; saved with the caller's changes.
    /// </summary>
    Task SetCertificationsAsync(ParkDbContext db, IReadOnlyDictionary<int, Certifications> held, Certifications mask, CancellationToken ct);
}

public sealed record PublishedFigure(string Indicator, int? Year, string? Period, decimal? Value, string? Unit, bool IsTarget, string Quote, string Source);

public sealed record LandFigures(
    int EnterpriseId, int ZoneId, int? SubParkId, string Name, string IndustryCode, DateOnly? FoundedOn, bool IsSynthetic, decimal? LandMu, decimal? Revenue,
    decimal? GrossOutput, decimal? ValueAdded, decimal? Tax, decimal? EnergyTce, int? Employees, decimal? RdExpense);

public sealed record ParcelFigures(int Id, int ZoneId, int? SubParkId, string Code, decimal AreaMu, string Use, int? OwnerEnterpriseId, string? OwnerName, bool IsIdle);

public sealed record DeliveredFigures(int EnterpriseId, int Year, decimal? GrossOutput, decimal? Revenue, decimal? Tax, decimal? LandMu);

public sealed record EnterpriseRef(int Id, int ZoneId, string Name, bool IsSynthetic);

public sealed record EnterpriseSnapshot(
    int Id, int ZoneId, string ZoneName, string Name, string Uscc, string IndustryCode, DateOnly? FoundedOn,
    Certifications Certifications, bool IsSynthetic, IReadOnlyList<YearFigures> Years)
{
    public YearFigures? In(int year) => Years.FirstOrDefault(y => y.Year == year);
}

/// <summary>One year's registry figures (万元, persons); null is "not reported".</summary>
public sealed record YearFigures(
    int Year, decimal? Revenue, decimal? Profit, decimal? RdExpense, int? Employees, int? RdStaff, decimal? HighTechRevenue,
    int? InventionPatents);
