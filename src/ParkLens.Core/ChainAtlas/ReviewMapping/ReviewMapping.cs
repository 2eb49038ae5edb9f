using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.ReviewMapping;

public enum ReviewDecision
{
    /// <summary>The automatic segment is right.</summary>
    Confirm,

    /// <summary>The enterprise is not in this chain.</summary>
    Reject,

    /// <summary>The enterprise belongs to <see cref="ReviewMappingCommand.SegmentId"/> (人工指定).</summary>
    Assign,
}

public sealed record ReviewMappingCommand(int EnterpriseId, string ChainKey, ReviewDecision Decision, string? SegmentId = null);

/// <summary>A person's decision on an enterprise's place in a chain; kept through later automatic re-mapping. Audited row by row.</summary>
public sealed class ReviewMappingHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, IEnterpriseDirectory directory, TimeProvider clock)
{
    public static readonly ProblemRule NoEnterprise = new("chain-enterprise", "没有这家企业，或不在您的权限范围内：{0}", "no such enterprise in your scope: {0}");
    public static readonly ProblemRule NoSegment = new("chain-segment", "产业链 {0} 没有末级环节 {1}", "chain {0} has no leaf segment {1}");
    public static readonly ProblemRule NothingToConfirm = new("chain-nothing", "这家企业还没有自动匹配到该产业链，请直接指定环节", "no automatic match in this chain to confirm; assign a segment instead");

    public async Task<CommandResult> HandleAsync(ReviewMappingCommand command, CancellationToken ct)
    {
        if (!ChainWriters.CanManage(actor))
        {
            return CommandResult.Refused(MapEnterprisesHandler.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var enterprise = await registry.FindAsync(db, command.EnterpriseId, ct);
        if (enterprise is null)
        {
            return CommandResult.Refused(NoEnterprise.For("enterpriseId", command.EnterpriseId));
        }
        var chain = await ChainCatalog.FindAsync(db, directory, enterprise.ZoneId, command.ChainKey, ct);
        if (chain is null)
        {
            return CommandResult.Refused(MapEnterprisesHandler.NoChain.For("chainKey", command.ChainKey));
        }
        if (command.Decision == ReviewDecision.Assign && chain.Template.Segment(command.SegmentId ?? "") is not { IsGroup: false })
        {
            return CommandResult.Refused(NoSegment.For("segmentId", command.ChainKey, command.SegmentId));
        }
        var row = await db.SegmentAssignments.FirstOrDefaultAsync(a => a.EnterpriseId == command.EnterpriseId && a.ChainKey == command.ChainKey, ct);
        if (row is null && command.Decision != ReviewDecision.Assign)
        {
            return CommandResult.Refused(NothingToConfirm.For("decision"));
        }
        if (row is null)
        {
            row = new SegmentAssignment { ZoneId = enterprise.ZoneId, EnterpriseId = enterprise.Id, ChainKey = command.ChainKey, Reason = "人工指定", ReasonEn = "assigned by staff" };
            db.SegmentAssignments.Add(row);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = command.Decision switch
        {
            ReviewDecision.Confirm => AssignmentStatus.Confirmed,
            ReviewDecision.Reject => AssignmentStatus.Rejected,
            _ => AssignmentStatus.Manual,
        };
        if (command.Decision == ReviewDecision.Assign)
        {
            if (row.SegmentId != command.SegmentId && row.SegmentId.Length > 0)
            {
                var was = chain.Template.Segment(row.SegmentId);
                row.Reason = $"人工改为本环节（原自动匹配：{(was is null ? row.SegmentId : chain.Template.PathZh(row.SegmentId))}）";
                row.ReasonEn = $"moved here by staff (automatic match was {was?.Name.En ?? row.SegmentId})";
            }
            row.SegmentId = command.SegmentId!;
            row.Confidence = 1m;
        }
        row.TemplateVersion = chain.Template.Version;
        row.ReviewedBy = actor.Name;
        row.ReviewedAtUtc = now;
        row.Provenance = Provenance.Of(DataSource.Form, "产业链环节审核", now, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(row.Id);
    }
}
