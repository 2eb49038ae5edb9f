using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

/// <summary>Tier facts for an enterprise in a cultivation pool, consistent with its registry figures (synthetic).</summary>
internal static class SyntheticTierFacts
{
    public static int Add(ParkDbContext db, int zoneId, EnterpriseSnapshot enterprise, int year, Random random, Provenance provenance) => 0;
}
