using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>The idle space inventory and the matching page in headless Chromium, on 遂宁高新区's demo inventory.</summary>
public sealed class IdleSpaceBrowserTests(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<string> _consoleErrors = [];

    public async ValueTask InitializeAsync()
    {
        if (app.SkipReason is not null)
        {
            return;
        }
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

    private int Suining()
    {
        if (app.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        using var db = app.OpenDatabase();
        return db.Zones.Single(z => z.ShortName == "遂宁高新区").Id;
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
    public async Task Inventory_ShowsYuanchengsUnits_Vacancy_AndTheOccupancyChart_AndRefusesAnIllegalMove()
    {
        var zone = Suining();
        var page = await OpenAsync($"/land/space?zone={zone}");
        await page.Locator("[data-testid=space-unit]").First.WaitForAsync();
        await page.Locator(".pl-chart canvas").First.WaitForAsync();
        (await page.Locator("[data-testid=space-unit]").CountAsync()).ShouldBe(14);
        (await page.Locator("[data-testid=space-units]").InnerTextAsync()).ShouldContain("远成物流园 A1 仓库");
        await page.WaitForTimeoutAsync(600);
        await ShotAsync(page, "70-idle-space");

        // 闲置 → 已租 is not allowed: the form says what is. (The 4号 plant stays idle in the demo; tests that open units use others.)
        var row = page.Locator("[data-testid=space-unit]", new() { HasText = "闲置厂房 4号" });
        await row.Locator("[data-testid=move-unit]").ClickAsync();
        // No target is preselected: 确定 without one asks for it and moves nothing.
        await page.Locator("[data-testid=move-save]").ClickAsync();
        await page.Locator("[data-testid=problems]", new() { HasText = "请选择新状态" }).WaitForAsync();
        await ChooseMoveTargetAsync(page, "已租");
        await page.Locator("[data-testid=move-save]").ClickAsync();
        // Waits for the answer's text, not for the element: under load the refusal arrives after the element is there.
        await page.Locator("[data-testid=problems]", new() { HasText = "不能从「闲置」变为「已租」" }).WaitForAsync();
        await ShotAsync(page, "74-idle-space-move-refused");

        // A month's letting larger than the building is refused with both figures named, and nothing is recorded.
        await row.Locator("[data-testid=move-unit]").ClickAsync();
        await row.Locator("[data-testid=occupancy-unit]").ClickAsync();
        var form = page.Locator("[data-testid=occupancy-form]");
        await form.WaitForAsync();
        await page.Locator("#occupancy-area").FillAsync("99999999");
        await page.Locator("#occupancy-rent").FillAsync("12");
        await form.Locator("[data-testid=occupancy-save]").ClickAsync();
        await page.Locator("[data-testid=problems]", new() { HasText = "不能大于建筑面积" }).WaitForAsync();
        await ShotAsync(page, "72-idle-space-occupancy-form");

        // The registration form records whether a unit is in a 小微企业园 (its tenant then keeps its own 亩均 evaluation).
        await page.Locator("[data-testid=add-unit]").ClickAsync();
        await page.Locator("[data-testid=unit-form]").WaitForAsync();
        var smallMicro = page.GetByRole(AriaRole.Checkbox, new() { Name = "位于小微企业园" });
        (await smallMicro.IsCheckedAsync()).ShouldBeFalse();
        await smallMicro.CheckAsync();
        (await smallMicro.IsCheckedAsync()).ShouldBeTrue();
        await ShotAsync(page, "73-idle-space-unit-form");
        _consoleErrors.ShouldBeEmpty();
    }

    // Picks a target status in the move form's select. Under load a click on the list can land before the popover
    // takes events, and the select keeps what it had (in stop 15 a preselected legal target, which 确定 then made).
    // So the choice counts only once the select shows it.
    private static async Task ChooseMoveTargetAsync(IPage page, string status)
    {
        var select = page.Locator("[data-testid=move-to]");
        for (var attempt = 1; ; attempt++)
        {
            var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = status });
            if (!await item.IsVisibleAsync())
            {
                await select.ClickAsync();
            }
            await item.ClickAsync();
            try
            {
                await Assertions.Expect(select).ToContainTextAsync(status, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    [Fact]
    public async Task Match_HongmingsNeed_RanksTheIdleFactoryFirst_WithReasons()
    {
        var zone = Suining();
        var page = await OpenAsync($"/land/space/match?zone={zone}&min=10000&max=12000&height=8&load=20&power=1600&fire=Bing");
        await page.Locator("[data-testid=space-match]").First.WaitForAsync();
        // The ranking itself is proven on a clean database (IdleSpaceTests); here other tests on the shared database may
        // have opened more units, so the idle factory need only be among the first two, with its reasons.
        var top = page.Locator("[data-testid=space-match]");
        var firstTwo = await top.First.InnerTextAsync() + await top.Nth(1).InnerTextAsync();
        firstTwo.ShouldContain("遂宁高新区 闲置标准厂房 1号");
        firstTwo.ShouldContain("已在招租");
        await ShotAsync(page, "71-space-match");
        _consoleErrors.ShouldBeEmpty();
    }
}
