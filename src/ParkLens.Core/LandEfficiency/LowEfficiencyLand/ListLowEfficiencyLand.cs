using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.LowEfficiencyLand;

public enum LowEfficiencyReason
{
    /// <summary>The owner is class D (倒逼整治).</summary>
    ClassD,

    /// <summary>The owner is class C and its 亩均税收 is under half the population's benchmark.</summary>
    LowTaxPerMu,

    /// <summary>The parcel is recorded as idle (闲置).</summary>
    Idle,
}

public sealed record PlanSummary(int Id, ImprovementMeasure Measure, string Target, decimal? TargetTaxPerMu, DateOnly Deadline, PlanStatus Status, bool Overdue, string? LastNote);

public sealed record LowEfficiencyPlot(
    int? ParcelId, string? ParcelCode, string? SubParkName, decimal? AreaMu, string? Use, int? EnterpriseId, string? OwnerName, EfficiencyClass? OwnerClass,
    decimal? TaxPerMu, decimal? Benchmark, IReadOnlyList<LowEfficiencyReason> Reasons, IReadOnlyList<PlanSummary> Plans);

public sealed record LowEfficiencyView(int ZoneId, int? RunId, int? Year, IReadOnlyList<LowEfficiencyPlot> Plots, decimal TotalMu, int WithPlan);

/// <summary>
/// 低效用地: the plots of class-D owners, of class-C owners whose 亩均税收 is under half the benchmark, and idle parcels,
/// from the zone's latest run (published first) and the registry's parcels, each with its improvement plans.
/// </summary>
public sealed class ListLowEfficiencyLandHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public async Task<LowEfficiencyView?> HandleAsync(int zoneId, int? year, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, zoneId, ct))
        {
            return null;
        }
        var run = await db.LandRuns.AsNoTracking().Where(r => r.ZoneId == zoneId && (year == null || r.Year == year) && r.Status != RunStatus.Superseded)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Status == RunStatus.Published ? 0 : 1).ThenByDescending(r => r.RunVersion).FirstOrDefaultAsync(ct);
        var results = run is null ? [] : await db.LandResults.AsNoTracking().Where(r => r.RunId == run.Id && r.Status == ResultStatus.Scored).ToListAsync(ct);
        var byEnterprise = results.ToDictionary(r => r.EnterpriseId);
        var benchmarks = run is null ? [] : JsonSerializer.Deserialize<MethodCard>(run.MethodCardJson, EvaluateLandHandler.Json)!.Indicators
            .Where(i => i.Code == IndicatorCode.TaxPerMu).ToDictionary(i => i.Population, i => i.Benchmark);
        var parcels = await registry.ParcelsAsync(db, zoneId, ct);
        var subParks = await registry.SubParksAsync(db, zoneId, ct);
        var plans = (await db.ImprovementPlans.AsNoTracking().Include(p => p.Progress).Where(p => p.ZoneId == zoneId).ToListAsync(ct));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plots = new List<LowEfficiencyPlot>();
        var covered = new HashSet<int>();
        foreach (var parcel in parcels)
        {
            var result = parcel.OwnerEnterpriseId is { } owner ? byEnterprise.GetValueOrDefault(owner) : null;
            var (reasons, taxPerMu, benchmark) = Judge(result, benchmarks);
            if (parcel.IsIdle)
            {
                reasons.Add(LowEfficiencyReason.Idle);
            }
            if (reasons.Count == 0)
            {
                continue;
            }
            if (parcel.OwnerEnterpriseId is { } id)
            {
                covered.Add(id);
            }
            plots.Add(new LowEfficiencyPlot(parcel.Id, parcel.Code, parcel.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, parcel.AreaMu, parcel.Use,
                parcel.OwnerEnterpriseId, parcel.OwnerName, result?.Class, taxPerMu, benchmark, reasons, Plans(plans, p => p.ParcelId == parcel.Id, today)));
        }
        // Low-efficiency firms whose land is not in the parcel register still need a plan.
        var names = await registry.NamesAsync(db, results.Select(r => r.EnterpriseId).Where(id => !covered.Contains(id)).ToList(), ct);
        foreach (var result in results.Where(r => !covered.Contains(r.EnterpriseId)))
        {
            var (reasons, taxPerMu, benchmark) = Judge(result, benchmarks);
            if (reasons.Count > 0)
            {
                plots.Add(new LowEfficiencyPlot(null, null, null, null, null, result.EnterpriseId, names.GetValueOrDefault(result.EnterpriseId)?.Name, result.Class,
                    taxPerMu, benchmark, reasons, Plans(plans, p => p.EnterpriseId == result.EnterpriseId && p.ParcelId == null, today)));
            }
        }
        plots = plots.OrderBy(p => p.OwnerClass == EfficiencyClass.D ? 0 : 1).ThenByDescending(p => p.AreaMu ?? 0).ToList();
        return new LowEfficiencyView(zoneId, run?.Id, run?.Year, plots, plots.Sum(p => p.AreaMu ?? 0), plots.Count(p => p.Plans.Count > 0));
    }

    private static (List<LowEfficiencyReason> Reasons, decimal? TaxPerMu, decimal? Benchmark) Judge(LandEvaluationResult? result, Dictionary<string, decimal> benchmarks)
    {
        var reasons = new List<LowEfficiencyReason>();
        if (result is null)
        {
            return (reasons, null, null);
        }
        var items = JsonSerializer.Deserialize<List<ItemScore>>(result.ItemsJson, EvaluateLandHandler.Json) ?? [];
        var taxPerMu = items.FindItem(IndicatorCode.TaxPerMu)?.Value;
        var benchmark = benchmarks.TryGetValue(result.Population, out var b) ? b : (decimal?)null;
        if (result.Class == EfficiencyClass.D)
        {
            reasons.Add(LowEfficiencyReason.ClassD);
        }
        else if (result.Class == EfficiencyClass.C && taxPerMu is { } t && benchmark is > 0 && t < benchmark.Value / 2)
        {
            reasons.Add(LowEfficiencyReason.LowTaxPerMu);
        }
        return (reasons, taxPerMu, benchmark);
    }

    private static List<PlanSummary> Plans(List<ImprovementPlan> plans, Func<ImprovementPlan, bool> match, DateOnly today) => plans.Where(match)
        .Select(p => new PlanSummary(p.Id, p.Measure, p.Target, p.TargetTaxPerMu, p.Deadline, p.Status,
            p.Status is PlanStatus.Planned or PlanStatus.InProgress && p.Deadline < today, p.Progress.OrderBy(x => x.On).ThenBy(x => x.Id).LastOrDefault()?.Note))
        .ToList();
}
