using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers;

/// <summary>The refusal rules every tier command shares, and the checks that add them to a command's problems.</summary>
internal static class TierProblems
{
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "您的角色不能办理企业梯次培育事项", "your role may not do tier work");
    public static readonly ProblemRule NoEnterprise = new("no-enterprise", "企业 {0} 不存在或不在您的数据范围内", "enterprise {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoApplication = new("no-application", "申报记录 {0} 不存在或不在您的数据范围内", "application {0} does not exist or is outside your scope");
    public static readonly ProblemRule NotCertifiable = new("not-certifiable", "「{0}」不是可申报的梯次", "{0} is not a tier one applies for");
    public static readonly ProblemRule YearRange = new("year-range", "年份 {0} 超出范围（2000—{1}）", "year {0} is out of range (2000–{1})");
    public static readonly ProblemRule Required = new("required", "必填", "is required");
    public static readonly ProblemRule TooLong = new("too-long", "不能超过 {0} 个字符", "may not exceed {0} characters");
    public static readonly ProblemRule OpenApplicationExists = new("open-application", "该企业 {0} 年已有未办结的「{1}」申报（编号 {2}）", "the enterprise already has an open {1} application for {0} (no. {2})");
    public static readonly ProblemRule NoZone = new("no-zone", "园区 {0} 不存在或不在您的数据范围内", "zone {0} does not exist or is outside your scope");
    public static readonly ProblemRule Positive = new("positive", "应为正整数", "must be a positive whole number");
    public static readonly ProblemRule ValidityOrder = new("validity-order", "有效期止 {0} 早于有效期起 {1}", "valid until {0} is before valid from {1}");

    public static void CheckYear(this List<Problem> problems, string field, int year, TimeProvider clock)
    {
        var max = clock.GetUtcNow().Year + 1;
        if (year < 2000 || year > max)
        {
            problems.Add(YearRange.For(field, year, max));
        }
    }

    public static void CheckCertifiable(this List<Problem> problems, Tier tier)
    {
        if (!TierTerms.IsCertifiable(tier))
        {
            problems.Add(NotCertifiable.For("tier", tier));
        }
    }

    public static void CheckNotFuture(this List<Problem> problems, string field, DateOnly day, TimeProvider clock)
    {
        if (day > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            problems.Add(ApplicationTransitions.DateInFuture.For(field, day));
        }
    }

    public static void CheckText(this List<Problem> problems, string field, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(Required.For(field));
            }
        }
        else if (value.Length > maxLength)
        {
            problems.Add(TooLong.For(field, maxLength));
        }
    }
}
