namespace ParkLens.Core.Registry.Domain;

public enum IndicatorKind
{
    /// <summary>万元, may not be negative.</summary>
    Amount,

    /// <summary>万元, may be negative (profit).</summary>
    SignedAmount,

    /// <summary>Headcount or count, a non-negative integer.</summary>
    Count,

    /// <summary>A non-negative physical quantity (tce, 亩).</summary>
    Quantity,
}

public sealed record IndicatorDefinition(string Key, string ZhName, string EnName, string Unit, IndicatorKind Kind);

/// <summary>The yearly enterprise indicators, in the order statistical reports list them.</summary>
public static class IndicatorDefinitions
{
    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new("revenue", "营业收入", "Revenue", "万元", IndicatorKind.Amount),
        new("gross_output", "工业总产值", "Gross industrial output", "万元", IndicatorKind.Amount),
        new("value_added", "工业增加值", "Industrial value added", "万元", IndicatorKind.Amount),
        new("profit", "利润总额", "Profit", "万元", IndicatorKind.SignedAmount),
        new("tax", "税收", "Tax paid", "万元", IndicatorKind.Amount),
        new("rd_expense", "研发费用", "R&D expense", "万元", IndicatorKind.Amount),
        new("employees", "从业人员", "Employees", "人", IndicatorKind.Count),
        new("rd_staff", "研发人员", "R&D staff", "人", IndicatorKind.Count),
        new("energy_tce", "综合能耗", "Energy use", "吨标煤", IndicatorKind.Quantity),
        new("land_mu", "用地面积", "Land area", "亩", IndicatorKind.Quantity),
        new("exports", "出口额", "Exports", "万元", IndicatorKind.Amount),
        new("invention_patents", "发明专利", "Invention patents", "件", IndicatorKind.Count),
        new("high_tech_revenue", "高新技术产品收入", "High-tech product revenue", "万元", IndicatorKind.Amount),
    ];

    public static IndicatorDefinition Get(string key) => All.First(d => d.Key == key);

    internal static decimal? Read(EnterpriseIndicator row, string key) => key switch
    {
        "revenue" => row.Revenue,
        "gross_output" => row.GrossOutput,
        "value_added" => row.ValueAdded,
        "profit" => row.Profit,
        "tax" => row.Tax,
        "rd_expense" => row.RdExpense,
        "employees" => row.Employees,
        "rd_staff" => row.RdStaff,
        "energy_tce" => row.EnergyTce,
        "land_mu" => row.LandMu,
        "exports" => row.Exports,
        "invention_patents" => row.InventionPatents,
        "high_tech_revenue" => row.HighTechRevenue,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown indicator"),
    };

    /// <summary>Sets the indicator at <paramref name="index"/> of <see cref="All"/> (a new row's value; no comparison).</summary>
    internal static void Set(EnterpriseIndicator row, int index, decimal value)
    {
        switch (index)
        {
            case 0: row.Revenue = value; break;
            case 1: row.GrossOutput = value; break;
            case 2: row.ValueAdded = value; break;
            case 3: row.Profit = value; break;
            case 4: row.Tax = value; break;
            case 5: row.RdExpense = value; break;
            case 6: row.Employees = (int)value; break;
            case 7: row.RdStaff = (int)value; break;
            case 8: row.EnergyTce = value; break;
            case 9: row.LandMu = value; break;
            case 10: row.Exports = value; break;
            case 11: row.InventionPatents = (int)value; break;
            case 12: row.HighTechRevenue = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(index), index, "unknown indicator");
        }
    }

    /// <summary>Sets one indicator; returns true when the stored value changed.</summary>
    internal static bool Write(EnterpriseIndicator row, string key, decimal? value)
    {
        if (Read(row, key) == value)
        {
            return false;
        }
        int? count = value is null ? null : (int)value.Value;
        switch (key)
        {
            case "revenue": row.Revenue = value; break;
            case "gross_output": row.GrossOutput = value; break;
            case "value_added": row.ValueAdded = value; break;
            case "profit": row.Profit = value; break;
            case "tax": row.Tax = value; break;
            case "rd_expense": row.RdExpense = value; break;
            case "employees": row.Employees = count; break;
            case "rd_staff": row.RdStaff = count; break;
            case "energy_tce": row.EnergyTce = value; break;
            case "land_mu": row.LandMu = value; break;
            case "exports": row.Exports = value; break;
            case "invention_patents": row.InventionPatents = count; break;
            case "high_tech_revenue": row.HighTechRevenue = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "unknown indicator");
        }
        return true;
    }
}
