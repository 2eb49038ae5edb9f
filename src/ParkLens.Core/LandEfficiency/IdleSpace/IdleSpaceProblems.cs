using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;

namespace ParkLens.Core.LandEfficiency.IdleSpace;

/// <summary>The refusal rules the inventory's commands share, and who may write: 经发局 keeps the inventory, 招商局 reserves space for its projects.</summary>
internal static class IdleSpaceProblems
{
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "您的角色不能管理闲置空间", "your role may not manage idle space");
    public static readonly ProblemRule NoZone = new("no-zone", "园区 {0} 不存在或不在您的数据范围内", "zone {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoUnit = new("no-unit", "闲置空间 {0} 不存在或不在您的数据范围内", "space unit {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoSubPark = new("no-sub-park", "园区中没有子园区 {0}", "the zone has no sub-park {0}");
    public static readonly ProblemRule NoEnterprise = new("no-enterprise", "企业 {0} 不存在或不属于该园区", "enterprise {0} does not exist or is not in this zone");
    public static readonly ProblemRule NoProject = new("no-project", "项目 {0} 不存在或不属于该园区", "project {0} does not exist or is not in this zone");
    public static readonly ProblemRule Required = new("required", "必填", "is required");
    public static readonly ProblemRule TooLong = new("too-long", "不能超过 {0} 个字符", "may not exceed {0} characters");
    public static readonly ProblemRule Positive = new("positive", "应大于 0", "must be greater than 0");
    public static readonly ProblemRule Negative = new("negative", "不能为负数", "may not be negative");
    public static readonly ProblemRule VacantExceedsFloor = new("part-exceeds-whole", "空置面积（{0}）不能大于建筑面积（{1}）", "the vacant area ({0}) may not exceed the floor area ({1})");
    public static readonly ProblemRule DuplicateName = new("duplicate-name", "园区已有同名空间「{0}」", "the zone already has a space unit named {0}");
    public static readonly ProblemRule MonthRange = new("month-range", "月份应为 1—12", "the month must be 1–12");
    public static readonly ProblemRule FutureMonth = new("future-month", "{0} 年 {1} 月尚未开始", "{0}-{1:00} has not begun");
    public static readonly ProblemRule OccupiedExceedsFloor = new("part-exceeds-whole", "出租面积（{0}）不能大于建筑面积（{1}）", "the occupied area ({0}) may not exceed the floor area ({1})");
    public static readonly ProblemRule AreaRange = new("area-range", "面积下限不能大于上限", "the minimum area may not exceed the maximum");

    public static bool CanWrite(ICurrentActor actor) =>
        actor.Role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator or AccessRole.EconomyStaff or AccessRole.InvestmentStaff
        && actor.Scope.EnterpriseIds is null;

    public static bool CanRead(ICurrentActor actor) => actor.Role is not (AccessRole.Anonymous or AccessRole.EnterpriseUser);

    public static void CheckText(this List<Problem> problems, string field, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(Required.For(field));
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(TooLong.For(field, maxLength));
        }
    }

    public static void CheckNotNegative(this List<Problem> problems, string field, decimal? value)
    {
        if (value is < 0)
        {
            problems.Add(Negative.For(field));
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
