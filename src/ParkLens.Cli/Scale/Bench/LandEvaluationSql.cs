using System.Globalization;
using ParkLens.Core.LandEfficiency.Schemes;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// The reference of the land benchmark: the default scheme's scoring written as one DuckDB query over a table
/// <c>inputs</c>, per zone as ParkLens evaluates (scope, populations 规上/规下, aggregate-ratio benchmarks over the complete
/// firms, weight × value ÷ benchmark rounded half away from zero to 0.001, the population's average item score for a
/// missing emission figure, competition rank, percentile classes with round-half-up bounds). Weights, cut-offs and
/// scope come from the scheme; the query's shape is the default scheme's and <see cref="Check"/> refuses any other.
/// </summary>
internal static class LandEvaluationSql
{
    private static readonly IndicatorCode[] Above =
    [
        IndicatorCode.TaxPerMu, IndicatorCode.ValueAddedPerMu, IndicatorCode.ValueAddedPerEnergy, IndicatorCode.ValueAddedPerEmission,
        IndicatorCode.LabourProductivity, IndicatorCode.RdIntensity,
    ];

    private static readonly IndicatorCode[] Below = [IndicatorCode.TaxPerMu, IndicatorCode.RevenuePerMu];

    public const string CreateInputs = """
        CREATE OR REPLACE TABLE inputs (
            enterprise_id INTEGER, zone_id INTEGER, industry_code VARCHAR, above BOOLEAN, founded_on DATE,
            land_mu DECIMAL(18,4), tax DECIMAL(18,4), value_added DECIMAL(18,4), revenue DECIMAL(18,4), energy DECIMAL(18,4),
            emission DECIMAL(18,4), employees INTEGER, rd DECIMAL(18,4))
        """;

    /// <summary>Why the query cannot stand for this scheme, or null when it can.</summary>
    public static string? Check(EvaluationScheme scheme)
    {
        var above = scheme.Populations.FirstOrDefault(p => p.Key == "above");
        var below = scheme.Populations.FirstOrDefault(p => p.Key == "below");
        if (above is null || below is null || !above.Indicators.Select(i => i.Code).SequenceEqual(Above) || !below.Indicators.Select(i => i.Code).SequenceEqual(Below))
        {
            return "the DuckDB reference is written for the default scheme's indicators";
        }
        if (above.Indicators.Concat(below.Indicators).Any(i => i.Benchmark.Kind != BenchmarkKind.PopulationAverage
            || i.Missing != (i.Code == IndicatorCode.ValueAddedPerEmission ? MissingPolicy.PopulationAverageScore : MissingPolicy.Incomplete)))
        {
            return "the DuckDB reference expects population-average benchmarks and the default missing-data policy";
        }
        if (scheme.ItemCap is not null || scheme.Classes.Method != ClassMethod.Percentile || !scheme.Scope.IndustrialOnly)
        {
            return "the DuckDB reference expects no cap, percentile classes and industrial firms only";
        }
        return null;
    }

