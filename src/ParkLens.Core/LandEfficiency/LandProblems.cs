using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency;

internal static class LandProblems
{
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "您的角色不能开展亩均效益评价", "your role may not run land-efficiency evaluations");
    public static readonly ProblemRule NoZone = new("no-zone", "园区 {0} 不存在或不在您的数据范围内", "zone {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoRun = new("no-run", "评价批次 {0} 不存在或不在您的数据范围内", "evaluation run {0} does not exist or is outside your scope");
    public static readonly ProblemRule NoScheme = new("no-scheme", "没有评价方案「{0}」", "there is no scheme {0}");
    public static readonly ProblemRule YearRange = new("year-range", "年份 {0} 超出范围（2000—{1}）", "year {0} is out of range (2000–{1})");
    public static readonly ProblemRule NotDraft = new("not-draft", "批次 {0} 已{1}，数字不再改变；更正请重新计算生成新版本", "run {0} is {1}; its numbers no longer change — recompute to make a correction");
    public static readonly ProblemRule NothingScored = new("nothing-scored", "{0} 年没有可评分的企业（{1} 家不完整，{2} 家不在范围内）", "no enterprise can be scored for {0} ({1} incomplete, {2} out of scope)");

    /// <summary>规模以上工业: 年主营业务收入 2000 万元及以上 (国家统计局, 2011 起).</summary>
    public const decimal AboveScaleRevenue = 2000m;

    public static bool CanWrite(ICurrentActor actor) => WritePermissions.CanEvaluateLand(actor.Role) && actor.Scope.EnterpriseIds is null;

    public static bool CanRead(ICurrentActor actor) => actor.Role is not (AccessRole.Anonymous or AccessRole.EnterpriseUser);

    public static EvaluationInput ToInput(LandFigures f) => new(
        f.EnterpriseId, f.ZoneId, f.SubParkId, f.Name, f.IndustryCode, f.Revenue >= AboveScaleRevenue, f.FoundedOn, f.LandMu, f.Tax, f.ValueAdded,
        f.Revenue, f.EnergyTce, null, f.Employees, f.RdExpense, f.IsSynthetic);
}
