using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>The project pipeline's pages (项目库) in headless Chromium (Debian's); screenshots go to artifacts/screenshots.</summary>
public sealed class ProjectPagesBrowserTests(WebAppFixture app) : IAsyncLifetime
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

    private async Task<int> ZoneIdAsync(string shortName)
    {
        using var client = app.CreateClient();
        var zones = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones");
        return zones.EnumerateArray().Single(z => z.GetProperty("shortName").GetString() == shortName).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Board_OfXiamen_ShowsTheFunnelAndTheTianmaProject_ThenItsPage()
    {
        var page = await OpenAsync($"/projects?zone={await ZoneIdAsync("厦门火炬高新区")}");

        var board = page.Locator("[data-testid=board]");
        await board.WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("[data-testid=funnel] canvas").First.WaitForAsync();
        var tianma = page.Locator("[data-testid=project-card]", new() { HasText = "天马第6代柔性AMOLED生产线项目" });
        if (await tianma.CountAsync() == 0)
        {
            // The column holding it may be collapsed: search narrows the board to it.
            await page.Locator("#project-search").FillAsync("天马");
            await tianma.First.WaitForAsync(new() { Timeout = 10_000 });
        }
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "40-projects-board");

        (await page.Locator("[data-testid=pipeline-total]").InnerTextAsync()).ShouldContain("个项目");
        (await page.Locator("[data-testid=funnel-table]").InnerTextAsync()).ShouldContain("达产");
        (await page.Locator("[data-testid=column-Lead]").CountAsync()).ShouldBe(1);
        (await page.Locator("[data-testid=column-Terminated]").CountAsync()).ShouldBe(1);

        await tianma.First.ClickAsync();
        await page.Locator("[data-testid=project-name]").WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(600);
        await ShotAsync(page, "42-project-tianma");
        (await page.Locator("[data-testid=project-name]").InnerTextAsync()).ShouldContain("天马第6代柔性AMOLED生产线项目");
        (await page.Locator("[data-testid=history]").InnerTextAsync()).ShouldContain("→");
        (await page.Locator("[data-testid=fields]").InnerTextAsync()).ShouldContain("亿元");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ZoneAdministrator_CreatesAProject_AndMovesItFromLeadToNegotiating()
    {
        var page = await OpenAsync("/projects", "demo-zone-admin");
        await page.Locator("[data-testid=board]").WaitForAsync(new() { Timeout = 20_000 });
        (await page.Locator("h4").First.InnerTextAsync()).ShouldContain("昆明高新区");

        var name = $"浏览器测试项目{Random.Shared.Next(100_000, 999_999)}";
        await page.Locator("[data-testid=new-project]").ClickAsync();
        await page.Locator("#new-name").FillAsync(name);
        await page.Locator("#new-name").PressAsync("Tab");
        await page.Locator("#new-investor").FillAsync("测试投资有限公司");
        await page.Locator("#new-investor").PressAsync("Tab");
        await page.Locator("#new-total").FillAsync("12000");
        await page.Locator("#new-total").PressAsync("Tab");
        await page.Locator("[data-testid=new-project-save]").ClickAsync();

        var stage = page.Locator("[data-testid=stage]");
        await stage.WaitForAsync(new() { Timeout = 15_000 });
        (await page.Locator("[data-testid=project-name]").InnerTextAsync()).ShouldBe(name);
        (await stage.InnerTextAsync()).ShouldBe("线索");
        // Only the legal moves are offered: the next main-line stage, 暂停 and 终止.
        (await page.Locator("[data-testid=advance-Negotiating]").CountAsync()).ShouldBe(1);
        (await page.Locator("[data-testid=advance-Contracted]").CountAsync()).ShouldBe(0);
        (await page.Locator("[data-testid=advance-Suspended]").CountAsync()).ShouldBe(1);

        await page.Locator("[data-testid=advance-Negotiating]").ClickAsync();
        await page.Locator("#advance-document").FillAsync("洽谈纪要 2025-01");
        await page.Locator("#advance-document").PressAsync("Tab");
        await page.Locator("[data-testid=advance-confirm]").ClickAsync();
        await page.Locator("[data-testid=history]", new() { HasText = "线索 → 洽谈" }).WaitForAsync(new() { Timeout = 15_000 });
        (await stage.InnerTextAsync()).ShouldBe("洽谈");
        (await page.Locator("[data-testid=advance-Contracted]").CountAsync()).ShouldBe(1);
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "41-project-page");

        (await page.Locator("[data-testid=history]").InnerTextAsync()).ShouldContain("洽谈纪要");
        (await page.Locator("[data-testid=fields]").InnerTextAsync()).ShouldContain("1.20 亿元");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ZoneAdministrator_EditsAProject_RefusedWhenFixedAssetsExceedTheTotal_ThenSaved()
    {
        var page = await OpenAsync("/projects", "demo-zone-admin");
        await page.Locator("[data-testid=board]").WaitForAsync(new() { Timeout = 20_000 });

        // A project of its own, so the seeded ones stay as the other tests expect them.
        var name = $"编辑测试项目{Random.Shared.Next(100_000, 999_999)}";
        await page.Locator("[data-testid=new-project]").ClickAsync();
        await FillAsync(page, "#new-name", name);
        await FillAsync(page, "#new-investor", "编辑测试投资有限公司");
        await FillAsync(page, "#new-total", "10000");
        await page.Locator("[data-testid=new-project-save]").ClickAsync();
        await page.Locator("[data-testid=project-name]", new() { HasText = name }).WaitForAsync(new() { Timeout = 15_000 });

        await page.Locator("[data-testid=edit-project]").ClickAsync();
        var form = page.Locator("[data-testid=edit-form]");
        await form.WaitForAsync(new() { Timeout = 10_000 });
        (await page.Locator("#edit-name").InputValueAsync()).ShouldBe(name);
        (await page.Locator("#edit-total").InputValueAsync()).ShouldContain("10");
        await FillAsync(page, "#edit-fixed", "20000");
        await FillAsync(page, "#edit-commissioner", "不应保存");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        var problems = form.Locator("[data-testid=problems]");
        await problems.WaitForAsync(new() { Timeout = 10_000 });
        (await problems.InnerTextAsync()).ShouldContain("不能大于");
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "44-project-edit");
        var fields = page.Locator("[data-testid=fields]");
        (await fields.InnerTextAsync()).ShouldNotContain("不应保存");
        (await fields.InnerTextAsync()).ShouldNotContain("2.00 亿元");

        await FillAsync(page, "#edit-fixed", "8000");
        await FillAsync(page, "#edit-commissioner", "李专员");
        await FillAsync(page, "#edit-land", "55.5");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        await form.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        await page.Locator("[data-testid=fields]", new() { HasText = "李专员" }).WaitForAsync(new() { Timeout = 10_000 });
        var saved = await fields.InnerTextAsync();
        saved.ShouldContain("55.5");
        saved.ShouldContain("8,000");
        saved.ShouldNotContain("不应保存");
        await page.WaitForTimeoutAsync(400);
        await ShotAsync(page, "45-project-edited");
        _consoleErrors.ShouldBeEmpty();
    }

    private static async Task FillAsync(IPage page, string selector, string value)
    {
        await page.Locator(selector).FillAsync(value);
        await page.Locator(selector).PressAsync("Tab");
    }

    [Fact]
    public async Task Import_BadProjectList_ShowsEveryError()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-projects-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["项目名称,不存在的列", "某项目,x"]);

        var page = await OpenAsync("/projects", "demo-zone-admin");
        await page.Locator("[data-testid=board]").WaitForAsync(new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        var errors = page.Locator("[data-testid=import-errors]");
        await errors.WaitForAsync(new() { Timeout = 15_000 });
        await ShotAsync(page, "43-projects-import-errors");

        (await errors.InnerTextAsync()).ShouldContain("不存在的列");
        (await page.Locator("[data-testid=import-failed]").InnerTextAsync()).ShouldContain("没有写入任何数据");
    }
}
