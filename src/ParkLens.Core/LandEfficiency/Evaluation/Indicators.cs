using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Core.LandEfficiency.Evaluation;

/// <summary>How each indicator is computed from an enterprise's figures, and its name and unit.</summary>
public static class Indicators
{
    public static decimal? Value(IndicatorCode code, EvaluationInput e) => TryParts(code, e, out var n, out var d) ? n / d : null;

    /// <summary>The numerator and denominator of an indicator, when the firm reported both and the denominator is above zero.</summary>
    internal static bool TryParts(IndicatorCode code, EvaluationInput e, out decimal numerator, out decimal denominator)
    {
        var (n, d) = code switch
        {
            IndicatorCode.TaxPerMu => (e.Tax, e.LandMu),
            IndicatorCode.ValueAddedPerMu => (e.ValueAdded, e.LandMu),
            IndicatorCode.RevenuePerMu => (e.Revenue, e.LandMu),
            IndicatorCode.ValueAddedPerEnergy => (e.ValueAdded, e.EnergyTce),
            IndicatorCode.ValueAddedPerEmission => (e.ValueAdded, e.EmissionTonnes),
            IndicatorCode.LabourProductivity => (e.ValueAdded, e.Employees),
            IndicatorCode.RdIntensity => (e.RdExpense, e.Revenue),
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };
        numerator = n ?? 0;
        denominator = d ?? 0;
        return n is not null && d > 0;
    }

    /// <summary>The figures an indicator needs that the enterprise has not reported.</summary>
    public static IEnumerable<string> MissingFigures(IndicatorCode code, EvaluationInput e)
    {
        var (numerator, denominator) = Parts(code);
        if (numerator(e) is null)
        {
            yield return FigureName(code, true);
        }
        if (denominator(e) is not > 0)
        {
            yield return FigureName(code, false);
        }
    }

    public static string Name(IndicatorCode code) => code switch
    {
        IndicatorCode.TaxPerMu => UiLanguage.Pick("亩均税收", "tax per mu"),
        IndicatorCode.ValueAddedPerMu => UiLanguage.Pick("亩均增加值", "value added per mu"),
        IndicatorCode.RevenuePerMu => UiLanguage.Pick("亩均营业收入", "revenue per mu"),
        IndicatorCode.ValueAddedPerEnergy => UiLanguage.Pick("单位能耗增加值", "value added per tce"),
        IndicatorCode.ValueAddedPerEmission => UiLanguage.Pick("单位排放增加值", "value added per tonne emitted"),
        IndicatorCode.LabourProductivity => UiLanguage.Pick("全员劳动生产率", "labour productivity"),
        IndicatorCode.RdIntensity => UiLanguage.Pick("研发经费占营业收入比重", "R&D share of revenue"),
        _ => code.ToString(),
    };

    public static string Unit(IndicatorCode code) => code switch
    {
        IndicatorCode.TaxPerMu or IndicatorCode.ValueAddedPerMu or IndicatorCode.RevenuePerMu => UiLanguage.Pick("万元/亩", "10k yuan/mu"),
        IndicatorCode.ValueAddedPerEnergy => UiLanguage.Pick("万元/吨标煤", "10k yuan/tce"),
        IndicatorCode.ValueAddedPerEmission => UiLanguage.Pick("万元/吨", "10k yuan/t"),
        IndicatorCode.LabourProductivity => UiLanguage.Pick("万元/人·年", "10k yuan/person-year"),
        IndicatorCode.RdIntensity => "",
        _ => "",
    };

    private static (Func<EvaluationInput, decimal?> Numerator, Func<EvaluationInput, decimal?> Denominator) Parts(IndicatorCode code) => code switch
    {
        IndicatorCode.TaxPerMu => (e => e.Tax, e => e.LandMu),
        IndicatorCode.ValueAddedPerMu => (e => e.ValueAdded, e => e.LandMu),
        IndicatorCode.RevenuePerMu => (e => e.Revenue, e => e.LandMu),
        IndicatorCode.ValueAddedPerEnergy => (e => e.ValueAdded, e => e.EnergyTce),
        IndicatorCode.ValueAddedPerEmission => (e => e.ValueAdded, e => e.EmissionTonnes),
        IndicatorCode.LabourProductivity => (e => e.ValueAdded, e => e.Employees),
        IndicatorCode.RdIntensity => (e => e.RdExpense, e => e.Revenue),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    private static string FigureName(IndicatorCode code, bool numerator) => (code, numerator) switch
    {
        (IndicatorCode.TaxPerMu, true) => UiLanguage.Pick("税收", "tax"),
        (IndicatorCode.ValueAddedPerMu or IndicatorCode.ValueAddedPerEnergy or IndicatorCode.ValueAddedPerEmission or IndicatorCode.LabourProductivity, true) => UiLanguage.Pick("工业增加值", "value added"),
        (IndicatorCode.RevenuePerMu, true) => UiLanguage.Pick("营业收入", "revenue"),
        (IndicatorCode.RdIntensity, true) => UiLanguage.Pick("研发费用", "R&D expense"),
        (IndicatorCode.TaxPerMu or IndicatorCode.ValueAddedPerMu or IndicatorCode.RevenuePerMu, false) => UiLanguage.Pick("用地面积", "land area"),
        (IndicatorCode.ValueAddedPerEnergy, false) => UiLanguage.Pick("综合能耗", "energy consumption"),
        (IndicatorCode.ValueAddedPerEmission, false) => UiLanguage.Pick("主要污染物排放量", "pollutant emissions"),
        (IndicatorCode.LabourProductivity, false) => UiLanguage.Pick("从业人员", "employees"),
        (IndicatorCode.RdIntensity, false) => UiLanguage.Pick("营业收入", "revenue"),
        _ => code.ToString(),
    };
}
