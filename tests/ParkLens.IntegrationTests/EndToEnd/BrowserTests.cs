using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>Headless Chromium (Debian's, never a downloaded one) against the running app; screenshots go to artifacts/screenshots.</summary>
public sealed class BrowserTests(WebAppFixture app) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

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

    private readonly List<string> _consoleErrors = [];

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Files.ArtifactsDirectory, name + ".png"), FullPage = true });

    [Fact]
    public async Task Login_ShowsDemoAccounts_AndRefusesAWrongPassword()
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1200, Height = 1000 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/registry/enterprises");
        (await page.Locator("[data-testid=demo-accounts]").InnerTextAsync()).ShouldContain("demo-zone-admin");
        await ShotAsync(page, "00-login");
        await page.Locator("#userName").FillAsync("demo-zone-admin");
        await page.Locator("#password").FillAsync("wrong-password-1");
        await page.Locator("[data-testid=login-submit]").ClickAsync();

        (await page.Locator("[data-testid=login-error]").InnerTextAsync()).ShouldContain("用户名或密码错误");
        page.Url.ShouldContain("/account/login");
    }

    [Fact]
    public async Task ZoneAdministrator_OfYuxi_CannotOpenAKunmingEnterprise()
    {
        using var admin = app.CreateClient();
        var watson = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?q=" + Uri.EscapeDataString("沃森")))
            .GetProperty("items")[0].GetProperty("uscc").GetString();

        var page = await OpenAsync($"/registry/enterprises/{watson}", "demo-yuxi-admin");
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "09-other-zone-not-found");

        (await page.Locator("body").InnerTextAsync()).ShouldContain("没有找到该页面，或您无权查看");
        (await page.Locator("body").InnerTextAsync()).ShouldNotContain("云南沃森生物技术股份有限公司");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task AuditLog_OfAZoneAdministrator_ShowsTheirZonesWrites()
    {
        using (var economy = app.CreateClient("demo-economy"))
        {
            using var form = new MultipartFormDataContent();
            var watson = (await economy.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?q=" + Uri.EscapeDataString("沃森"))).GetProperty("items")[0].GetProperty("uscc").GetString();
            form.Add(new StreamContent(Files.Csv("统一社会信用代码,年度,发明专利(件)", $"{watson},2025,{Random.Shared.Next(100, 999)}")), "file", "watson-patents.csv");
            (await economy.PostAsync("/api/v1/imports/Indicators", form)).EnsureSuccessStatusCode();
        }

        var page = await OpenAsync("/admin/audit", "demo-zone-admin");
        await page.Locator("[data-testid=audit-grid]").WaitForAsync();
        await page.GetByText("watson-patents.csv").First.WaitForAsync(new() { Timeout = 15_000 });
        await ShotAsync(page, "10-audit-log");

        var text = await page.Locator("[data-testid=audit-grid]").InnerTextAsync();
        text.ShouldContain("demo-economy");
        text.ShouldContain("InventionPatents");
        text.ShouldNotContain("苏州");
    }

    private async Task<int> ZoneIdAsync(string shortName)
    {
        using var client = app.CreateClient();
        var zones = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones");
        return zones.EnumerateArray().Single(z => z.GetProperty("shortName").GetString() == shortName).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Tiers_OfJiaozuo_ShowTheLadderAgainstItsTarget_TheTierCardAndTheBoard()
    {
        var zone = await ZoneIdAsync("焦作高新区");
        var page = await OpenAsync($"/tiers/zones/{zone}?year=2023");

        await page.Locator("canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "20-tiers-jiaozuo-2023");
        var rung = await page.Locator("[data-testid=rung-TechSme]").InnerTextAsync();
        rung.ShouldContain("174");
        rung.ShouldContain("96.67");
        (await page.Locator("[data-testid=ladder]").InnerTextAsync()).ShouldContain("累计推荐入库科技型中小企业");

        await page.Locator("[data-testid=closest-TechSme] a").First.ClickAsync();
        await page.Locator("[data-testid=evaluations]").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "21-tier-card");
        (await page.Locator("[data-testid=evaluations]").InnerTextAsync()).ShouldContain("科技型中小企业");

        await page.GotoAsync($"/tiers/zones/{zone}/pipeline?tier=HighTech");
        await page.Locator("[data-testid=pools]").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "22-tier-board");
        (await page.Locator("[data-testid=pools]").InnerTextAsync()).ShouldContain("储备库");
        (await page.Locator("[data-testid=pools] a").CountAsync()).ShouldBeGreaterThan(0, "the 高企 pools of this year are empty");
        (await page.Locator("[data-testid=applications] a").CountAsync()).ShouldBeGreaterThan(0, "no 高企 application is under way this year");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Dashboard_OfKunming_ShowsRealNameFiguresChartsAndPublishedFacts()
    {
        var page = await OpenAsync($"/?zone={await ZoneIdAsync("昆明高新区")}");

        await page.Locator("canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(800);
        await ShotAsync(page, "01-dashboard-kunming");

        (await page.Locator("#dashboard-title").InnerTextAsync()).ShouldContain("昆明高新区");
        (await page.Locator("[data-testid=kpi]").CountAsync()).ShouldBeGreaterThanOrEqualTo(8);
        (await page.Locator("canvas").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        (await page.Locator("[data-testid=facts]").InnerTextAsync()).ShouldContain("稀贵金属");
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_ByName_ThenOpenTheEnterprise()
    {
        var page = await OpenAsync("/registry/enterprises");

        await page.Locator("input[data-testid=enterprise-search], [data-testid=enterprise-search] input").First.FillAsync("沃森");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "云南沃森生物技术股份有限公司" });
        try
        {
            await link.WaitForAsync(new() { Timeout = 15_000 });
        }
        finally
        {
            await ShotAsync(page, "02-enterprise-search");
        }
        await link.ClickAsync();
        await page.Locator("#enterprise-name").WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await ShotAsync(page, "03-enterprise-details");

        (await page.Locator("#enterprise-name").InnerTextAsync()).ShouldBe("云南沃森生物技术股份有限公司");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("代码待核实");
        (await page.Locator("[data-testid=facts]").InnerTextAsync()).ShouldContain("沃森");
    }

    [Fact]
    public async Task Search_WithMoreHitsThanItCounts_SaysSoAboveTheListAndInThePager()
    {
        var page = await OpenAsync("/registry/enterprises");

        await page.Locator("input[data-testid=enterprise-search], [data-testid=enterprise-search] input").First.FillAsync("公司");
        var notice = page.Locator("[data-testid=count-limited]");
        try
        {
            await notice.WaitForAsync(new() { Timeout = 15_000 });
        }
        finally
        {
            await ShotAsync(page, "02b-enterprise-search-count-limited");
        }

        (await notice.InnerTextAsync()).ShouldContain("匹配超过 500 家企业");
        (await page.Locator("[data-testid=enterprise-grid]").InnerTextAsync()).ShouldContain("超过 500 条");
        await page.Locator("input[data-testid=enterprise-search], [data-testid=enterprise-search] input").First.FillAsync("沃森");
        await page.GetByRole(AriaRole.Link, new() { Name = "云南沃森生物技术股份有限公司" }).WaitForAsync(new() { Timeout = 15_000 });
        (await notice.CountAsync()).ShouldBe(0);
        _consoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task SyntheticEnterprise_ShowsItsHistoryChartAndProvenance()
    {
        using var client = app.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?synthetic=true&sort=Revenue&desc=true&pageSize=1");
        var uscc = list.GetProperty("items")[0].GetProperty("uscc").GetString();

        var page = await OpenAsync($"/registry/enterprises/{uscc}");
        await page.Locator("canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(600);
        await ShotAsync(page, "04-enterprise-synthetic");

        (await page.Locator("[data-testid=synthetic]").First.InnerTextAsync()).ShouldBe("合成数据");
        (await page.Locator("[data-testid=indicator-table]").InnerTextAsync()).ShouldContain("营业收入");
        (await page.Locator("[data-testid=provenance]").CountAsync()).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Import_BadFile_ShowsEveryError_AndWritesNothing()
    {
        using var client = app.CreateClient();
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?pageSize=1")).GetProperty("total").GetInt32();
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file,
        [
            "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,成立日期",
            "91530400MA6K3YQX8N,校验位错误有限公司,玉溪高新区,3841,民营,2020-01-01",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXG")},行业错误有限公司,玉溪高新区,99999,民营,2020-01-01",
            $"{RegistryFixtures.Valid("91530400MA6K3YQXH")},日期错误有限公司,玉溪高新区,3841,民营,明年",
        ]);

        var page = await OpenAsync("/registry/import");
        // Blazor's InputFile listens for the change only once its script has run (it then sets _blazorInputFileNextFileId);
        // files set before that are lost, which a loaded machine shows as a missing error list.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        var errors = page.Locator("[data-testid=import-errors]");
        await errors.WaitForAsync(new() { Timeout = 15_000 });
        await ShotAsync(page, "05-import-errors");

        var text = await errors.InnerTextAsync();
        text.ShouldContain("校验位错误");
        text.ShouldContain("不是 GB/T 4754-2017 行业代码");
        text.ShouldContain("不是日期");
        (await page.Locator("[data-testid=import-failed]").InnerTextAsync()).ShouldContain("没有写入任何数据");
        var after = (await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?pageSize=1")).GetProperty("total").GetInt32();
        after.ShouldBe(before);
    }

    [Fact]
    public async Task ZoneTree_NationalList_AndEnglish_Render()
    {
        var page = await OpenAsync("/registry/zones");
        await ShotAsync(page, "06-zone-tree");
        (await page.Locator("[data-testid=zone-table]").First.InnerTextAsync()).ShouldContain("国家级");

        await page.GotoAsync($"/registry/zones/{await ZoneIdAsync("遂宁高新区")}/land");
        await page.Locator("[data-testid=parcels]").WaitForAsync();
        await ShotAsync(page, "06b-land-suining");
        (await page.Locator("[data-testid=parcels]").InnerTextAsync()).ShouldContain("远成西部物流园");

        await page.GotoAsync("/registry/national-zones");
        await page.Locator("[data-testid=national-zones]").WaitForAsync();
        await ShotAsync(page, "07-national-zones");
        (await page.Locator("[data-testid=national-zones]").InnerTextAsync()).ShouldContain("高新");

        await page.GotoAsync("/culture/en?redirectUri=/");
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(600);
        await ShotAsync(page, "08-dashboard-english");
        (await page.Locator("nav").First.InnerTextAsync()).ShouldContain("Enterprises");
    }

    [Fact]
    public async Task ChainAtlas_Yuxi_ShowsTheBatteryChain_TargetsBecomeLeads_AndTheAuthorityComparesZones()
    {
        var yuxi = await ZoneIdAsync("玉溪高新区");
        var page = await OpenAsync($"/chains/zones/{yuxi}?chain=new-energy-battery", "demo-yuxi-admin");
        await page.Locator("canvas").First.WaitForAsync();
        await page.Locator("[data-testid=segment-table] tr:has-text('隔膜')").ClickAsync();
        await page.Locator("[data-testid=segment-members]").WaitForAsync();
        await page.WaitForTimeoutAsync(600);
        await ShotAsync(page, "30-chain-atlas-yuxi");

        (await page.Locator("[data-testid=chain-roles]").InnerTextAsync()).ShouldContain("云南恩捷新材料股份有限公司");
        (await page.Locator("[data-testid=segment-members]").InnerTextAsync()).ShouldContain("云南恩捷新材料股份有限公司");
        (await page.Locator("[data-testid=segment-table]").InnerTextAsync()).ShouldContain("缺失");
        await page.Locator("[data-testid=segment-table] tr:has-text('电芯制造')").ClickAsync();
        await page.Locator("[data-testid=segment-members]:has-text('玉溪亿纬锂能有限公司')").WaitForAsync();
        await page.Locator("[data-testid=segment-table] tr:has-text('正极材料')").ClickAsync();
        await page.Locator("[data-testid=segment-target]").First.WaitForAsync();

        await page.GotoAsync($"/chains/zones/{yuxi}/targets?chain=new-energy-battery");
        // The prerendered rows show before the circuit is up; a click only counts once the page is interactive.
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 20_000 });
        var first = page.Locator("[data-testid=targets] tbody tr").First;
        await first.WaitForAsync();
        var company = await first.Locator("b").First.InnerTextAsync();
        (await first.Locator("[data-testid=score-terms]").InnerTextAsync()).ShouldContain("环节匹配度");
        await first.Locator("[data-testid=make-lead]").ClickAsync();
        await page.Locator("[data-testid=leads]").WaitForAsync();
        await ShotAsync(page, "31-chain-targets-yuxi");
        (await page.Locator("[data-testid=leads]").InnerTextAsync()).ShouldContain(company);

        var authority = await OpenAsync("/chains/heatmap?chain=vaccine-biopharma", "demo-authority");
        await authority.Locator("canvas").First.WaitForAsync();
        await authority.WaitForTimeoutAsync(600);
        await ShotAsync(authority, "32-chain-heatmap");
        (await authority.Locator("body").InnerTextAsync()).ShouldContain("全域环节覆盖率");

        await authority.GotoAsync("/chains/templates/new-energy-battery");
        await authority.Locator("[data-testid=template-segments]").WaitForAsync();
        await ShotAsync(authority, "33-chain-template");
        (await authority.Locator("[data-testid=template-segments]").InnerTextAsync()).ShouldContain("2921 塑料薄膜制造");
    }

    [Fact]
    public async Task ChainReview_ConfirmingAMapping_TakesItOffTheQueue()
    {
        var kunming = await ZoneIdAsync("昆明高新区");
        var page = await OpenAsync($"/chains/zones/{kunming}/review", "demo-investment");
        var queue = page.Locator("[data-testid=review-queue] tbody tr");
        await queue.First.WaitForAsync();
        var row = await queue.First.InnerTextAsync();
        await ShotAsync(page, "34-chain-review");

        await queue.First.Locator("[data-testid=confirm]").ClickAsync();
        await page.WaitForTimeoutAsync(800);

        (await queue.AllInnerTextsAsync()).ShouldNotContain(row);
    }
}
