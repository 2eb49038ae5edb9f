using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.ImportParcelBoundaries;
using ParkLens.IntegrationTests.Infrastructure;
using ParkLens.Web.Access;

namespace ParkLens.IntegrationTests.EndToEnd;

/// <summary>地块图: 昆明高新区's parcels after a land-efficiency run, coloured by class and by idle status, in headless Chromium.</summary>
public sealed class ParcelMapBrowserTests(WebAppFixture app) : IAsyncLifetime
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

    /// <summary>Evaluates 昆明高新区 for the latest data year as the system would (a draft run), and returns the zone's id.</summary>
    private async Task<int> EvaluateKunmingAsync()
    {
        int kunming;
        await using (var db = app.OpenDatabase())
        {
            kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(TestContext.Current.CancellationToken);
        }
        var year = ProvenanceRules.ExpectedLatestYear(DateTime.UtcNow);
        CommandResult? result = null;
        await HttpCurrentActor.RunAsSystem("test:land-run", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, year), TestContext.Current.CancellationToken);
        });
        result!.Succeeded.ShouldBeTrue(string.Join("; ", result.Problems));
        return kunming;
    }

    [Fact]
    public async Task Kunming_ParcelMap_ColouredByClassAndByIdleStatus_SaysItIsASchematic()
    {
        var kunming = await EvaluateKunmingAsync();

        var page = await OpenAsync($"/land/map?zone={kunming}", "demo-zone-admin");
        await page.Locator("[data-testid=parcel-map] canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(1000);
        await ShotAsync(page, "68-parcel-map-class");

        (await page.Locator("[data-testid=schematic-notice]").InnerTextAsync()).ShouldContain("示意图：按面积排布，非测绘坐标");
        // Other tests on the shared database may have published this zone's run: the map takes the published one first.
        (await page.Locator("[data-testid=run-caption]").InnerTextAsync()).ShouldMatch("评价批次（(草稿|已发布)）");
        var legend = await page.Locator("[data-testid=legend]").InnerTextAsync();
        foreach (var entry in new[] { "A 类", "B 类", "C 类", "D 类", "未评价", "闲置（斜线）" })
        {
            legend.ShouldContain(entry);
        }
        var table = page.Locator("[data-testid=parcel-table]");
        (await table.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(5);
        var text = await table.InnerTextAsync();
        text.ShouldContain("亩均税收");
        text.ShouldMatch("(?s).*\\b[ABCD]\\b.*");
        text.ShouldContain("未评价");

        // Clicking the largest owned parcel on the map opens its owner (ECharts converts the plane's point to the page's).
        var (ownerId, cx, cy) = await LargestOwnedParcelCentreAsync(kunming);
        var point = await page.EvaluateAsync<double[]>("""
            ([x, y]) => {
              const el = document.querySelector('[data-testid=parcel-map] .pl-chart');
              const p = echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [x, y]);
              const r = el.getBoundingClientRect();
              return [r.left + p[0], r.top + p[1]];
            }
            """, new[] { cx, cy });
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await UrlEndsWithAsync(page, $"/registry/enterprises/{ownerId}");
        await page.Locator("#enterprise-name").WaitForAsync();
        await page.GotoAsync($"/land/map?zone={kunming}");
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("[data-testid=parcel-map] canvas").First.WaitForAsync();

        await page.Locator("[data-testid=by-idle]").ClickAsync();
        await UrlEndsWithAsync(page, "&by=idle");
        await page.Locator("[data-testid=legend]").Filter(new() { HasText = "在用" }).WaitForAsync();
        await page.WaitForTimeoutAsync(1000);
        await ShotAsync(page, "69-parcel-map-idle");

        legend = await page.Locator("[data-testid=legend]").InnerTextAsync();
        legend.ShouldContain("在用");
        legend.ShouldContain("闲置");
        legend.ShouldNotContain("A 类");

        // A parcel's owner opens from the table (the map's click goes to the same page).
        var owner = table.Locator("tbody tr a[href^='/registry/enterprises/']").First;
        var href = await owner.GetAttributeAsync("href");
        await owner.ClickAsync();
        await UrlEndsWithAsync(page, href!);
        await page.Locator("#enterprise-name").WaitForAsync();
        _consoleErrors.ShouldBeEmpty();
    }

    // Blazor navigates inside the document (history.pushState): poll the address rather than wait for a load.
    private static async Task UrlEndsWithAsync(IPage page, string end)
    {
        for (var i = 0; i < 100 && !page.Url.EndsWith(end, StringComparison.Ordinal); i++)
        {
            await page.WaitForTimeoutAsync(100);
        }
        page.Url.ShouldEndWith(end);
    }

    private async Task<(int OwnerId, double X, double Y)> LargestOwnedParcelCentreAsync(int zone)
    {
        using var api = app.CreateClient("demo-zone-admin");
        using var doc = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/zones/{zone}/land/map", TestContext.Current.CancellationToken));
        var feature = doc.RootElement.GetProperty("geoJson").GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("ownerId").ValueKind == JsonValueKind.Number)
            .MaxBy(f => f.GetProperty("properties").GetProperty("areaMu").GetDecimal());
        var ring = feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        return (feature.GetProperty("properties").GetProperty("ownerId").GetInt32(), ring.Take(4).Average(p => p.X), ring.Take(4).Average(p => p.Y));
    }

    [Fact]
    public async Task Api_ReturnsTheGeoJson_AndEachParcelsColouring_WithinScope()
    {
        var kunming = await EvaluateKunmingAsync();
        using var api = app.CreateClient("demo-zone-admin");

        var response = await api.GetAsync($"/api/v1/zones/{kunming}/land/map", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = doc.RootElement;
        root.GetProperty("notice").GetString().ShouldBe("示意图：按面积排布，非测绘坐标");
        root.GetProperty("runStatus").GetString().ShouldBeOneOf("Draft", "Published");
        var features = root.GetProperty("geoJson").GetProperty("features");
        var parcels = root.GetProperty("parcels").EnumerateArray().ToList();
        features.GetArrayLength().ShouldBe(parcels.Count(p => p.GetProperty("drawn").GetBoolean()));
        parcels.ShouldContain(p => p.GetProperty("ownerClass").ValueKind == JsonValueKind.String);
        parcels.ShouldContain(p => p.GetProperty("isIdle").GetBoolean() && p.GetProperty("classLabel").GetString() == "未评价");
        parcels.Where(p => p.GetProperty("ownerClass").ValueKind == JsonValueKind.String).ShouldContain(p => p.GetProperty("taxPerMu").ValueKind == JsonValueKind.Number);

        using var enterprise = app.CreateClient("demo-enterprise");
        (await enterprise.GetAsync($"/api/v1/zones/{kunming}/land/map", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // 玉溪高新区, which no other map test opens: once its parcels have surveyed outlines the map draws them instead of
    // the schematic, and the parcels without one are listed as not drawn.
    [Fact]
    public async Task Yuxi_AfterImportingSurveyedOutlines_TheMapDrawsThemAndSaysSo()
    {
        int yuxi;
        List<string> codes;
        await using (var db = app.OpenDatabase())
        {
            yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(TestContext.Current.CancellationToken);
            codes = await db.Parcels.Where(p => p.ZoneId == yuxi).OrderBy(p => p.Code).Select(p => p.Code).Take(8).ToListAsync(TestContext.Current.CancellationToken);
        }
        codes.Count.ShouldBeGreaterThan(2);
        // Squares of 0.0015° side in a row east of 102.53°E, 24.35°N (test geometry, not a survey).
        var features = codes.Select((code, i) =>
        {
            var x = 102.53 + i * 0.002;
            return FormattableString.Invariant($$$"""{"type":"Feature","properties":{"code":"{{{code}}}"},"geometry":{"type":"Polygon","coordinates":[[[{{{x:0.####}}},24.35],[{{{x + 0.0015:0.####}}},24.35],[{{{x + 0.0015:0.####}}},24.3515],[{{{x:0.####}}},24.3515],[{{{x:0.####}}},24.35]]]}}""");
        });
        var geoJson = $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features.Take(codes.Count - 1))}}]}""";
        ImportParcelBoundariesResult? result = null;
        await HttpCurrentActor.RunAsSystem("test:boundaries", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<ImportParcelBoundariesHandler>()
                .HandleAsync(new ImportParcelBoundariesCommand(yuxi, geoJson, "yuxi-test.geojson"), TestContext.Current.CancellationToken);
        });
        result!.Outcome.Succeeded.ShouldBeTrue(string.Join("; ", result.Outcome.Problems));
        result.Imported.ShouldBe(codes.Count - 1);

        var page = await OpenAsync($"/land/map?zone={yuxi}");
        await page.Locator("[data-testid=parcel-map] canvas").First.WaitForAsync();
        await page.WaitForTimeoutAsync(1000);
        await ShotAsync(page, "71-parcel-map-surveyed");

        var notice = await page.Locator("[data-testid=schematic-notice]").InnerTextAsync();
        notice.ShouldContain("测绘边界");
        notice.ShouldNotContain("示意图");
        (await page.Locator("[data-testid=parcel-table]").InnerTextAsync()).ShouldContain("未绘制");
        (await page.Locator("[data-testid=import-boundaries]").CountAsync()).ShouldBe(1);
        _consoleErrors.ShouldBeEmpty();
    }
}
