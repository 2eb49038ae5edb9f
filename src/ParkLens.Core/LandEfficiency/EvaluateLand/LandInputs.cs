using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.EvaluateLand;

/// <summary>
/// A zone's evaluation inputs for a year: each enterprise's figures from the registry and, for a firm that leases space
/// outside any 小微企业园, its landlord (the owner of the largest leased area), which a scheme may let it follow.
/// </summary>
internal static class LandInputs
{
    public static async Task<List<EvaluationInput>> LoadAsync(ParkDbContext db, IEnterpriseFigures registry, int zoneId, int year, CancellationToken ct)
    {
        var leases = await db.SpaceUnits
            .Where(u => u.ZoneId == zoneId && u.Status == SpaceStatus.Leased && !u.InSmallMicroPark && u.TenantEnterpriseId != null && u.OwnerEnterpriseId != null)
            .Select(u => new { Tenant = u.TenantEnterpriseId!.Value, Owner = u.OwnerEnterpriseId!.Value, u.FloorAreaM2, u.Id })
            .ToListAsync(ct);
        var landlords = leases.GroupBy(l => l.Tenant)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.FloorAreaM2).ThenBy(l => l.Id).First().Owner);
        return (await registry.LandFiguresAsync(db, zoneId, year, ct))
            .Select(f => LandProblems.ToInput(f) with { LandlordId = landlords.TryGetValue(f.EnterpriseId, out var owner) ? owner : null })
            .ToList();
    }
}
