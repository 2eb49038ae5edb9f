using System.Globalization;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Rules;

/// <summary>The commitments of an investment agreement, as plain data. Amounts in 万元.</summary>
public sealed record AgreementTerms(
    DateOnly SignedOn, decimal? CommittedInvestment, decimal? LandMu, decimal? InvestmentIntensity, DateOnly? StartBy, DateOnly? ProductionBy,
    DateOnly? FullOutputBy, decimal? AnnualOutput, decimal? AnnualTax, decimal? TaxPerMu, int? OutputFromYear, int? IdleLandMonths, string? Remedies);

/// <summary>What the landed enterprise reported for a year (from the registry's yearly indicators).</summary>
public sealed record DeliveredYear(int Year, decimal? GrossOutput, decimal? Revenue, decimal? Tax, decimal? LandMu);

public enum CommitmentKind
{
    StartDate,
    ProductionDate,
    FullOutputDate,
    IdleLand,
    Investment,
    Intensity,
    AnnualOutput,
    AnnualTax,
    TaxPerMu,
}

public enum CommitmentStatus
{
    Met,
    Pending,
    Breached,
    NoData,
}

/// <summary>One commitment checked: what was promised, what happened, and why the status is what it is.</summary>
public sealed record CommitmentCheck(CommitmentKind Kind, int? Year, CommitmentStatus Status, string Committed, string Actual, string Explanation);

/// <summary>
/// 履约 check of a signed project: each commitment against the project's recorded dates and investment and, from the
/// first output year, against the enterprise's reported yearly figures. Years the enterprise has not reported yet are
/// listed as missing data, never as met or breached.
/// </summary>
public static class AgreementPerformance
{
    public static IReadOnlyList<CommitmentCheck> Check(AgreementTerms terms, ProjectFacts project, IReadOnlyList<DeliveredYear> delivered, DateOnly today, int latestExpectedYear)
    {
        var checks = new List<CommitmentCheck>();
        AddDeadline(checks, CommitmentKind.StartDate, terms.StartBy, project.ReachedOn(ProjectStage.ConstructionStarted), project, today);
        AddDeadline(checks, CommitmentKind.ProductionDate, terms.ProductionBy, project.ReachedOn(ProjectStage.InProduction), project, today);
        AddDeadline(checks, CommitmentKind.FullOutputDate, terms.FullOutputBy, project.ReachedOn(ProjectStage.FullOutput), project, today);
        AddIdleLand(checks, terms, project, today);
        AddInvestment(checks, terms, project, today);
        AddIntensity(checks, terms, project, today);
        AddYearly(checks, terms, delivered, latestExpectedYear);
        return checks;
    }

    private static void AddDeadline(List<CommitmentCheck> checks, CommitmentKind kind, DateOnly? by, DateOnly? reached, ProjectFacts project, DateOnly today)
    {
        if (by is not { } deadline)
        {
            return;
        }
        var committed = Day(deadline);
        if (reached is { } on)
        {
            var late = on.DayNumber - deadline.DayNumber;
            checks.Add(late <= 0
                ? new CommitmentCheck(kind, null, CommitmentStatus.Met, committed, Day(on), UiLanguage.Pick("按期完成", "on time"))
                : new CommitmentCheck(kind, null, CommitmentStatus.Breached, committed, Day(on), UiLanguage.Pick($"逾期 {late} 天完成", $"{late} days late")));
        }
        else if (project.Stage == ProjectStage.Terminated)
        {
            checks.Add(new CommitmentCheck(kind, null, CommitmentStatus.Breached, committed, "—", UiLanguage.Pick("项目已终止，未完成", "the project was terminated before it")));
        }
        else if (today > deadline)
        {
            var late = today.DayNumber - deadline.DayNumber;
            checks.Add(new CommitmentCheck(kind, null, CommitmentStatus.Breached, committed, "—", UiLanguage.Pick($"已逾期 {late} 天，尚未完成", $"{late} days overdue, not reached")));
        }
        else
        {
            checks.Add(new CommitmentCheck(kind, null, CommitmentStatus.Pending, committed, "—", UiLanguage.Pick($"距期限还有 {deadline.DayNumber - today.DayNumber} 天", $"{deadline.DayNumber - today.DayNumber} days left")));
        }
    }

