using ParkLens.Core.Common;

namespace ParkLens.Core.Tests.Common;

public sealed class ProvenanceRulesTests
{
    [Theory]
    [InlineData(2026, 12, 1, 2025)]
    [InlineData(2026, 7, 1, 2025)]
    [InlineData(2026, 6, 30, 2024)]
    [InlineData(2026, 1, 15, 2024)]
    public void ExpectedLatestYear_FollowsTheAnnualReportingCycle(int y, int m, int d, int expected) =>
        ProvenanceRules.ExpectedLatestYear(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(expected);

    [Theory]
    [InlineData(2025, false)]
    [InlineData(2024, true)]
    [InlineData(2022, true)]
    public void LatestYear_OlderThanExpected_IsStale(int latest, bool stale) =>
        ProvenanceRules.IsLatestYearStale(latest, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(stale);

    [Fact]
    public void Profile_UntouchedFor400Days_IsStale()
    {
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        ProvenanceRules.IsStale(now.AddDays(-401), now).ShouldBeTrue();
        ProvenanceRules.IsStale(now.AddDays(-399), now).ShouldBeFalse();
    }
}
