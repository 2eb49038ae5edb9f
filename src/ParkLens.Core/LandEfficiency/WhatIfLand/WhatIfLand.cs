using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.WhatIfLand;

/// <summary>A run and a changed scheme (weights, benchmarks, cut-offs …) to try before publishing.</summary>
public sealed record WhatIfLandQuery(int RunId, EvaluationScheme Changed);

public sealed record ClassChange(
    int EnterpriseId, string Name, string Population, EfficiencyClass? Before, EfficiencyClass? After, decimal? TotalBefore, decimal? TotalAfter,
    int? RankBefore, int? RankAfter, string Why);

/// <summary>
/// Both schemes evaluated on the same figures (today's, for the run's zone and year), so the differences are the
/// scheme's alone; <see cref="DataChangedSinceRun"/> says when today's figures no longer give the run's own classes.
/// </summary>
public sealed record WhatIfView(
    IReadOnlyDictionary<EfficiencyClass, int> Before, IReadOnlyDictionary<EfficiencyClass, int> After, IReadOnlyList<ClassChange> Changes,
    int ScoredBefore, int ScoredAfter, bool DataChangedSinceRun, IReadOnlyList<Problem> Problems);

public sealed class WhatIfLandHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public async Task<WhatIfView?> HandleAsync(WhatIfLandQuery query, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.LandRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.RunId, ct);
        if (run is null)
        {
            return null;
        }
        var problems = SchemeReader.Check(query.Changed);
        if (problems.Count > 0)
        {
            return new WhatIfView(Empty(), Empty(), [], 0, 0, false, problems);
        }
        var scheme = SchemeReader.Read(run.SchemeJson).Scheme!;
        var inputs = await LandInputs.LoadAsync(db, registry, run.ZoneId, run.Year, ct);
        var before = LandEvaluator.Evaluate(scheme, inputs, run.Year).Results.ToDictionary(r => r.Input.EnterpriseId);
        var after = LandEvaluator.Evaluate(query.Changed, inputs, run.Year).Results.ToDictionary(r => r.Input.EnterpriseId);
        var stored = await db.LandResults.AsNoTracking().Where(r => r.RunId == run.Id).ToDictionaryAsync(r => r.EnterpriseId, r => r.Class, ct);
        var changed = stored.Count != before.Count || before.Values.Any(r => stored.GetValueOrDefault(r.Input.EnterpriseId) != r.Class);
        var changes = before.Values
            .Where(b => after.TryGetValue(b.Input.EnterpriseId, out var a) && a.Class != b.Class)
            .Select(b => Change(b, after[b.Input.EnterpriseId]))
            .OrderBy(c => c.Before ?? (EfficiencyClass)9).ThenBy(c => c.RankBefore ?? int.MaxValue).ToList();
        return new WhatIfView(Counts(before.Values), Counts(after.Values), changes, before.Values.Count(r => r.Status == ResultStatus.Scored),
            after.Values.Count(r => r.Status == ResultStatus.Scored), changed, []);
    }

    private static ClassChange Change(EvaluationResult before, EvaluationResult after)
    {
        var items = before.Items.ToDictionary(i => i.Code, i => i.Score);
        var deltas = after.Items.Select(i => (i.Code, Delta: i.Score - items.GetValueOrDefault(i.Code)))
            .Concat(before.Items.Where(i => after.Items.All(a => a.Code != i.Code)).Select(i => (i.Code, Delta: -i.Score)))
            .Where(d => Math.Abs(d.Delta) >= 0.001m).OrderByDescending(d => Math.Abs(d.Delta)).Take(3)
            .Select(d => $"{Indicators.Name(d.Code)} {d.Delta.ToString("+0.###;-0.###", CultureInfo.InvariantCulture)}");
        var rank = UiLanguage.Pick($"名次 {before.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"} → {after.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}",
            $"rank {before.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"} → {after.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}");
        var why = string.Join(UiLanguage.Pick("；", "; "), deltas.Prepend(rank).Append(after.Reason ?? "").Where(s => s.Length > 0));
        return new ClassChange(before.Input.EnterpriseId, before.Input.Name, before.Population, before.Class, after.Class, before.Total, after.Total,
            before.Rank, after.Rank, why);
    }

    private static Dictionary<EfficiencyClass, int> Counts(IEnumerable<EvaluationResult> results)
    {
        var list = results.ToList();
        return Enum.GetValues<EfficiencyClass>().ToDictionary(c => c, c => list.Count(r => r.Class == c));
    }

    private static Dictionary<EfficiencyClass, int> Empty() => Enum.GetValues<EfficiencyClass>().ToDictionary(c => c, _ => 0);
}