    // 闲置土地: land secured but construction not started within the agreed months.
    private static void AddIdleLand(List<CommitmentCheck> checks, AgreementTerms terms, ProjectFacts project, DateOnly today)
    {
        if (terms.IdleLandMonths is not { } months || project.Route != SpaceRoute.NewBuild || project.ReachedOn(ProjectStage.SiteSecured) is not { } secured)
        {
            return;
        }
        var deadline = secured.AddMonths(months);
        var started = project.ReachedOn(ProjectStage.ConstructionStarted);
        var committed = UiLanguage.Pick($"供地后 {months} 个月内开工（{Day(deadline)} 前）", $"start within {months} months of the land ({Day(deadline)})");
        if (started is { } on)
        {
            checks.Add(on <= deadline
                ? new CommitmentCheck(CommitmentKind.IdleLand, null, CommitmentStatus.Met, committed, Day(on), UiLanguage.Pick("按期开工，土地未闲置", "started in time, the land was not idle"))
                : new CommitmentCheck(CommitmentKind.IdleLand, null, CommitmentStatus.Breached, committed, Day(on), UiLanguage.Pick($"土地闲置 {on.DayNumber - secured.DayNumber} 天后才开工", $"the land lay idle {on.DayNumber - secured.DayNumber} days before work started")));
        }
        else if (today > deadline)
        {
            checks.Add(new CommitmentCheck(CommitmentKind.IdleLand, null, CommitmentStatus.Breached, committed, "—",
                UiLanguage.Pick($"供地 {today.DayNumber - secured.DayNumber} 天仍未开工，构成土地闲置", $"no construction {today.DayNumber - secured.DayNumber} days after the land was secured: idle land")));
        }
        else
        {
            checks.Add(new CommitmentCheck(CommitmentKind.IdleLand, null, CommitmentStatus.Pending, committed, "—", UiLanguage.Pick("尚在约定开工期内", "still within the agreed period")));
        }
    }

