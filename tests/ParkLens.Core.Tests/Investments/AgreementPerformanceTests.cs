using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;
using static ParkLens.Core.Tests.Investments.ProjectFactsBuilder;

namespace ParkLens.Core.Tests.Investments;

/// <summary>
/// Worked example on 长通智能制造产业基地's published figures (189 亩, 5.8亿元 = 58,000 万元), with agreement terms made up for
/// the test: intensity 300 万元/亩, start within 6 months, production by 2021-06-30, 亩均税收 8 万元 from 2022.
/// </summary>
public sealed class AgreementPerformanceTests
{
    private static readonly AgreementTerms Terms = new(
        SignedOn: new(2019, 12, 1), CommittedInvestment: 58000, LandMu: 189, InvestmentIntensity: 300, StartBy: new(2020, 6, 1),
        ProductionBy: new(2021, 6, 30), FullOutputBy: new(2022, 12, 31), AnnualOutput: null, AnnualTax: null, TaxPerMu: 8, OutputFromYear: 2022,
        IdleLandMonths: 24, Remedies: "无偿收回");

    private static ProjectFacts Changtong(decimal completed, params StageChangeFact[] history) =>
        Project(1, history.Length == 0 ? ProjectStage.SiteSecured : history[^1].To, total: 58000, history: history,
            months: [new(2020, 12, completed)]);

    [Fact]
    public void Dates_investment_intensity_and_tax_per_mu_are_each_checked()
    {
        var project = Changtong(50000,
            Step(ProjectStage.Registered, ProjectStage.SiteSecured, 2020, 1, 10),
            Step(ProjectStage.SiteSecured, ProjectStage.ConstructionStarted, 2020, 3, 12),
            Step(ProjectStage.Completed, ProjectStage.InProduction, 2021, 8, 1));
        DeliveredYear[] delivered = [new(2022, 41000, 40000, 1701, 189), new(2023, 45000, 44000, 1400, 189)];

        var checks = AgreementPerformance.Check(Terms, project, delivered, new DateOnly(2024, 9, 1), latestExpectedYear: 2024)
            .ToDictionary(c => (c.Kind, c.Year));

        checks[(CommitmentKind.StartDate, null)].Status.ShouldBe(CommitmentStatus.Met); // 12 March 2020, before 1 June
        checks[(CommitmentKind.ProductionDate, null)].Status.ShouldBe(CommitmentStatus.Breached); // 32 days late
        checks[(CommitmentKind.ProductionDate, null)].Explanation.ShouldContain("32");
        checks[(CommitmentKind.IdleLand, null)].Status.ShouldBe(CommitmentStatus.Met); // started 62 days after the land
        checks[(CommitmentKind.Investment, null)].Status.ShouldBe(CommitmentStatus.Breached); // 50,000 of 58,000 after 2022-12-31
        // 50,000 万元 ÷ 189 亩 = 264.55 万元/亩 < 300, judged because it produces.
        checks[(CommitmentKind.Intensity, null)].Status.ShouldBe(CommitmentStatus.Breached);
        checks[(CommitmentKind.Intensity, null)].Actual.ShouldContain("264.55");
        // 1,701 ÷ 189 = 9.00 ≥ 8 in 2022; 1,400 ÷ 189 = 7.41 < 8 in 2023; 2024 not reported yet.
        checks[(CommitmentKind.TaxPerMu, 2022)].Status.ShouldBe(CommitmentStatus.Met);
        checks[(CommitmentKind.TaxPerMu, 2023)].Status.ShouldBe(CommitmentStatus.Breached);
        checks[(CommitmentKind.TaxPerMu, 2023)].Actual.ShouldContain("7.41");
        checks[(CommitmentKind.TaxPerMu, 2024)].Status.ShouldBe(CommitmentStatus.NoData);
    }

    [Fact]
    public void Land_left_unbuilt_past_the_agreed_months_is_idle_land()
    {
        var project = Changtong(0, Step(ProjectStage.Registered, ProjectStage.SiteSecured, 2020, 1, 10));

        var checks = AgreementPerformance.Check(Terms, project, [], new DateOnly(2022, 3, 1), 2021).ToDictionary(c => c.Kind);

        checks[CommitmentKind.IdleLand].Status.ShouldBe(CommitmentStatus.Breached);
        checks[CommitmentKind.StartDate].Status.ShouldBe(CommitmentStatus.Breached);
        checks[CommitmentKind.Intensity].Status.ShouldBe(CommitmentStatus.Breached); // production deadline passed
    }

    [Fact]
    public void Before_the_deadlines_commitments_are_pending_not_breached()
    {
        var project = Changtong(0, Step(ProjectStage.Registered, ProjectStage.SiteSecured, 2020, 1, 10));

        var checks = AgreementPerformance.Check(Terms, project, [], new DateOnly(2020, 2, 1), 2018);

        checks.ShouldAllBe(c => c.Status == CommitmentStatus.Pending || c.Status == CommitmentStatus.NoData);
        checks.Where(c => c.Kind == CommitmentKind.TaxPerMu).ShouldAllBe(c => c.Status == CommitmentStatus.NoData);
    }

    [Fact]
    public void A_breach_becomes_an_alert_carrying_the_agreements_remedies()
    {
        var project = Changtong(0, Step(ProjectStage.Registered, ProjectStage.SiteSecured, 2020, 1, 10));
        var checks = AgreementPerformance.Check(Terms, project, [], new DateOnly(2022, 3, 1), 2021);

        var alerts = ProjectAlerts.Of([project], new Dictionary<int, IReadOnlyList<CommitmentCheck>> { [1] = checks },
            new Dictionary<int, string?> { [1] = "无偿收回" }, new DateOnly(2022, 3, 1));

        alerts.Where(a => a.Kind == AlertKind.Breach).ShouldNotBeEmpty();
        alerts.Where(a => a.Kind == AlertKind.Breach).ShouldAllBe(a => a.Remedies == "无偿收回");
    }
}
