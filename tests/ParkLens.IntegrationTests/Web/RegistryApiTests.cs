using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Web;

public sealed class RegistryApiTests(WebAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_AnswersHealthy()
    {
        using var client = app.CreateAnonymousClient();

        (await client.GetStringAsync("/healthz", Ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Zones_ListTheSeedZones_AndOneZoneByItsId()
    {
        using var client = app.CreateClient();

        var zones = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones", Ct);
        var kunming = zones.EnumerateArray().Single(z => z.GetProperty("shortName").GetString() == "昆明高新区");
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{kunming.GetProperty("id").GetInt32()}", Ct);

        zones.GetArrayLength().ShouldBeGreaterThan(30);
        details.GetProperty("cityCode").GetString().ShouldBe("5301");
        details.GetProperty("facts").GetArrayLength().ShouldBeGreaterThan(0);
        (await client.GetAsync("/api/v1/zones/999999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ZoneDashboard_IsServedForAZoneTheCallerSees_AndNotFoundForOthers()
    {
        using var admin = app.CreateClient();
        using var zoneUser = app.CreateClient("demo-zone-admin");

        var zones = await admin.GetFromJsonAsync<JsonElement>("/api/v1/zones", Ct);
        var ids = zones.EnumerateArray().ToDictionary(z => z.GetProperty("shortName").GetString()!, z => z.GetProperty("id").GetInt32());
        var own = await zoneUser.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{ids["昆明高新区"]}/dashboard", Ct);

        own.GetProperty("zoneId").GetInt32().ShouldBe(ids["昆明高新区"]);
        own.GetProperty("enterpriseCount").GetInt32().ShouldBeGreaterThan(0);
        (await zoneUser.GetAsync($"/api/v1/zones/{ids["玉溪高新区"]}/dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/zones/{ids["玉溪高新区"]}/dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/v1/zones/999999/dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Enterprises_SearchByName_FindsTheArticlesEnterprise_AndItsDetailsByUscc()
    {
        using var client = app.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?q=" + Uri.EscapeDataString("沃森"), Ct);
        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var uscc = item.GetProperty("uscc").GetString()!;
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{uscc}", Ct);

        item.GetProperty("name").GetString().ShouldBe("云南沃森生物技术股份有限公司");
        details.GetProperty("zoneName").GetString().ShouldBe("昆明高新区");
        details.GetProperty("usccIsPlaceholder").GetBoolean().ShouldBeTrue();
        (page.GetProperty("total").GetInt32(), page.GetProperty("totalIsLowerBound").GetBoolean()).ShouldBe((1, false));
    }

    [Fact]
    public async Task Enterprises_SearchWithMoreHitsThanItCounts_SaysTheTotalIsALowerBound_ButAListWithoutSearchCountsAll()
    {
        using var client = app.CreateClient();

        var common = await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?q=" + Uri.EscapeDataString("公司") + "&pageSize=5", Ct);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?pageSize=5", Ct);

        (common.GetProperty("total").GetInt32(), common.GetProperty("totalIsLowerBound").GetBoolean()).ShouldBe((WebAppFixture.SearchCountLimit, true));
        common.GetProperty("items").GetArrayLength().ShouldBe(5);
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(WebAppFixture.SearchCountLimit);
        all.GetProperty("totalIsLowerBound").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Enterprises_PagingAndFilters_AreServerSide()
    {
        using var client = app.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/enterprises?industry=C&synthetic=true&sort=Revenue&desc=true&page=2&pageSize=7", Ct);

        page.GetProperty("pageSize").GetInt32().ShouldBe(7);
        page.GetProperty("pageNumber").GetInt32().ShouldBe(2);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(7);
        items.ShouldAllBe(i => i.GetProperty("industrySection").GetString() == "C" && i.GetProperty("isSynthetic").GetBoolean());
        var revenues = items.Select(i => i.GetProperty("revenue").ValueKind == JsonValueKind.Null ? -1m : i.GetProperty("revenue").GetDecimal()).ToList();
        revenues.ShouldBe(revenues.OrderByDescending(r => r).ToList());
    }

    [Fact]
    public async Task Enterprise_UnknownUscc_Answers404_AndBadEnum_Answers400()
    {
        using var client = app.CreateClient();

        (await client.GetAsync("/api/v1/enterprises/91110000600037341L", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/enterprises?ownership=Martian", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Import_BadFile_Answers422_WithEveryProblem()
    {
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent();
        form.Add(new StreamContent(Files.Csv("统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型", "91530400MA6K3YQX8N,坏数据有限公司,玉溪高新区,3841,民营")), "file", "bad.csv");

        var response = await client.PostAsync("/api/v1/imports/Enterprises", form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = body.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("column").GetString().ShouldBe("统一社会信用代码");
        error.GetProperty("rule").GetString().ShouldBe("uscc-checksum");
    }

    [Fact]
    public async Task Templates_AndExport_AreDownloadable()
    {
        using var client = app.CreateClient();

        var csv = await client.GetStringAsync("/api/v1/templates/Indicators?format=Csv", Ct);
        var xlsx = await client.GetAsync("/api/v1/templates/Enterprises", Ct);
        var export = await client.GetAsync("/api/v1/enterprises/export?industry=27", Ct);

        csv.TrimStart('\uFEFF').ShouldStartWith("统一社会信用代码,年度,营业收入(万元)");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsByteArrayAsync(Ct)).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheRegistryEndpoints()
    {
        using var client = app.CreateClient();

        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/zones");
        paths.ShouldContain("/api/v1/zones/{id}");
        paths.ShouldContain("/api/v1/enterprises");
        paths.ShouldContain("/api/v1/enterprises/{uscc}");
        paths.ShouldContain("/api/v1/imports/{kind}");
    }

    [Fact]
    public async Task Errors_AreProblemDetails_WithoutStackTraces()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/enterprises?page=abc", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldNotContain("   at ");
    }
}
