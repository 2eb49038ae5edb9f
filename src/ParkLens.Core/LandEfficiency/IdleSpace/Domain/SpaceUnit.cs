using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.IdleSpace.Domain;

/// <summary>
/// A lettable or disposable unit of space of a zone (闲置资产台账 row): a plant, a warehouse, offices or bare land, with the
/// specifications a tenant asks about, its asking rent (元/m²·月) and where it stands in the revival (with a dated history).
/// </summary>
internal sealed class SpaceUnit : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? SubParkId { get; set; }

    /// <summary>The registry building the unit is in (or is), when it is one.</summary>
    public int? BuildingId { get; set; }

    public string? ParcelCode { get; set; }

    public string Name { get; set; } = "";

    public SpaceKind Kind { get; set; }

    public decimal FloorAreaM2 { get; set; }

    public decimal VacantAreaM2 { get; set; }

    /// <summary>The storey (层) of the unit; 1 for a ground-floor plant.</summary>
    public int? Floor { get; set; }

    /// <summary>Floor load in kN/m² (1 t/m² ≈ 9.8 kN/m²).</summary>
    public decimal? FloorLoadKnM2 { get; set; }

    public decimal? ClearHeightM { get; set; }

    public decimal? PowerKva { get; set; }

    /// <summary>Overhead crane capacity in tonnes; null when there is none.</summary>
    public decimal? CraneTonnes { get; set; }

    public FireClass? FireClass { get; set; }

    public int? DockDoors { get; set; }

    public string? OwnerName { get; set; }

    public int? OwnerEnterpriseId { get; set; }

    /// <summary>
    /// In a 小微企业园: its tenant is evaluated on its own even where the scheme lets tenants take their landlord's class
    /// (江山 2023: "评价等级跟随宗地主", 小微园 excepted).
    /// </summary>
    public bool InSmallMicroPark { get; set; }

    /// <summary>Asking rent, 元 per m² and month.</summary>
    public decimal? AskingRent { get; set; }

    public SpaceStatus Status { get; set; }

    public DateOnly StatusSince { get; set; }

    /// <summary>The first day a tenant can move in (after 整治 or the court's disposal); null means now.</summary>
    public DateOnly? AvailableFrom { get; set; }

    public DisposalRoute? Disposal { get; set; }

    public string? TenantName { get; set; }

    public int? TenantEnterpriseId { get; set; }

    /// <summary>The investment project the unit is reserved for (已预订) or was leased to.</summary>
    public int? ProjectId { get; set; }

    public string? Note { get; set; }

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();

    public List<SpaceStatusChange> History { get; } = [];

    public List<OccupancyRecord> Occupancy { get; } = [];
}

/// <summary>One move of a unit's status, on a date, by someone.</summary>
internal sealed class SpaceStatusChange : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int SpaceUnitId { get; set; }

    public SpaceStatus? From { get; set; }

    public SpaceStatus To { get; set; }

    public DateOnly On { get; set; }

    public string By { get; set; } = "";

    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A unit's occupied floor area and rent income in one month.</summary>
internal sealed class OccupancyRecord : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int SpaceUnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal OccupiedM2 { get; set; }

    /// <summary>Rent received for the month, 万元.</summary>
    public decimal RentIncome { get; set; }
}
