using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;

namespace ParkLens.Core.LandEfficiency.IdleSpace.Rules;

/// <summary>
/// The inventory's state machine. 闲置 goes to 整治/司法处置, or straight to 招租 (a clean building) or 已预订 (a project
/// takes it as it is); 整治/司法处置 ends in 招租 (or falls back to 闲置); 招租 is reserved, leased outright or withdrawn
/// to 闲置; a reservation is signed (已租) or lapses (招租); a lease ends (招租 or 闲置). Nothing skips 招租/已预订 to 已租
/// from 闲置 or 整治: a unit is offered before it is let. A lease names its tenant; a reservation names whom it is for.
/// </summary>
public static class SpaceTransitions
{
    public static readonly ProblemRule Illegal = new("illegal-transition",
        "闲置空间不能从「{0}」变为「{1}」（允许：{2}）", "a space unit cannot go from {0} to {1} (allowed: {2})");

    public static readonly ProblemRule TenantRequired = new("tenant-required",
        "「{0}」须写明承租方或预订的项目", "{0} needs the tenant or the project it is for");

    public static readonly ProblemRule DateBeforePrevious = new("date-order",
        "日期 {0} 早于进入当前状态的日期 {1}", "date {0} is before the day the unit reached its current status ({1})");

    public static readonly ProblemRule DateInFuture = new("date-future", "日期 {0} 晚于今天", "date {0} is in the future");

    private static readonly Dictionary<SpaceStatus, SpaceStatus[]> Table = new()
    {
        [SpaceStatus.Idle] = [SpaceStatus.Disposal, SpaceStatus.Listed, SpaceStatus.Reserved],
        [SpaceStatus.Disposal] = [SpaceStatus.Listed, SpaceStatus.Idle],
        [SpaceStatus.Listed] = [SpaceStatus.Reserved, SpaceStatus.Leased, SpaceStatus.Idle],
        [SpaceStatus.Reserved] = [SpaceStatus.Leased, SpaceStatus.Listed],
        [SpaceStatus.Leased] = [SpaceStatus.Listed, SpaceStatus.Idle],
    };

    public static IReadOnlyList<SpaceStatus> Next(SpaceStatus from) => Table[from];

    /// <summary>Why the move is refused, or null when it is allowed. <paramref name="hasTenant"/>: a tenant or a project is named.</summary>
    public static Problem? Check(SpaceStatus from, SpaceStatus to, bool hasTenant)
    {
        var next = Next(from);
        if (!next.Contains(to))
        {
            return Illegal.For("to", SpaceTerms.Status(from), SpaceTerms.Status(to), string.Join(UiLanguage.Pick("、", ", "), next.Select(SpaceTerms.Status)));
        }
        if (to is SpaceStatus.Reserved or SpaceStatus.Leased && !hasTenant)
        {
            return TenantRequired.For("tenantName", SpaceTerms.Status(to));
        }
        return null;
    }

    /// <summary>The statuses a tenant can be offered: 招租, and 闲置 (taken as it is).</summary>
    public static bool IsOffered(SpaceStatus status) => status is SpaceStatus.Listed or SpaceStatus.Idle;
}
