using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.CreateLead;

public sealed record CreateLeadFromTargetCommand(int ZoneId, string ChainKey, string CandidateKey, int Year, string? Note = null);

/// <summary>
/// "转为项目线索": hands a ranked target to the investment pipeline with its score and explanation as they are now. The
/// target is looked up again (a client cannot make up a score); a company already handed over for this chain is refused.
/// </summary>
public sealed class CreateLeadFromTargetHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IProjectLeadIntake intake, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ProblemRule NotATarget = new("chain-target", "{0} 不在这条产业链的招商目标中", "{0} is not among this chain's targets");
    public static readonly ProblemRule AlreadyLead = new("chain-lead-exists", "已转为项目线索：{0}", "already a project lead: {0}");

    public async Task<CommandResult> HandleAsync(CreateLeadFromTargetCommand command, CancellationToken ct)
    {
        if (!ChainWriters.CanManage(actor))
        {
            return CommandResult.Refused(MapEnterprisesHandler.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var search = await TargetFinder.FindAsync(db, directory, command.ZoneId, command.ChainKey, command.Year, null, ct);
        if (search is null)
        {
            return CommandResult.Refused(MapEnterprisesHandler.NoZone.For("zoneId", command.ZoneId));
        }
        var target = search.Ranked.FirstOrDefault(t => t.Candidate.Key == command.CandidateKey);
        if (target is null)
        {
            return CommandResult.Refused(NotATarget.For("candidateKey", command.CandidateKey));
        }
        if (await db.TargetLeads.AnyAsync(l => l.ZoneId == command.ZoneId && l.ChainKey == command.ChainKey && l.CandidateKey == command.CandidateKey, ct))
        {
            return CommandResult.Refused(AlreadyLead.For("candidateKey", target.Candidate.Name));
        }
        // A lead belongs to this zone, and its audit entry is readable by this zone's administrators: another zone's
        // enterprise figures (revenue, growth) stay behind that zone's scope, so only the points are kept for them.
        var otherZone = target.Candidate.Origin == Targeting.CandidateOrigin.OtherZone;
        var explanation = JsonSerializer.Serialize(target.Terms.Select(t => otherZone && t.Key is "size" or "growth"
            ? new { t.Key, t.Points, t.Max, ReasonZh = "其他开发区企业的经营数据不随线索保存", ReasonEn = "another zone's figures are not kept with the lead" }
            : new { t.Key, t.Points, t.Max, t.ReasonZh, t.ReasonEn }));
        var lead = new ProjectLeadRequest(command.ZoneId, target.Candidate.Name, target.Candidate.Key, target.Candidate.Origin.ToString(),
            command.ChainKey, target.SegmentId, $"以链招商：{search.Chain.Name.Zh} · {search.Chain.PathOf(target.SegmentId)}", target.Score, explanation,
            command.Note?.Trim() is { Length: > 0 } note ? note[..Math.Min(note.Length, 400)] : null);
        var now = clock.GetUtcNow().UtcDateTime;
        db.TargetLeads.Add(new Domain.TargetLead
        {
            ZoneId = lead.ZoneId, ChainKey = lead.ChainKey, SegmentId = lead.SegmentId, CompanyName = lead.CompanyName, CandidateKey = lead.CandidateKey,
            Origin = lead.Origin, Score = lead.Score, Explanation = lead.ExplanationJson, Note = lead.Note, CreatedBy = actor.Name, CreatedAtUtc = now,
            Provenance = Provenance.Of(DataSource.Form, lead.Source, now, actor.Name),
        });
        await intake.AddAsync(db, lead, actor.Name, now, ct);
        await db.SaveChangesAsync(ct);
        var id = await db.TargetLeads.Where(l => l.ZoneId == command.ZoneId && l.ChainKey == command.ChainKey && l.CandidateKey == command.CandidateKey)
            .Select(l => l.Id).FirstAsync(ct);
        return CommandResult.Done(id);
    }
}
