using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.EvaluateLand;

public sealed record EvaluateLandCommand(int ZoneId, int Year, string? SchemeKey = null, string? Note = null);

/// <summary>
/// Evaluates a zone's enterprises for a year under a scheme and keeps the result as a draft run: a previous draft of
/// the same zone, year and scheme is replaced; when a published run exists the new one is its correction (next version),
/// published runs themselves never change. Each result carries last year's published class and total for the change.
/// </summary>
public sealed class EvaluateLandHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, IEnterpriseDirectory directory, ICurrentActor actor, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<CommandResult> HandleAsync(EvaluateLandCommand command, CancellationToken ct)
    {
        if (!LandProblems.CanWrite(actor))
        {
            return CommandResult.Refused(LandProblems.NotPermitted.For("role"));
        }
        var problems = new List<Problem>();
        var maxYear = clock.GetUtcNow().Year;
        if (command.Year < 2000 || command.Year > maxYear)
        {
            problems.Add(LandProblems.YearRange.For("year", command.Year, maxYear));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        EvaluationScheme? scheme = null;
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            problems.Add(LandProblems.NoZone.For("zoneId", command.ZoneId));
        }
        else
        {
            // The zone's authority's version of the scheme when it has one, else the national or built-in one.
            var key = command.SchemeKey ?? BuiltInSchemes.DefaultKey;
            scheme = (await SchemeCatalog.ForZoneAsync(db, directory, command.ZoneId, ct)).FirstOrDefault(e => e.Scheme.Key == key)?.Scheme;
            if (scheme is null)
            {
                problems.Add(LandProblems.NoScheme.For("schemeKey", key));
            }
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var inputs = await LandInputs.LoadAsync(db, registry, command.ZoneId, command.Year, ct);
        var outcome = LandEvaluator.Evaluate(scheme!, inputs, command.Year);
        var scored = outcome.Results.Count(r => r.Status == ResultStatus.Scored);
        if (scored == 0)
        {
            return CommandResult.Refused(LandProblems.NothingScored.For("year", command.Year,
                outcome.Results.Count(r => r.Status == ResultStatus.Incomplete), outcome.Results.Count(r => r.Status == ResultStatus.Excluded)));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var run = await SaveAsync(db, command, scheme!, outcome, now, ct);
        return CommandResult.Done(run.Id);
    }

    private async Task<LandEvaluationRun> SaveAsync(ParkDbContext db, EvaluateLandCommand command, EvaluationScheme scheme, EvaluationOutcome outcome, DateTime now, CancellationToken ct)
    {
        var runs = await db.LandRuns.Where(r => r.ZoneId == command.ZoneId && r.Year == command.Year && r.SchemeKey == scheme.Key).ToListAsync(ct);
        var previous = await db.LandRuns.Where(r => r.ZoneId == command.ZoneId && r.Year == command.Year - 1 && r.SchemeKey == scheme.Key && r.Status == RunStatus.Published)
            .Select(r => r.Id).FirstOrDefaultAsync(ct);
        var last = previous == 0 ? new Dictionary<int, (EfficiencyClass?, decimal?)>()
            : await db.LandResults.Where(r => r.RunId == previous).ToDictionaryAsync(r => r.EnterpriseId, r => (r.Class, r.Total), ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.LandRuns.RemoveRange(runs.Where(r => r.Status == RunStatus.Draft));
        var published = runs.Where(r => r.Status == RunStatus.Published).OrderByDescending(r => r.RunVersion).FirstOrDefault();
        var run = new LandEvaluationRun
        {
            ZoneId = command.ZoneId, Year = command.Year, SchemeKey = scheme.Key, SchemeVersion = scheme.Version, SchemeJson = SchemeReader.Write(scheme),
            RunVersion = runs.Where(r => r.Status != RunStatus.Draft).Select(r => r.RunVersion).DefaultIfEmpty(0).Max() + 1,
            Status = RunStatus.Draft, CorrectsRunId = published?.Id, CreatedBy = actor.Name, CreatedAtUtc = now, Note = Note(command.Note),
            MethodCardJson = JsonSerializer.Serialize(MethodCard.Of(scheme, outcome, command.Year, now, actor.Name), Json),
            Scored = outcome.Results.Count(r => r.Status == ResultStatus.Scored),
            Incomplete = outcome.Results.Count(r => r.Status == ResultStatus.Incomplete),
            Excluded = outcome.Results.Count(r => r.Status == ResultStatus.Excluded),
        };
        foreach (var r in outcome.Results)
        {
            var before = last.GetValueOrDefault(r.Input.EnterpriseId);
            run.Results.Add(new LandEvaluationResult
            {
                ZoneId = command.ZoneId, EnterpriseId = r.Input.EnterpriseId, Population = r.Population, Status = r.Status, Total = r.Total, Rank = r.Rank,
                PopulationSize = r.PopulationSize, RankInIndustry = r.RankInIndustry, Class = r.Class, PreviousClass = before.Item1, PreviousTotal = before.Item2,
                ItemsJson = JsonSerializer.Serialize(r.Items, Json), Missing = r.Missing.Count == 0 ? null : string.Join(",", r.Missing),
                ReasonKind = r.ReasonKind, Detail = r.Detail,
            });
        }
        // The draft it replaces goes first: the new draft takes its version number.
        await db.SaveChangesAsync(ct);
        // Thousands of result rows are one evaluation: audited as one event, not row by row.
        db.EntityAudit = false;
        db.LandRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.Record(Access.Domain.AuditAction.Create, nameof(LandEvaluationRun), run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), command.ZoneId,
            new { run.Year, run.SchemeKey, run.RunVersion, run.Scored, run.Incomplete, run.Excluded, run.CorrectsRunId });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
}
