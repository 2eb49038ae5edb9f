using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.GetLandRun;

/// <summary>A run by id, or the latest of a zone and year (published first, else the draft).</summary>
public sealed record GetLandRunQuery(int? RunId = null, int? ZoneId = null, int? Year = null);

public sealed record LandResultRow(
    int EnterpriseId, string Name, string IndustryCode, string? SubParkName, bool IsSynthetic, string Population, ResultStatus Status, decimal? LandMu,
    IReadOnlyList<ItemScore> Items, decimal? Total, int? Rank, int? PopulationSize, int? RankInIndustry, EfficiencyClass? Class, EfficiencyClass? PreviousClass,
    decimal? PreviousTotal, IReadOnlyList<IndicatorCode> Missing, string? Reason);

/// <summary>亩均 aggregates of the evaluated enterprises of a zone or sub-park, this year and last (万元/亩; energy tce/亩).</summary>
public sealed record LandAggregate(
    string Name, int Enterprises, decimal LandMu, decimal? RevenuePerMu, decimal? TaxPerMu, decimal? ValueAddedPerMu, decimal? EnergyPerMu,
    decimal? RevenuePerMuLastYear, decimal? TaxPerMuLastYear, decimal? ValueAddedPerMuLastYear, decimal? EnergyPerMuLastYear);

public sealed record LandRunView(
    int Id, int ZoneId, string ZoneName, int Year, string SchemeKey, int SchemeVersion, string SchemeName, int RunVersion, RunStatus Status, int? CorrectsRunId,
    DateTime CreatedAtUtc, string CreatedBy, DateTime? PublishedAtUtc, string? PublishedBy, MethodCard Method, EvaluationScheme Scheme,
    IReadOnlyList<LandResultRow> Results, IReadOnlyDictionary<string, IReadOnlyDictionary<EfficiencyClass, int>> ClassCounts,
    IReadOnlyList<LandAggregate> Aggregates, IReadOnlyList<ClassMeasure> Measures);

public sealed class GetLandRunHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public async Task<LandRunView?> HandleAsync(GetLandRunQuery query, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var runs = db.LandRuns.AsNoTracking();
        var run = query.RunId is { } id
            ? await runs.FirstOrDefaultAsync(r => r.Id == id, ct)
            : await runs.Where(r => r.ZoneId == query.ZoneId && (query.Year == null || r.Year == query.Year) && r.Status != RunStatus.Superseded)
                .OrderByDescending(r => r.Year).ThenBy(r => r.Status == RunStatus.Published ? 0 : 1).ThenByDescending(r => r.RunVersion).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }
        var results = await db.LandResults.AsNoTracking().Where(r => r.RunId == run.Id).ToListAsync(ct);
        var figures = (await registry.LandFiguresAsync(db, run.ZoneId, run.Year, ct)).ToDictionary(f => f.EnterpriseId);
        var lastYear = (await registry.LandFiguresAsync(db, run.ZoneId, run.Year - 1, ct)).ToDictionary(f => f.EnterpriseId);
        var subParks = await registry.SubParksAsync(db, run.ZoneId, ct);
        var names = await registry.NamesAsync(db, results.Select(r => r.EnterpriseId).ToList(), ct);
        var scheme = SchemeReader.Read(run.SchemeJson).Scheme!;
        var rows = results.Select(r =>
        {
            var f = figures.GetValueOrDefault(r.EnterpriseId);
            var missing = string.IsNullOrEmpty(r.Missing) ? [] : r.Missing.Split(',').Select(Enum.Parse<IndicatorCode>).ToList();
            var input = f is null ? new EvaluationInput(r.EnterpriseId, run.ZoneId, null, names.GetValueOrDefault(r.EnterpriseId)?.Name ?? "", "", false, null, null, null, null, null, null, null, null, null)
                : LandProblems.ToInput(f);
            return new LandResultRow(r.EnterpriseId, names.GetValueOrDefault(r.EnterpriseId)?.Name ?? input.Name, f?.IndustryCode ?? "",
                f?.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, f?.IsSynthetic ?? false, r.Population, r.Status, f?.LandMu,
                JsonSerializer.Deserialize<List<ItemScore>>(r.ItemsJson, EvaluateLandHandler.Json) ?? [], r.Total, r.Rank, r.PopulationSize, r.RankInIndustry,
                r.Class, r.PreviousClass, r.PreviousTotal, missing, LandTexts.Reason(r.ReasonKind, r.Detail, missing, input));
        }).OrderBy(r => r.Status).ThenBy(r => r.Population).ThenBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.EnterpriseId).ToList();
        var classCounts = rows.Where(r => r.Class is not null).GroupBy(r => r.Population)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<EfficiencyClass, int>)Enum.GetValues<EfficiencyClass>().ToDictionary(c => c, c => g.Count(r => r.Class == c)));
        var evaluated = results.Where(r => r.Status == ResultStatus.Scored).Select(r => r.EnterpriseId).ToHashSet();
        var zoneName = await registry.ZoneNameAsync(db, run.ZoneId, ct) ?? "";
        var aggregates = new List<LandAggregate> { Aggregate(zoneName, evaluated, figures, lastYear) };
        foreach (var (subParkId, name) in subParks)
        {
            var members = evaluated.Where(e => figures.GetValueOrDefault(e)?.SubParkId == subParkId).ToHashSet();
            if (members.Count > 0)
            {
                aggregates.Add(Aggregate(name, members, figures, lastYear));
            }
        }
        var card = JsonSerializer.Deserialize<MethodCard>(run.MethodCardJson, EvaluateLandHandler.Json)!;
        return new LandRunView(run.Id, run.ZoneId, zoneName, run.Year, run.SchemeKey, run.SchemeVersion, scheme.Name.Text, run.RunVersion, run.Status,
            run.CorrectsRunId, run.CreatedAtUtc, run.CreatedBy, run.PublishedAtUtc, run.PublishedBy, card, scheme, rows, classCounts, aggregates, scheme.Measures);
    }

    // The same firms both years, so the change is the firms' change and not a change of who is counted.
    private static LandAggregate Aggregate(string name, HashSet<int> members, Dictionary<int, LandFigures> now, Dictionary<int, LandFigures> before)
    {
        var current = members.Select(now.GetValueOrDefault).OfType<LandFigures>().Where(f => f.LandMu > 0).ToList();
        var previous = members.Select(before.GetValueOrDefault).OfType<LandFigures>().Where(f => f.LandMu > 0).ToList();
        return new LandAggregate(name, current.Count, current.Sum(f => f.LandMu!.Value),
            PerMu(current, f => f.Revenue), PerMu(current, f => f.Tax), PerMu(current, f => f.ValueAdded), PerMu(current, f => f.EnergyTce),
            PerMu(previous, f => f.Revenue), PerMu(previous, f => f.Tax), PerMu(previous, f => f.ValueAdded), PerMu(previous, f => f.EnergyTce));
    }

    /// <summary>Σ value ÷ Σ land over the firms that reported the value; null when none did.</summary>
    private static decimal? PerMu(List<LandFigures> firms, Func<LandFigures, decimal?> value)
    {
        var reported = firms.Where(f => value(f) is not null).ToList();
        var land = reported.Sum(f => f.LandMu!.Value);
        return reported.Count == 0 || land == 0 ? null : Math.Round(reported.Sum(f => value(f)!.Value) / land, 2);
    }
}
