using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.ListLandSchemes;

/// <summary>Null when the role may not read or the zone is outside the caller's scope. The schemes in force for a zone (its authority's edits over the national ones over the built-in), or for the caller's authority.</summary>
public sealed class ListLandSchemesHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IEnterpriseFigures registry, ICurrentActor actor)
{
    public async Task<IReadOnlyList<SchemeEntry>?> HandleAsync(int? zoneId, CancellationToken ct)
    {
        if (!LandProblems.CanRead(actor))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (zoneId is { } z)
        {
            return await registry.ZoneExistsAsync(db, z, ct) ? await SchemeCatalog.ForZoneAsync(db, directory, z, ct) : null;
        }
        var authority = actor.Scope.Unrestricted ? null
            : (await directory.ZonesAsync(db, ct)).Select(x => x.AuthorityId).Distinct().ToList() is [var only] ? only : (int?)null;
        return await SchemeCatalog.ForAuthorityAsync(db, authority, ct);
    }
}
