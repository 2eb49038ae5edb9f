using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SupplyRelations;

/// <summary>
/// A known supply relation of a local enterprise along a supply edge of a chain: the partner (another enterprise of the
/// zone by id, or an outside company by name) supplies it, or buys from it. Amount in 万元 a year, when known.
/// </summary>
public sealed record RecordSupplyRelationCommand(
    int EnterpriseId, string ChainKey, string FromSegmentId, string ToSegmentId, bool PartnerSupplies, int Year,
    int? PartnerEnterpriseId = null, string? PartnerName = null, decimal? AnnualAmount = null);

/// <summary>Records a supply relation (audited); every problem is reported and nothing is written when any is found.</summary>
public sealed class RecordSupplyRelationHandler(
    IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseFigures registry, IEnterpriseDirectory directory, TimeProvider clock)
{
    public static readonly ProblemRule NoEdge = new("chain-no-edge", "产业链 {0} 没有供给关系 {1} → {2}", "chain {0} has no supply edge {1} → {2}");
    public static readonly ProblemRule NoPartner = new("chain-partner", "须填写对方企业名称（不超过 200 字），或选择本开发区内的对方企业", "name the partner (200 characters at most), or give an enterprise of the same zone");
    public static readonly ProblemRule PartnerElsewhere = new("chain-partner-zone", "对方企业须在本开发区内（外地企业请只填名称）：{0}", "the partner must be an enterprise of the same zone (name an outside one instead): {0}");
    public static readonly ProblemRule BadAmount = new("chain-amount", "年供货金额（万元）须在 0 至 100,000,000 之间", "the yearly amount (10k yuan) must be between 0 and 100,000,000");
    public static readonly ProblemRule BadYear = new("chain-year", "年度须在 2000 年至今之间", "the year must be between 2000 and this year");

    public async Task<CommandResult> HandleAsync(RecordSupplyRelationCommand command, CancellationToken ct)
    {
        if (!ChainWriters.CanManage(actor))
        {
            return CommandResult.Refused(MapEnterprisesHandler.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var enterprise = await registry.FindAsync(db, command.EnterpriseId, ct);
        if (enterprise is null)
        {
            return CommandResult.Refused(ReviewMapping.ReviewMappingHandler.NoEnterprise.For("enterpriseId", command.EnterpriseId));
        }
        var problems = new List<Problem>();
        var chain = await ChainCatalog.FindAsync(db, directory, enterprise.ZoneId, command.ChainKey, ct);
        if (chain is null)
        {
            problems.Add(MapEnterprisesHandler.NoChain.For("chainKey", command.ChainKey));
        }
        else if (!chain.Template.Edges.Contains(new SupplyEdge(command.FromSegmentId, command.ToSegmentId)))
        {
            problems.Add(NoEdge.For("fromSegmentId", command.ChainKey, command.FromSegmentId, command.ToSegmentId));
        }
        var partnerName = command.PartnerName?.Trim();
        if (command.PartnerEnterpriseId is { } partnerId)
        {
            var partner = await registry.FindAsync(db, partnerId, ct);
            if (partner is null || partner.ZoneId != enterprise.ZoneId || partner.Id == enterprise.Id)
            {
                problems.Add(PartnerElsewhere.For("partnerEnterpriseId", partnerId));
            }
            else
            {
                partnerName = partner.Name;
            }
        }
        else if (string.IsNullOrEmpty(partnerName) || partnerName.Length > 200)
        {
            problems.Add(NoPartner.For("partnerName"));
        }
        if (command.AnnualAmount is < 0 or > 100_000_000m)
        {
            problems.Add(BadAmount.For("annualAmount"));
        }
        if (command.Year < 2000 || command.Year > clock.GetUtcNow().Year)
        {
            problems.Add(BadYear.For("year"));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var row = new SupplyRelation
        {
            ZoneId = enterprise.ZoneId, EnterpriseId = enterprise.Id, PartnerEnterpriseId = command.PartnerEnterpriseId, PartnerName = partnerName!,
            PartnerSupplies = command.PartnerSupplies, ChainKey = command.ChainKey, FromSegmentId = command.FromSegmentId, ToSegmentId = command.ToSegmentId,
            Year = command.Year, AnnualAmount = command.AnnualAmount,
            Provenance = Provenance.Of(DataSource.Form, "供货关系登记", clock.GetUtcNow().UtcDateTime, actor.Name),
        };
        db.SupplyRelations.Add(row);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(row.Id);
    }
}
