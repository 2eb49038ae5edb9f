using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;

namespace ParkLens.Core.LandEfficiency.ListLandRuns;

public sealed record LandRunSummary(int Id, int ZoneId, int Year, string SchemeKey, int RunVersion, RunStatus Status, int Scored, int Incomplete, int Excluded,
    DateTime CreatedAtUtc, string CreatedBy, DateTime? PublishedAtUtc);

/// <summary>The evaluation runs of a zone, newest first.</summary>
public sealed class ListLandRunsHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor)
{
    public async Task<IReadOnlyList<LandRunSummary>?> HandleAsync(int zoneId, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.LandRuns.AsNoTracking().Where(r => r.ZoneId == zoneId)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.RunVersion)
            .Select(r => new LandRunSummary(r.Id, r.ZoneId, r.Year, r.SchemeKey, r.RunVersion, r.Status, r.Scored, r.Incomplete, r.Excluded, r.CreatedAtUtc, r.CreatedBy, r.PublishedAtUtc))
            .ToListAsync(ct);
    }
}
