using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.GetInvestmentRollup;

/// <summary>Planned versus completed investment of a year through a month, grouped by one dimension, for a zone or every zone in scope.</summary>
public sealed record GetInvestmentRollupQuery(int? ZoneId, int Year, int ThroughMonth, RollupDimension By);

public sealed record InvestmentRollupView(int Year, int ThroughMonth, RollupDimension By, IReadOnlyList<RollupRow> Rows, RollupRow Total);

public sealed class GetInvestmentRollupHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IEnterpriseFigures registry, IChainDirectory chains, ICurrentActor actor)
{
    public async Task<InvestmentRollupView?> HandleAsync(GetInvestmentRollupQuery query, CancellationToken ct)
    {
        if (query.ThroughMonth is < 1 or > 12)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var projects = await ProjectLoader.ReadableAsync(db, registry, actor, query.ZoneId, ct);
        if (projects is null)
        {
            return null;
        }
        var zoneNames = (await directory.ZonesAsync(db, ct)).ToDictionary(z => z.Id, z => z.ShortName);
        var rows = InvestmentRollup.By(projects, query.By, query.Year, query.ThroughMonth, id => zoneNames.GetValueOrDefault(id, ""));
        if (query.By == RollupDimension.Chain)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var zone in projects.Select(p => p.ZoneId).Distinct())
            {
                foreach (var chain in await chains.ForZoneAsync(db, zone, ct))
                {
                    names.TryAdd(chain.Key, UiLanguage.Pick(chain.NameZh, chain.NameEn));
                }
            }
            rows = rows.Select(r => r with { Key = names.GetValueOrDefault(r.Key, r.Key) }).ToList();
        }
        return new InvestmentRollupView(query.Year, query.ThroughMonth, query.By, rows, InvestmentRollup.Total(projects, query.Year, query.ThroughMonth));
    }
}
