using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>The 亩均效益 evaluation page (/land) in headless Chromium (Debian's); screenshots go to artifacts/screenshots.</summary>
public sealed class LandPagesBrowserTests(WebAppFixture app) : IAsyncLifetime
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

    private async Task<IPage> OpenAsync(string path, string user)
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

    private static async Task ShotAsync(IPage page, string name)
    {
        // From the top: a full-page shot taken scrolled down draws the fixed app bar mid-page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForTimeoutAsync(200);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Files.ArtifactsDirectory, name + ".png"), FullPage = true });
    }

    private static async Task TabAsync(IPage page, string text) =>
        await page.Locator(".mud-tab", new() { HasText = text }).First.ClickAsync();

    [Fact]
    public async Task ZoneAdministrator_ComputesARun_ExpandsARow_TriesAWhatIf_AndPublishes()
    {
        var page = await OpenAsync("/land", "demo-zone-admin");
        await page.Locator("[data-testid=evaluate]").WaitForAsync(new() { Timeout = 20_000 });
        (await page.Locator("h4").First.InnerTextAsync()).ShouldContain("昆明高新区");

        await page.Locator("[data-testid=evaluate]").ClickAsync();
        var status = page.Locator("[data-testid=run-status]");
        // Other tests on the shared database may have published a run of this zone and year: wait for the new draft.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=run-status]')?.innerText?.trim() === '草稿'", null, new() { Timeout = 60_000 });
        (await status.InnerTextAsync()).ShouldBe("草稿");
        await page.Locator("[data-testid=class-chart] canvas").First.WaitForAsync(new() { Timeout = 15_000 });
        var rows = page.Locator("[data-testid=result-row]");
        await rows.First.WaitForAsync(new() { Timeout = 15_000 });
        (await rows.CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=results] [data-testid=class-chip]").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=runs]").InnerTextAsync()).ShouldContain("草稿");
        (await page.Locator("[data-testid=run-counts]").InnerTextAsync()).ShouldContain("已评分");
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "60-land-run");

        await rows.First.ClickAsync();
        var breakdown = page.Locator("[data-testid=breakdown]");
        await breakdown.WaitForAsync(new() { Timeout = 10_000 });
        var text = await breakdown.InnerTextAsync();
        text.ShouldContain("亩均税收");
        text.ShouldContain("万元/亩");
        text.ShouldContain("÷");
        await page.WaitForTimeoutAsync(400);
        await ShotAsync(page, "61-land-breakdown");

        // Firms that cannot be scored are listed with the reason, never with a score.
        await TabAsync(page, "数据不完整");
        await page.Locator("[data-testid=incomplete]").WaitForAsync(new() { Timeout = 10_000 });
        var incomplete = page.Locator("[data-testid=incomplete] tbody tr");
        if (await page.Locator("[data-testid=incomplete] .mud-table-empty-row").CountAsync() == 0 && await incomplete.CountAsync() > 0)
        {
            (await incomplete.First.InnerTextAsync()).ShouldContain("缺少");
        }
        await TabAsync(page, "亩均汇总");
        var aggregates = page.Locator("[data-testid=aggregates]");
        await aggregates.WaitForAsync(new() { Timeout = 10_000 });
        (await aggregates.InnerTextAsync()).ShouldContain("亩均能耗");
        await ShotAsync(page, "63-land-aggregates");
        await TabAsync(page, "方法说明");
        await page.Locator("[data-testid=method-indicators]").WaitForAsync(new() { Timeout = 10_000 });
        (await page.Locator("[data-testid=method-card]").InnerTextAsync()).ShouldContain("四舍五入");
        await ShotAsync(page, "64-land-method");

        await TabAsync(page, "假设分析");
        var weight = page.Locator("#whatif-weight-above-TaxPerMu");
        await weight.WaitForAsync(new() { Timeout = 10_000 });
        await weight.FillAsync("80");
        await weight.PressAsync("Tab");
        await page.Locator("[data-testid=what-if-run]").ClickAsync();
        var changes = page.Locator("[data-testid=what-if-changes]");
        await changes.WaitForAsync(new() { Timeout = 30_000 });
        (await page.Locator("[data-testid=what-if-changes] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await changes.InnerTextAsync()).ShouldContain("亩均税收");
        (await page.Locator("[data-testid=what-if-counts]").InnerTextAsync()).ShouldContain("→");
        await page.WaitForTimeoutAsync(400);
        await ShotAsync(page, "62-land-what-if");

        // An invalid scheme is refused with its problems, not computed.
        await weight.FillAsync("0");
        await weight.PressAsync("Tab");
        await page.Locator("[data-testid=what-if-run]").ClickAsync();
        var problems = page.Locator("[data-testid=what-if-problems]");
        await problems.WaitForAsync(new() { Timeout = 15_000 });
        (await problems.InnerTextAsync()).ShouldContain("权重");

        await page.Locator("[data-testid=publish]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.WaitForAsync(new() { Timeout = 10_000 });
        (await dialog.InnerTextAsync()).ShouldContain("冻结");
        await dialog.Locator("button", new() { HasText = "确定发布" }).ClickAsync();
        await page.Locator("[data-testid=run-status]", new() { HasText = "已发布" }).WaitForAsync(new() { Timeout = 15_000 });
        (await page.Locator("[data-testid=publish]").CountAsync()).ShouldBe(0);
        _consoleErrors.ShouldBeEmpty();
    }
}
