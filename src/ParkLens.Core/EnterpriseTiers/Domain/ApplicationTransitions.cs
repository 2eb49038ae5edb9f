using ParkLens.Core.Common;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>申报 → 受理 → 公示 → 认定, with 未通过 possible at any open step; 认定 and 未通过 are final.</summary>
public static class ApplicationTransitions
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Allowed = new Dictionary<ApplicationStatus, ApplicationStatus[]>
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Accepted, ApplicationStatus.Rejected],
        [ApplicationStatus.Accepted] = [ApplicationStatus.Publicized, ApplicationStatus.Rejected],
        [ApplicationStatus.Publicized] = [ApplicationStatus.Certified, ApplicationStatus.Rejected],
        [ApplicationStatus.Certified] = [],
        [ApplicationStatus.Rejected] = [],
    };

    public static readonly ProblemRule Illegal = new("illegal-transition",
        "申报状态不能从「{0}」变为「{1}」（允许：{2}）", "an application cannot go from {0} to {1} (allowed: {2})");

    public static readonly ProblemRule DateBeforePrevious = new("date-order",
        "日期 {0} 早于上一步的日期 {1}", "date {0} is before the previous step's date {1}");

    public static readonly ProblemRule DateInFuture = new("date-future", "日期 {0} 晚于今天", "date {0} is in the future");

    public static IReadOnlyList<ApplicationStatus> Next(ApplicationStatus from) => Allowed[from];

    public static Problem? Check(ApplicationStatus from, ApplicationStatus to)
    {
        var next = Allowed[from];
        if (next.Contains(to))
        {
            return null;
        }
        var name = (ApplicationStatus s) => UiLanguage.Pick(TierTerms.Statuses[s].Zh, TierTerms.Statuses[s].En);
        return Illegal.For("status", name(from), name(to),
            next.Length == 0 ? UiLanguage.Pick("无，已办结", "none, it is closed") : string.Join(UiLanguage.Pick("、", ", "), next.Select(name)));
    }

    /// <summary>The date of the latest step the application has reached.</summary>
    internal static DateOnly LastStepDate(TierApplication a) => a.DecidedOn ?? a.PublicizedOn ?? a.AcceptedOn ?? a.SubmittedOn;
}
