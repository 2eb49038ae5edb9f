namespace ParkLens.Core.LandEfficiency.IdleSpace.Rules;

public sealed record UnitArea(decimal FloorAreaM2, decimal VacantAreaM2);

public sealed record MonthOccupancy(int Year, int Month, decimal OccupiedM2, decimal RentIncome);

public sealed record OccupancyMonth(int Year, int Month, decimal OccupiedM2, decimal Rate, decimal RentIncome);

/// <summary>Total and vacant floor area, the vacancy rate, the last 12 recorded months' rent (万元) and the monthly series.</summary>
public sealed record OccupancyTotals(decimal TotalM2, decimal VacantM2, decimal VacancyRate, decimal RentIncomeLast12, IReadOnlyList<OccupancyMonth> Months);

/// <summary>
/// Sums an inventory: the vacancy rate is vacant ÷ total floor area now; each month's occupancy rate is that month's occupied
/// area ÷ today's total floor area (units are not re-measured month by month); rent is summed over the last 12 months recorded.
/// </summary>
public static class OccupancySummary
{
    public static OccupancyTotals Summarize(IReadOnlyCollection<UnitArea> units, IReadOnlyCollection<MonthOccupancy> records)
    {
        var total = units.Sum(u => u.FloorAreaM2);
        var vacant = units.Sum(u => u.VacantAreaM2);
        var months = records.GroupBy(r => (r.Year, r.Month)).OrderBy(g => g.Key)
            .Select(g => new OccupancyMonth(g.Key.Year, g.Key.Month, g.Sum(r => r.OccupiedM2), total == 0 ? 0 : Math.Round(g.Sum(r => r.OccupiedM2) / total, 4), g.Sum(r => r.RentIncome)))
            .ToList();
        var last12 = months.TakeLast(12).Sum(m => m.RentIncome);
        return new OccupancyTotals(total, vacant, total == 0 ? 0 : Math.Round(vacant / total, 4), last12, months);
    }

    /// <summary>A month's rent in 万元 for an area at a rent in 元/m²·月.</summary>
    public static decimal MonthlyRent(decimal areaM2, decimal rentPerM2Month) => Math.Round(areaM2 * rentPerM2Month / 10_000m, 2);
}
