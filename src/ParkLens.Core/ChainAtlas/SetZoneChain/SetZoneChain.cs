using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SetZoneChain;

/// <summary>
/// Records that a zone works on a chain, with its 链长 and 链主: a local enterprise (<see cref="LeaderEnterpriseId"/>) or
/// an outside one by name. <see cref="Remove"/> drops the chain from the zone's list.
/// </summary>
public sealed record SetZoneChainCommand(
    int ZoneId, string ChainKey, string? ChiefName, string? ChiefTitle, int? LeaderEnterpriseId, string? LeaderName, string? Note, bool Remove = false);

public sealed class SetZoneChainHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, IEnterpriseDirectory directory, TimeProvider clock)
{
    public static readonly ProblemRule LeaderElsewhere = new("chain-leader", "链主须是本开发区的企业（外地链主请只填名称）：{0}", "a local chain leader must be an enterprise of this zone (name an outside one instead): {0}");
    public static readonly ProblemRule TooLong = new("chain-text", "不超过 {0} 个字", "at most {0} characters");

    public async Task<CommandResult> HandleAsync(SetZoneChainCommand command, CancellationToken ct)
    {
        if (!ChainWriters.CanManage(actor))
        {
            return CommandResult.Refused(MapEnterprisesHandler.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if ((await directory.ZonesAsync(db, ct)).All(z => z.Id != command.ZoneId))
        {
            return CommandResult.Refused(MapEnterprisesHandler.NoZone.For("zoneId", command.ZoneId));
        }
        var problems = new List<Problem>();
        if (await ChainCatalog.FindAsync(db, directory, command.ZoneId, command.ChainKey, ct) is null)
        {
            problems.Add(MapEnterprisesHandler.NoChain.For("chainKey", command.ChainKey));
        }
        string? leaderName = command.LeaderName?.Trim();
        if (command.LeaderEnterpriseId is { } leaderId)
        {
            var leader = await registry.FindAsync(db, leaderId, ct);
            if (leader is null || leader.ZoneId != command.ZoneId)
            {
                problems.Add(LeaderElsewhere.For("leaderEnterpriseId", leaderId));
            }
            else
            {
                leaderName = leader.Name;
            }
        }
        foreach (var (field, value, max) in new[] { ("chiefName", command.ChiefName, 100), ("chiefTitle", command.ChiefTitle, 100), ("leaderName", leaderName, 200), ("note", command.Note, 400) })
        {
            if (value?.Trim().Length > max)
            {
                problems.Add(TooLong.For(field, max));
            }
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var row = await db.ZoneChains.FirstOrDefaultAsync(c => c.ZoneId == command.ZoneId && c.ChainKey == command.ChainKey, ct);
        if (command.Remove)
        {
            if (row is not null)
            {
                db.ZoneChains.Remove(row);
                await db.SaveChangesAsync(ct);
            }
            return new CommandResult(row?.Id, []);
        }
        if (row is null)
        {
            row = new ZoneChain { ZoneId = command.ZoneId, ChainKey = command.ChainKey };
            db.ZoneChains.Add(row);
        }
        row.ChiefName = Blank(command.ChiefName);
        row.ChiefTitle = Blank(command.ChiefTitle);
        row.LeaderEnterpriseId = command.LeaderEnterpriseId;
        row.LeaderName = Blank(leaderName);
        row.Note = Blank(command.Note);
        row.Provenance = Provenance.Of(DataSource.Form, "链长制登记", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(row.Id);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
