using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Domain;

namespace ParkLens.Core.LandEfficiency.PublishLandRun;

/// <summary>Publishes a draft run: its numbers freeze, and the run it corrects (if any) is superseded.</summary>
public sealed class PublishLandRunHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(int runId, CancellationToken ct)
    {
        if (!LandProblems.CanWrite(actor))
        {
            return CommandResult.Refused(LandProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.LandRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return CommandResult.Refused(LandProblems.NoRun.For("runId", runId));
        }
        if (run.Status != RunStatus.Draft)
        {
            return CommandResult.Refused(LandProblems.NotDraft.For("runId", runId, LandText.Status(run.Status)));
        }
        foreach (var older in await db.LandRuns.Where(r => r.ZoneId == run.ZoneId && r.Year == run.Year && r.SchemeKey == run.SchemeKey && r.Status == RunStatus.Published).ToListAsync(ct))
        {
            older.Status = RunStatus.Superseded;
        }
        run.Status = RunStatus.Published;
        run.PublishedBy = actor.Name;
        run.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(run.Id);
    }
}
