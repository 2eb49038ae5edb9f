using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.ImprovementPlans;

public sealed record SaveImprovementPlanCommand(
    int ZoneId, int? ParcelId, int? EnterpriseId, ImprovementMeasure Measure, string Target, DateOnly Deadline, decimal? TargetTaxPerMu = null, string? ResponsibleUnit = null);

/// <summary>Starts an improvement plan for a low-efficiency plot or firm (at 计划中).</summary>
public sealed class SaveImprovementPlanHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ProblemRule NoTarget = new("plan-target", "应指明地块或企业", "name a parcel or an enterprise");
    public static readonly ProblemRule NoParcel = new("no-parcel", "园区中没有地块 {0}", "the zone has no parcel {0}");
    public static readonly ProblemRule NoEnterprise = new("no-enterprise", "园区中没有企业 {0}", "the zone has no enterprise {0}");
    public static readonly ProblemRule Required = new("required", "必填", "is required");
    public static readonly ProblemRule Past = new("deadline-past", "期限 {0} 已过", "the deadline {0} has passed");

    public async Task<CommandResult> HandleAsync(SaveImprovementPlanCommand command, CancellationToken ct)
    {
        if (!LandProblems.CanWrite(actor))
        {
            return CommandResult.Refused(LandProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return CommandResult.Refused(LandProblems.NoZone.For("zoneId", command.ZoneId));
        }
        var problems = new List<Problem>();
        if (command.ParcelId is null && command.EnterpriseId is null)
        {
            problems.Add(NoTarget.For("parcelId"));
        }
        if (command.ParcelId is { } parcel && (await registry.ParcelsAsync(db, command.ZoneId, ct)).All(p => p.Id != parcel))
        {
            problems.Add(NoParcel.For("parcelId", parcel));
        }
        if (command.EnterpriseId is { } enterprise && (await registry.FindAsync(db, enterprise, ct))?.ZoneId != command.ZoneId)
        {
            problems.Add(NoEnterprise.For("enterpriseId", enterprise));
        }
        if (string.IsNullOrWhiteSpace(command.Target))
        {
            problems.Add(Required.For("target"));
        }
        if (command.Deadline < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            problems.Add(Past.For("deadline", command.Deadline));
        }
        if (command.TargetTaxPerMu is < 0)
        {
            problems.Add(Required.For("targetTaxPerMu"));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var plan = new ImprovementPlan
        {
            ZoneId = command.ZoneId, ParcelId = command.ParcelId, EnterpriseId = command.EnterpriseId, Measure = command.Measure,
            Target = command.Target.Trim()[..Math.Min(command.Target.Trim().Length, 400)], TargetTaxPerMu = command.TargetTaxPerMu, Deadline = command.Deadline,
            ResponsibleUnit = string.IsNullOrWhiteSpace(command.ResponsibleUnit) ? null : command.ResponsibleUnit.Trim(), Status = PlanStatus.Planned,
            CreatedBy = actor.Name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ImprovementPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(plan.Id);
    }
}
