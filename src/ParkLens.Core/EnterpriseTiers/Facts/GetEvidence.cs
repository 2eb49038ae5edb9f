using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;

namespace ParkLens.Core.EnterpriseTiers.Facts;

public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);

/// <summary>An evidence file, if it is in the caller's scope.</summary>
public sealed class GetEvidenceHandler(IDbContextFactory<ParkDbContext> dbs)
{
    public async Task<EvidenceDownload?> HandleAsync(int evidenceId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.TierEvidence.Where(e => e.Id == evidenceId)
            .Select(e => new EvidenceDownload(e.FileName, e.ContentType, e.Content)).AsNoTracking().FirstOrDefaultAsync(ct);
    }
}
