using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>The pipeline's report pages (例会, 投资完成, 指标公示, 预警, 集中开工, 甘特图) in headless Chromium, as users who can see the demo pipeline.</summary>
public sealed class ProjectReportsBrowserTests(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<string> _consoleErrors = [];

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    private async Task<IPage> OpenAsync(string path, string user = "admin")
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1440, Height = 1000 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                _consoleErrors.Add(m.Text);
            }
        };
        await page.GotoAsync(path);
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync(app.PasswordOf(user));
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 20_000 });
        return page;
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Files.ArtifactsDirectory, name + ".png"), FullPage = true });

    [Fact]
    public async Task MeetingReport_OfTheLastWeek_ShowsItsSectionsAndNextMonthsForecast()
    {
        var page = await OpenAsync("/projects/report", "demo-zone-admin");
        await page.Locator("[data-testid=forecast]").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "50-projects-report");

        var range = await page.Locator("[data-testid=report-range]").InnerTextAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        range.ShouldContain(today.AddDays(-6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        range.ShouldContain(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var body = await page.Locator("body").InnerTextAsync();
        foreach (var section in new[] { "新增项目", "阶段变化", "逾期节点", "停滞项目", "项目预报" })
        {
            body.ShouldContain(section);
        }
        (await page.Locator("[data-testid=print]").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("[data-testid=stalled] tbody tr, [data-testid=overdue] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task InvestmentRollup_ByZone_ShowsPlannedCompletedAndRate_WithAChart()
    {
        var year = DateTime.UtcNow.Year;
        var page = await OpenAsync($"/projects/investment?year={year}&by=Zone");
        await page.Locator("[data-testid=rollup]").WaitForAsync();
        await page.Locator("canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "51-projects-investment");

        var table = await page.Locator("[data-testid=rollup]").InnerTextAsync();
        table.ShouldContain("完成率");
        table.ShouldContain("合计");
        table.ShouldContain("%");
        (await page.Locator("[data-testid=rollup] tbody tr").CountAsync()).ShouldBeGreaterThan(2);
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rankings_ListCommissionersAndDepartments_Ranked()
    {
        var page = await OpenAsync("/projects/rankings", "demo-zone-admin");
        await page.Locator("[data-testid=commissioners]").WaitForAsync();
        await page.WaitForTimeoutAsync(300);
        await ShotAsync(page, "52-projects-rankings");

        var commissioners = await page.Locator("[data-testid=commissioners]").InnerTextAsync();
        commissioners.ShouldContain("名次");
        commissioners.ShouldContain("签约投资");
        commissioners.ShouldContain("评议均分");
        (await page.Locator("[data-testid=commissioners] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=departments] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Alerts_AreGroupedPerCommissioner()
    {
        var page = await OpenAsync("/projects/alerts", "demo-zone-admin");
        await page.Locator("[data-testid=alert-kpis]").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "53-projects-alerts");

        (await page.Locator("[data-testid=digest-commissioner]").CountAsync()).ShouldBeGreaterThan(0);
        var body = await page.Locator("body").InnerTextAsync();
        body.ShouldContain("预警总数");
        (await page.Locator("[data-testid=alert-Breach]").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=remedies]").First.InnerTextAsync()).ShouldContain("协议约定的处置措施");
        body.ShouldNotContain("苏州");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task GroupStarts_OfXiamen_ComputeTheAnnouncedTotals()
    {
        var page = await OpenAsync("/projects/group-starts");
        await page.Locator("[data-testid=group-start]").First.WaitForAsync();
        await page.WaitForTimeoutAsync(300);
        await ShotAsync(page, "54-projects-group-starts");

        var xiamen = page.Locator("[data-testid=group-start]").Filter(new() { HasText = "厦门火炬高新区" }).First;
        var totals = await xiamen.Locator("[data-testid=totals]").InnerTextAsync();
        totals.ShouldContain("510.2亿元");
        totals.ShouldContain("76.9亿元");
        totals.ShouldContain("一致");
        (await xiamen.Locator("[data-testid=group-projects] tbody tr").CountAsync()).ShouldBe(7);
        (await xiamen.Locator("[data-testid=source]").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Timeline_DrawsTheGantt()
    {
        var page = await OpenAsync("/projects/timeline", "demo-zone-admin");
        await page.Locator("[data-testid=gantt] canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "55-projects-timeline");

        (await page.Locator("[data-testid=gantt]").InnerTextAsync()).ShouldContain("个项目");
        _consoleErrors.ShouldBeEmpty();
    }
}
