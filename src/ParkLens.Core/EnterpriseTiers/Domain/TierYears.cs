using ParkLens.Core.Common;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>
/// Which years the tier work defaults to: rules are applied to the latest fiscal year whose annual figures are due
/// (年报 by mid-year), and this year's applications (the batch year) are judged on it.
/// </summary>
public static class TierYears
{
    public static int DataYear(TimeProvider clock) => ProvenanceRules.ExpectedLatestYear(clock.GetUtcNow().UtcDateTime);

    public static int BatchYear(TimeProvider clock) => DataYear(clock) + 1;
}
