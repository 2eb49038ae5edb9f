using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.GetRankings;

/// <summary>指标公示: the year's ranking of commissioners and of departments.</summary>
public sealed record GetRankingsQuery(int? ZoneId, int Year, int ThroughMonth = 12);

public sealed record RankingsView(int Year, IReadOnlyList<RankingRow> Commissioners, IReadOnlyList<RankingRow> Departments);

public sealed class GetRankingsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public async Task<RankingsView?> HandleAsync(GetRankingsQuery query, CancellationToken ct)
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
        return new RankingsView(query.Year, Rankings.Of(projects, false, query.Year, query.ThroughMonth), Rankings.Of(projects, true, query.Year, query.ThroughMonth));
    }
}
