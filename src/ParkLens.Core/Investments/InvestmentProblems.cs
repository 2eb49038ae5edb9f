using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;

namespace ParkLens.Core.Investments;

/// <summary>The refusal rules the pipeline's commands share, and who may write.</summary>
internal static class InvestmentProblems
{
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "您的角色不能办理项目库事项", "your role may not manage investment projects");
    public static readonly ProblemRule NotReadable = new(Problem.NotPermitted, "您的角色不能查看项目库", "your role may not read the project pipeline");
    public static readonly ProblemRule NoProject = new("no-project", "项目 {0} 不存在或不在您的数据范围内", "project {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoZone = new("no-zone", "园区 {0} 不存在或不在您的数据范围内", "zone {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoSubPark = new("no-sub-park", "园区中没有子园区 {0}", "the zone has no sub-park {0}");
    public static readonly ProblemRule NoEnterprise = new("no-enterprise", "企业 {0} 不存在或不属于该园区", "enterprise {0} does not exist or is not in this zone");
    public static readonly ProblemRule Required = new("required", "必填", "is required");
    public static readonly ProblemRule TooLong = new("too-long", "不能超过 {0} 个字符", "may not exceed {0} characters");
    public static readonly ProblemRule Negative = new("negative", "不能为负数", "may not be negative");
    public static readonly ProblemRule PartExceedsWhole = new("part-exceeds-whole", "{0}（{1}）不能大于{2}（{3}）", "{0} ({1}) may not exceed {2} ({3})");
    public static readonly ProblemRule DuplicateName = new("duplicate-name", "园区已有同名项目「{0}」", "the zone already has a project named {0}");
    public static readonly ProblemRule Currency = new("currency", "币种应为 3 位 ISO 4217 代码（如 USD）", "the currency must be a 3-letter ISO 4217 code (e.g. USD)");
    public static readonly ProblemRule CurrencyWithoutAmount = new("currency-without-amount", "填写了外资币种但没有外资金额", "a foreign currency without a foreign investment amount");
    public static readonly ProblemRule YearRange = new("year-range", "年份 {0} 超出范围（2000—{1}）", "year {0} is out of range (2000–{1})");
    public static readonly ProblemRule MonthRange = new("month-range", "月份应为 1—12", "the month must be 1–12");
    public static readonly ProblemRule FutureMonth = new("future-month", "{0} 年 {1} 月尚未结束，不能填报完成投资", "{0}-{1:00} is not over yet; completed investment cannot be reported");
    public static readonly ProblemRule ScoreRange = new("score-range", "评分应在 0—100 之间", "the score must be between 0 and 100");
    public static readonly ProblemRule DateInFuture = new("date-future", "日期 {0} 晚于今天", "date {0} is in the future");
    public static readonly ProblemRule UnknownChain = new("unknown-chain", "「{0}」不是产业链图谱中的链或环节", "{0} is not a chain or segment of the chain atlas");
    public static readonly ProblemRule DeadlineOrder = new("deadline-order", "{0} 不能早于 {1}", "{0} may not be before {1}");
    public static readonly ProblemRule NotSigned = new("not-signed", "项目尚未签约，不能登记投资协议", "the project has not been signed; an agreement cannot be recorded");
    public static readonly ProblemRule GroupStartProject = new("group-start-project", "项目「{0}」的开工日期是 {1}，不是集中开工日 {2}", "project {0} started on {1}, not on the group start day {2}");
    public static readonly ProblemRule GroupStartOtherZone = new("group-start-zone", "项目 {0} 不属于该园区", "project {0} is not in this zone");
    public static readonly ProblemRule NotApplicableStage = new("stage-not-applicable", "「{0}」不适用于{1}项目", "{0} does not apply to a project on {1}");

    /// <summary>Writes need a pipeline role and a whole zone: a sub-park's or an enterprise's user only reads.</summary>
    public static bool CanWrite(ICurrentActor actor) => WritePermissions.CanManageProjects(actor.Role) && actor.Scope.EnterpriseIds is null;

    public static bool CanRead(ICurrentActor actor) => WritePermissions.CanSeeProjects(actor.Role);

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

    public static void CheckAmount(this List<Problem> problems, string field, decimal? value)
    {
        if (value is < 0)
        {
            problems.Add(Negative.For(field));
        }
    }

    public static void CheckYear(this List<Problem> problems, string field, int year, TimeProvider clock)
    {
        var max = clock.GetUtcNow().Year + 10;
        if (year < 2000 || year > max)
        {
            problems.Add(YearRange.For(field, year, max));
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