    public static string Query(EvaluationScheme scheme, int year)
    {
        var above = scheme.Populations.Single(p => p.Key == "above").Indicators.ToDictionary(i => i.Code, i => N(i.Weight));
        var below = scheme.Populations.Single(p => p.Key == "below").Indicators.ToDictionary(i => i.Code, i => N(i.Weight));
        var excluded = string.Join(" OR ", scheme.Scope.ExcludedIndustryPrefixes.Select(p => $"starts_with(industry_code, '{p}')").DefaultIfEmpty("false"));
        var lastNewDay = new DateOnly(year - scheme.Scope.NewFirmYears, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var cuts = scheme.Classes.Cuts;
        var classCase = string.Join(" ", cuts.Take(cuts.Count - 1).Select(c => $"WHEN rnk <= round(n * {N(c.UpTo)}, 0) THEN '{c.Class}'"))
            + $" ELSE '{cuts[^1].Class}'";
        var newFirm = scheme.Scope.NewFirmYears > 0 ? $"WHEN founded_on IS NOT NULL AND founded_on > DATE '{lastNewDay}' THEN 'NewFirm'" : "";
        return $"""
            CREATE OR REPLACE TABLE results AS
            WITH scoped AS (
                SELECT *, CASE WHEN above THEN 'above' ELSE 'below' END AS pop, substr(industry_code, 1, 2) AS division,
                    CASE
                        WHEN substr(industry_code, 1, 2) < '06' OR substr(industry_code, 1, 2) > '46' THEN 'NotIndustrial'
                        WHEN {excluded} THEN 'ExcludedIndustry'
                        {newFirm}
                        WHEN land_mu IS NULL OR land_mu <= 0 THEN 'NoLand'
                        WHEN land_mu < {N(scheme.Scope.MinLandMu)} THEN 'SmallPlot'
                    END AS reason
                FROM inputs),
            vals AS (
                SELECT enterprise_id, zone_id, pop, division, land_mu, tax, value_added, revenue, energy, emission, employees, rd,
                    CASE WHEN tax IS NOT NULL THEN tax / land_mu END AS v_tax,
                    CASE WHEN value_added IS NOT NULL THEN value_added / land_mu END AS v_va,
                    CASE WHEN revenue IS NOT NULL THEN revenue / land_mu END AS v_rev,
                    CASE WHEN value_added IS NOT NULL AND energy > 0 THEN value_added / energy END AS v_energy,
                    CASE WHEN value_added IS NOT NULL AND emission > 0 THEN value_added / emission END AS v_emission,
                    CASE WHEN value_added IS NOT NULL AND employees > 0 THEN value_added / employees END AS v_labour,
                    CASE WHEN rd IS NOT NULL AND revenue > 0 THEN rd / revenue END AS v_rd
                FROM scoped WHERE reason IS NULL),
            flagged AS (
                SELECT *, CASE WHEN pop = 'above'
                        THEN v_tax IS NOT NULL AND v_va IS NOT NULL AND v_energy IS NOT NULL AND v_labour IS NOT NULL AND v_rd IS NOT NULL
                        ELSE v_tax IS NOT NULL AND v_rev IS NOT NULL END AS complete
                FROM vals),
            complete AS (SELECT * FROM flagged WHERE complete),
            benchmarks AS (
                SELECT zone_id, pop,
                    sum(tax) / sum(land_mu) AS b_tax,
                    sum(value_added) / sum(land_mu) AS b_va,
                    sum(revenue) / sum(land_mu) AS b_rev,
                    sum(value_added) FILTER (WHERE v_energy IS NOT NULL) / sum(energy) FILTER (WHERE v_energy IS NOT NULL) AS b_energy,
                    sum(value_added) FILTER (WHERE v_emission IS NOT NULL) / sum(emission) FILTER (WHERE v_emission IS NOT NULL) AS b_emission,
                    sum(value_added) FILTER (WHERE v_labour IS NOT NULL) / sum(employees) FILTER (WHERE v_labour IS NOT NULL) AS b_labour,
                    sum(rd) FILTER (WHERE v_rd IS NOT NULL) / sum(revenue) FILTER (WHERE v_rd IS NOT NULL) AS b_rd
                FROM complete GROUP BY zone_id, pop),
            items AS (
                SELECT c.enterprise_id, c.zone_id, c.pop, c.division,
                    CASE WHEN c.pop = 'above'
                        THEN round(CASE WHEN v_tax <= 0 OR b_tax <= 0 THEN 0 ELSE {above[IndicatorCode.TaxPerMu]} * v_tax / b_tax END, 3)
                        ELSE round(CASE WHEN v_tax <= 0 OR b_tax <= 0 THEN 0 ELSE {below[IndicatorCode.TaxPerMu]} * v_tax / b_tax END, 3) END AS s_tax,
                    CASE WHEN c.pop = 'above'
                        THEN round(CASE WHEN v_va <= 0 OR b_va <= 0 THEN 0 ELSE {above[IndicatorCode.ValueAddedPerMu]} * v_va / b_va END, 3)
                        ELSE round(CASE WHEN v_rev <= 0 OR b_rev <= 0 THEN 0 ELSE {below[IndicatorCode.RevenuePerMu]} * v_rev / b_rev END, 3) END AS s_second,
                    CASE WHEN c.pop = 'above' THEN round(CASE WHEN v_energy <= 0 OR b_energy <= 0 THEN 0 ELSE {above[IndicatorCode.ValueAddedPerEnergy]} * v_energy / b_energy END, 3) ELSE 0 END AS s_energy,
                    CASE WHEN c.pop = 'above' AND v_emission IS NOT NULL THEN round(CASE WHEN v_emission <= 0 OR b_emission <= 0 THEN 0 ELSE {above[IndicatorCode.ValueAddedPerEmission]} * v_emission / b_emission END, 3) END AS s_emission,
                    CASE WHEN c.pop = 'above' THEN round(CASE WHEN v_labour <= 0 OR b_labour <= 0 THEN 0 ELSE {above[IndicatorCode.LabourProductivity]} * v_labour / b_labour END, 3) ELSE 0 END AS s_labour,
                    CASE WHEN c.pop = 'above' THEN round(CASE WHEN v_rd <= 0 OR b_rd <= 0 THEN 0 ELSE {above[IndicatorCode.RdIntensity]} * v_rd / b_rd END, 3) ELSE 0 END AS s_rd
                FROM complete c JOIN benchmarks b USING (zone_id, pop)),
            imputed AS (
                SELECT *, coalesce(s_emission, round(avg(s_emission) OVER (PARTITION BY zone_id, pop), 3), 0) AS s_emission_or_average
                FROM items),
            totals AS (
                SELECT enterprise_id, zone_id, pop, division,
                    round(s_tax + s_second + s_energy + s_emission_or_average + s_labour + s_rd, 3) AS total
                FROM imputed),
            ranked AS (
                SELECT *, rank() OVER (PARTITION BY zone_id, pop ORDER BY total DESC) AS rnk,
                    count(*) OVER (PARTITION BY zone_id, pop)::DECIMAL(18,0) AS n,
                    rank() OVER (PARTITION BY zone_id, pop, division ORDER BY total DESC) AS rank_in_industry
                FROM totals)
            SELECT enterprise_id, 'Scored' AS status, total, rnk AS rank, rank_in_industry, CASE {classCase} END AS class FROM ranked
            UNION ALL
            SELECT enterprise_id, 'Incomplete', NULL, NULL, NULL, NULL FROM flagged WHERE NOT complete
            UNION ALL
            SELECT enterprise_id, CASE WHEN reason = 'NoLand' THEN 'Incomplete' ELSE 'Excluded' END, NULL, NULL, NULL, NULL FROM scoped WHERE reason IS NOT NULL
            """;
    }

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
