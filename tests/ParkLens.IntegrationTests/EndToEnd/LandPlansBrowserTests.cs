using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;
using ParkLens.IntegrationTests.Web;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>评价方案 and 低效用地 in headless Chromium (Debian's); screenshots go to artifacts/screenshots.</summary>
public sealed partial class LandPlansBrowserTests(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<string> _consoleErrors = [];

    [GeneratedRegex("\"Weight\": \\d+")]
    private static partial Regex FirstWeight();

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

    private static async Task ShotAsync(IPage page, string name)
    {
        // The app bar is fixed: from a scrolled page it would land in the middle of a full-page shot.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Files.ArtifactsDirectory, name + ".png"), FullPage = true });
    }

    private static async Task FillAsync(IPage page, string selector, string value)
    {
        await page.Locator(selector).FillAsync(value);
        await page.Locator(selector).PressAsync("Tab");
    }

    [Fact]
    public async Task Administrator_CopiesAScheme_AnInvalidWeightShowsItsPath_ThenSavesAndRevisesItToVersion2()
    {
        var page = await OpenAsync("/land/schemes");
        await page.Locator("[data-testid=schemes]").WaitForAsync(new() { Timeout = 20_000 });
        (await page.Locator("[data-testid=scheme-versions-note]").InnerTextAsync()).ShouldContain("已完成的批次不会改变");
        (await page.Locator("[data-testid=population-above]").InnerTextAsync()).ShouldContain("亩均税收");

        var key = $"browser-{Random.Shared.Next(100_000, 999_999)}";
        await FillAsync(page, "#copy-key", key);
        await page.Locator("[data-testid=copy-scheme]").ClickAsync();
        var editor = page.Locator("#scheme-json");
        await editor.WaitForAsync(new() { Timeout = 10_000 });
        var json = await editor.InputValueAsync();
        json.ShouldContain(key);

        await FillAsync(page, "#scheme-json", FirstWeight().Replace(json, "\"Weight\": -5", 1));
        await page.Locator("[data-testid=save-scheme]").ClickAsync();
        var problem = page.Locator("[data-testid=scheme-problem]");
        await problem.First.WaitForAsync(new() { Timeout = 10_000 });
        (await problem.First.InnerTextAsync()).ShouldContain("$.populations[0].indicators[0].weight");
        (await page.Locator($"[data-testid=scheme-row][data-key={key}]").CountAsync()).ShouldBe(0);

        await FillAsync(page, "#scheme-json", json);
        await FillAsync(page, "#scheme-note", "浏览器测试：复制默认方案");
        await page.Locator("[data-testid=save-scheme]").ClickAsync();
        var row = page.Locator($"[data-testid=scheme-row][data-key={key}]");
        await row.WaitForAsync(new() { Timeout = 10_000 });
        (await row.Locator("[data-testid=scheme-version]").InnerTextAsync()).ShouldBe("v1");

        await page.Locator("[data-testid=revise-scheme]").ClickAsync();
        await editor.WaitForAsync(new() { Timeout = 10_000 });
        (await editor.InputValueAsync()).ShouldContain(key);
        await FillAsync(page, "#scheme-note", "浏览器测试：修订");
        await page.Locator("[data-testid=save-scheme]").ClickAsync();
        await row.Locator("[data-testid=scheme-version]", new() { HasText = "v2" }).WaitForAsync(new() { Timeout = 10_000 });
        (await row.InnerTextAsync()).ShouldContain("浏览器测试：修订");
        (await row.InnerTextAsync()).ShouldContain("全国");
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "65-land-schemes");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task LowEfficiencyLand_OfKunming_ListsPlots_AndTheZoneAdministratorMakesAPlanAndRecordsProgress()
    {
        var zoneId = await LandPlanSetup.ZoneIdAsync(app, "昆明高新区");
        await LandPlanSetup.EnsureRunAsync(app, zoneId);

        var page = await OpenAsync($"/land/low-efficiency?zone={zoneId}", "demo-zone-admin");
        await page.Locator("[data-testid=plots]").WaitForAsync(new() { Timeout = 20_000 });
        (await page.Locator("h4").First.InnerTextAsync()).ShouldContain("昆明高新区");
        int.Parse(await page.Locator("[data-testid=summary-plots]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=run-year]").InnerTextAsync()).ShouldBe(LandPlanSetup.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await page.Locator("[data-testid=reason]").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-testid=no-run]").CountAsync()).ShouldBe(0);

        var target = $"技改后亩均税收翻番{Random.Shared.Next(1000, 9999)}";
        var first = page.Locator("[data-testid=plot-row]").First;
        await first.Locator("[data-testid=plan-open]").ClickAsync();
        await page.Locator("[data-testid=plan-form]").WaitForAsync(new() { Timeout = 10_000 });
        await FillAsync(page, "#plan-target", target);
        await FillAsync(page, "#plan-target-tax", "25");
        await FillAsync(page, "#plan-unit", "经发局");
        await page.Locator("[data-testid=plan-save]").ClickAsync();
        var plan = page.Locator("[data-testid=plan]", new() { HasText = target });
        await plan.WaitForAsync(new() { Timeout = 10_000 });
        (await plan.Locator("[data-testid=plan-status]").InnerTextAsync()).ShouldBe("计划中");
        (await plan.InnerTextAsync()).ShouldContain("技改提升");

        await plan.Locator("[data-testid=progress-open]").ClickAsync();
        await page.Locator("[data-testid=progress-form]").WaitForAsync(new() { Timeout = 10_000 });
        await FillAsync(page, "#progress-note", "已与企业签订技改协议");
        await page.Locator("[data-testid=progress-save]").ClickAsync();
        await plan.Locator("[data-testid=plan-status]", new() { HasText = "推进中" }).WaitForAsync(new() { Timeout = 10_000 });
        (await plan.InnerTextAsync()).ShouldContain("已与企业签订技改协议");
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "66-low-efficiency");
        _consoleErrors.ShouldBeEmpty();
    }
}