    private static void AddInvestment(List<CommitmentCheck> checks, AgreementTerms terms, ProjectFacts project, DateOnly today)
    {
        if (terms.CommittedInvestment is not { } committed)
        {
            return;
        }
        var completed = project.CompletedTotal;
        var text = Amount(committed);
        var deadline = terms.FullOutputBy ?? terms.ProductionBy;
        if (completed >= committed)
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Investment, null, CommitmentStatus.Met, text, Amount(completed), UiLanguage.Pick("累计完成投资已达约定", "completed investment has reached the commitment")));
        }
        else if (deadline is { } by && today > by)
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Investment, null, CommitmentStatus.Breached, text, Amount(completed),
                UiLanguage.Pick($"期限 {Day(by)} 已过，累计完成 {Percent(completed / committed)}", $"deadline {Day(by)} passed with {Percent(completed / committed)} completed")));
        }
        else
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Investment, null, CommitmentStatus.Pending, text, Amount(completed),
                UiLanguage.Pick($"累计完成 {Percent(committed == 0 ? 1 : completed / committed)}", $"{Percent(committed == 0 ? 1 : completed / committed)} completed so far")));
        }
    }

    // 投资强度 is judged once the plant produces (竣工验收 practice): completed investment over the agreed land.
    private static void AddIntensity(List<CommitmentCheck> checks, AgreementTerms terms, ProjectFacts project, DateOnly today)
    {
        if (terms.InvestmentIntensity is not { } committed || terms.LandMu is not { } mu || mu <= 0)
        {
            return;
        }
        var actual = Math.Round(project.CompletedTotal / mu, 2);
        var text = UiLanguage.Pick($"{Number(committed)} 万元/亩", $"{Number(committed)} 10k yuan/mu");
        var actualText = UiLanguage.Pick($"{Number(actual)} 万元/亩", $"{Number(actual)} 10k yuan/mu");
        var producing = ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.InProduction);
        var deadlinePassed = terms.ProductionBy is { } by && today > by;
        if (actual >= committed)
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Intensity, null, CommitmentStatus.Met, text, actualText, UiLanguage.Pick($"完成投资 ÷ {Number(mu)} 亩", $"completed investment ÷ {Number(mu)} mu")));
        }
        else if (producing || deadlinePassed)
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Intensity, null, CommitmentStatus.Breached, text, actualText,
                UiLanguage.Pick($"完成投资 ÷ {Number(mu)} 亩，低于约定强度", $"completed investment ÷ {Number(mu)} mu is below the committed intensity")));
        }
        else
        {
            checks.Add(new CommitmentCheck(CommitmentKind.Intensity, null, CommitmentStatus.Pending, text, actualText, UiLanguage.Pick("投产时考核", "judged when production starts")));
        }
    }

    private static void AddYearly(List<CommitmentCheck> checks, AgreementTerms terms, IReadOnlyList<DeliveredYear> delivered, int latestExpectedYear)
    {
        if (terms.OutputFromYear is not { } from || (terms.AnnualOutput is null && terms.AnnualTax is null && terms.TaxPerMu is null))
        {
            return;
        }
        var byYear = delivered.ToDictionary(d => d.Year);
        var last = Math.Max(latestExpectedYear, delivered.Count == 0 ? from : delivered.Max(d => d.Year));
        for (var year = from; year <= last; year++)
        {
            var figures = byYear.GetValueOrDefault(year);
            if (terms.AnnualOutput is { } output)
            {
                var actual = figures?.GrossOutput ?? figures?.Revenue;
                var basis = figures?.GrossOutput is not null ? UiLanguage.Pick("工业总产值", "gross output") : UiLanguage.Pick("营业收入（未报产值）", "revenue (no output reported)");
                checks.Add(Yearly(CommitmentKind.AnnualOutput, year, Amount(output), actual, output, basis));
            }
            if (terms.AnnualTax is { } tax)
            {
                checks.Add(Yearly(CommitmentKind.AnnualTax, year, Amount(tax), figures?.Tax, tax, UiLanguage.Pick("税收", "tax")));
            }
            if (terms.TaxPerMu is { } perMu)
            {
                var mu = figures?.LandMu ?? terms.LandMu;
                decimal? actual = figures?.Tax is { } t && mu is > 0 ? Math.Round(t / mu.Value, 2) : null;
                var basis = UiLanguage.Pick($"税收 ÷ {Number(mu ?? 0)} 亩", $"tax ÷ {Number(mu ?? 0)} mu");
                checks.Add(Yearly(CommitmentKind.TaxPerMu, year, UiLanguage.Pick($"{Number(perMu)} 万元/亩", $"{Number(perMu)} 10k yuan/mu"), actual, perMu, basis,
                    actual is null ? null : UiLanguage.Pick($"{Number(actual.Value)} 万元/亩", $"{Number(actual.Value)} 10k yuan/mu")));
            }
        }
    }

    private static CommitmentCheck Yearly(CommitmentKind kind, int year, string committedText, decimal? actual, decimal committed, string basis, string? actualText = null)
    {
        if (actual is not { } value)
        {
            return new CommitmentCheck(kind, year, CommitmentStatus.NoData, committedText, "—",
                UiLanguage.Pick($"企业尚未报送 {year} 年数据", $"the enterprise has not reported {year}"));
        }
        var text = actualText ?? Amount(value);
        return value >= committed
            ? new CommitmentCheck(kind, year, CommitmentStatus.Met, committedText, text, UiLanguage.Pick($"{basis}达到约定", $"{basis} meets the commitment"))
            : new CommitmentCheck(kind, year, CommitmentStatus.Breached, committedText, text,
                UiLanguage.Pick($"{basis}为约定的 {Percent(value / committed)}", $"{basis} is {Percent(value / committed)} of the commitment"));
    }

    internal static string Amount(decimal wan) => UiLanguage.Pick($"{Number(wan)} 万元", $"{Number(wan)} 10k yuan");

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal ratio) => ratio.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
