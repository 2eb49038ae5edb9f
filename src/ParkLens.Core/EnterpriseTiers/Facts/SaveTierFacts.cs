using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.Facts;

public sealed record EvidenceFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Saves tier facts of one enterprise for one year; a null value removes the entry (back to "unknown"). One optional
/// evidence file is attached to every fact saved with it. All values are checked first; any problem writes nothing.
/// </summary>
public sealed record SaveTierFactsCommand(int EnterpriseId, int Year, IReadOnlyDictionary<string, decimal?> Values, EvidenceFile? Evidence = null, string? Note = null);

public sealed class SaveTierFactsHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, TimeProvider clock)
{
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    private static readonly ProblemRule UnknownFact = new("unknown-fact", "不是梯次评价的事实项", "is not a tier fact");
    private static readonly ProblemRule RegistryFact = new("registry-fact", "此项来自企业年度指标，请通过指标导入修改", "comes from the yearly indicators; change it by importing indicators");
    private static readonly ProblemRule OutOfRange = new("out-of-range", "{0} 超出允许范围 {1}—{2}", "{0} is outside the allowed range {1}–{2}");
    private static readonly ProblemRule NotBoolean = new("not-boolean", "是/否项只能为 1 或 0（实际 {0}）", "a yes/no fact is 1 or 0 (found {0})");
    private static readonly ProblemRule NotWhole = new("not-whole", "应为整数（实际 {0}）", "must be a whole number (found {0})");
    private static readonly ProblemRule EvidenceTooLarge = new("evidence-size", "证明材料不能超过 {0} MB", "evidence may not exceed {0} MB");
    private static readonly ProblemRule Nothing = new("nothing", "没有要保存的事实项", "there are no facts to save");

    public async Task<CommandResult> HandleAsync(SaveTierFactsCommand command, CancellationToken ct)
    {
        if (!WritePermissions.CanEnterTierFacts(actor.Role))
        {
            return CommandResult.Refused(TierProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var enterprise = await registry.FindAsync(db, command.EnterpriseId, ct);
        var problems = new List<Problem>();
        if (enterprise is null)
        {
            problems.Add(TierProblems.NoEnterprise.For("enterpriseId", command.EnterpriseId));
        }
        problems.CheckYear("year", command.Year, clock);
        if (command.Values.Count == 0)
        {
            problems.Add(Nothing.For("values"));
        }
        foreach (var (key, value) in command.Values)
        {
            if (Check(key, value) is { } problem)
            {
                problems.Add(problem);
            }
        }
        if (command.Evidence is { Content.Length: > MaxEvidenceBytes })
        {
            problems.Add(EvidenceTooLarge.For("evidence", MaxEvidenceBytes / 1024 / 1024));
        }
        problems.CheckText("note", command.Note, 400);
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        TierEvidence? evidence = null;
        if (command.Evidence is { } file)
        {
            evidence = new TierEvidence
            {
                ZoneId = enterprise!.ZoneId, EnterpriseId = enterprise.Id, FileName = Path.GetFileName(file.FileName), ContentType = file.ContentType,
                SizeBytes = file.Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), Content = file.Content,
                UploadedAtUtc = now, UploadedBy = actor.Name,
            };
            db.TierEvidence.Add(evidence);
        }
        var keys = command.Values.Keys.ToList();
        var existing = await db.TierFacts.Where(f => f.EnterpriseId == command.EnterpriseId && f.Year == command.Year && keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, ct);
        foreach (var (key, value) in command.Values)
        {
            existing.TryGetValue(key, out var row);
            if (value is null)
            {
                if (row is not null)
                {
                    db.TierFacts.Remove(row);
                }
                continue;
            }
            if (row is null)
            {
                row = new TierFactValue { ZoneId = enterprise!.ZoneId, EnterpriseId = enterprise.Id, Year = command.Year, Key = key };
                db.TierFacts.Add(row);
            }
            row.Value = value;
            row.Note = command.Note?.Trim();
            row.Provenance = Provenance.Of(DataSource.Form, evidence?.FileName ?? "梯次事实录入", now, actor.Name);
            if (evidence is not null)
            {
                row.Evidence = evidence;
            }
        }
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(command.EnterpriseId);
    }

    internal static Problem? Check(string key, decimal? value)
    {
        if (!FactCatalog.TryGet(key, out var definition))
        {
            return UnknownFact.For(key);
        }
        if (definition.Origin != FactOrigin.Entered)
        {
            return RegistryFact.For(key);
        }
        if (value is not { } v)
        {
            return null;
        }
        if (definition.Unit == FactUnit.Boolean && v is not (0 or 1))
        {
            return NotBoolean.For(key, v);
        }
        if (definition.Unit is FactUnit.Count or FactUnit.Level or FactUnit.Days && v != decimal.Truncate(v))
        {
            return NotWhole.For(key, v);
        }
        var min = definition.Min ?? 0m;
        var max = definition.Max ?? decimal.MaxValue;
        return v < min || v > max ? OutOfRange.For(key, v, min, definition.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞") : null;
    }
}
