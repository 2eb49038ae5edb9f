namespace ParkLens.Core.LandEfficiency.IdleSpace.Rules;

/// <summary>
/// What a tenant or project needs: a floor area range (m²), minimum specifications, a crane, the fire class of its use
/// (GB 50016), dock doors, the most it pays (元/m²·月), a preferred sub-park and the day it wants to move in.
/// </summary>
public sealed record SpaceNeed(
    decimal MinAreaM2,
    decimal MaxAreaM2,
    decimal? MinClearHeightM = null,
    decimal? MinFloorLoadKnM2 = null,
    decimal? MinPowerKva = null,
    decimal? CraneTonnes = null,
    Domain.FireClass? FireClass = null,
    int? DockDoors = null,
    decimal? MaxRent = null,
    int? SubParkId = null,
    DateOnly? MoveInOn = null)
{
    /// <summary>A project names one floor area; it is served by a unit between 90 % and 115 % of it.</summary>
    public const decimal LowerTolerance = 0.90m;

    public const decimal UpperTolerance = 1.15m;

    public static SpaceNeed ForFloorSpace(decimal floorSpaceM2, int? subParkId = null) =>
        new(Math.Round(floorSpaceM2 * LowerTolerance, 0), Math.Round(floorSpaceM2 * UpperTolerance, 0), SubParkId: subParkId);
}

/// <summary>A unit as the matcher sees it (plain figures, no database).</summary>
public sealed record SpaceOffer(
    int Id,
    string Name,
    int? SubParkId,
    string? SubParkName,
    Domain.SpaceKind Kind,
    decimal VacantAreaM2,
    decimal? ClearHeightM,
    decimal? FloorLoadKnM2,
    decimal? PowerKva,
    decimal? CraneTonnes,
    Domain.FireClass? FireClass,
    int? DockDoors,
    decimal? AskingRent,
    Domain.SpaceStatus Status,
    DateOnly? AvailableFrom,
    bool IsSynthetic = false);
