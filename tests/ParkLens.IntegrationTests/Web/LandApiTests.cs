using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Web;

/// <summary>亩均效益评价 through the API as 昆明高新区's 经发局 staff (demo-economy) with a bearer token. Each test takes its own year, so drafts of one never replace another's.</summary>
public sealed class LandApiTests(WebAppFixture app)
{
    private const string User = "demo-economy";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int ZoneId, int LatestYear)> KunmingAsync()
    {
        await using var db = app.OpenDatabase();
        var zoneId = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(Ct);
        return (zoneId, await db.Indicators.Where(i => i.ZoneId == zoneId).MaxAsync(i => i.Year, Ct));
    }

    private static async Task<int> EvaluateAsync(HttpClient client, int zoneId, int year)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/runs", new { year, note = "API 测试" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Evaluate_Get_Publish_PublishAgain422_Export()
    {
        var (zoneId, year) = await KunmingAsync();
        using var client = app.CreateClient(User);

        var runId = await EvaluateAsync(client, zoneId, year);
        var run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/land/runs/{runId}", Ct);
        var latest = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zoneId}/land/runs/latest?year={year}", Ct);
        var runs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zoneId}/land/runs", Ct);
        var publish = await client.PostAsync($"/api/v1/land/runs/{runId}/publish", null, Ct);
        var again = await client.PostAsync($"/api/v1/land/runs/{runId}/publish", null, Ct);
        var published = await client.GetFromJsonAsync<JsonElement>($"/api/v1/land/runs/{runId}", Ct);
        var export = await client.GetAsync($"/api/v1/land/runs/{runId}/export", Ct);

        run.GetProperty("zoneId").GetInt32().ShouldBe(zoneId);
        run.GetProperty("year").GetInt32().ShouldBe(year);
        run.GetProperty("status").GetString().ShouldBe("Draft");
        run.GetProperty("schemeKey").GetString().ShouldBe(BuiltInSchemes.DefaultKey);
        var scored = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "Scored").ToList();
        scored.ShouldNotBeEmpty();
        scored.ShouldAllBe(r => r.GetProperty("class").GetString()!.Length == 1);
        scored[0].GetProperty("items").EnumerateArray().First().GetProperty("explanation").GetString()!.ShouldContain("×");
        // The latest run of the year is the published one when one exists (other tests may have published), else this draft.
        (latest.GetProperty("id").GetInt32() == runId || latest.GetProperty("status").GetString() == "Published").ShouldBeTrue();
        runs.EnumerateArray().ShouldContain(r => r.GetProperty("id").GetInt32() == runId);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync(Ct));
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("rule").GetString().ShouldBe("not-draft");
        published.GetProperty("status").GetString().ShouldBe("Published");
        published.GetProperty("publishedBy").GetString().ShouldNotBeNullOrEmpty();
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await export.Content.ReadAsByteArrayAsync(Ct);
        Encoding.ASCII.GetString(bytes, 0, 2).ShouldBe("PK");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        zip.Entries.ShouldContain(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatIf_InvalidScheme_Answers422_NamingTheJsonPath_AValidOneCompares()
    {
        var (zoneId, year) = await KunmingAsync();
        using var client = app.CreateClient(User);
        var runId = await EvaluateAsync(client, zoneId, year - 1);
        var scheme = BuiltInSchemes.Default;
        EvaluationScheme Weighted(decimal weight)
        {
            var first = scheme.Populations[0];
            return scheme with { Populations = [first with { Indicators = [first.Indicators[0] with { Weight = weight }, .. first.Indicators.Skip(1)] }, .. scheme.Populations.Skip(1)] };
        }

        var invalid = await client.PostAsync($"/api/v1/land/runs/{runId}/what-if", Json(SchemeReader.Write(Weighted(0))), Ct);
        var valid = await client.PostAsync($"/api/v1/land/runs/{runId}/what-if", Json(SchemeReader.Write(Weighted(90))), Ct);
        var missing = await client.PostAsync("/api/v1/land/runs/999999/what-if", Json(SchemeReader.Write(scheme)), Ct);

        invalid.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("field").GetString().ShouldBe("$.populations[0].indicators[0].weight");
        problem.GetProperty("message").GetString()!.ShouldContain("$.populations[0].indicators[0].weight");
        valid.StatusCode.ShouldBe(HttpStatusCode.OK, await valid.Content.ReadAsStringAsync(Ct));
        var view = await valid.Content.ReadFromJsonAsync<JsonElement>(Ct);
        view.GetProperty("scoredBefore").GetInt32().ShouldBeGreaterThan(0);
        view.GetProperty("dataChangedSinceRun").GetBoolean().ShouldBeFalse();
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Schemes_ListTheBuiltInOnes_WithTheirJson_AndAnAnalystMayNotEvaluate()
    {
        var (zoneId, year) = await KunmingAsync();
        using var client = app.CreateClient(User);
        using var analyst = app.CreateClient("demo-authority");

        var schemes = await client.GetFromJsonAsync<JsonElement>("/api/v1/land/schemes", Ct);
        var refused = await analyst.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/runs", new { year }, Ct);
        var badYear = await client.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/runs", new { year = 1990, schemeKey = "no-such-scheme" }, Ct);

        // Other tests on the shared database may save national copies; the built-in schemes are always there.
        BuiltInSchemes.All.Select(s => s.Key).ShouldBeSubsetOf(schemes.EnumerateArray().Select(s => s.GetProperty("key").GetString()!));
        var first = schemes.EnumerateArray().Single(s => s.GetProperty("key").GetString() == BuiltInSchemes.DefaultKey);
        first.GetProperty("version").GetInt32().ShouldBe(BuiltInSchemes.Default.Version);
        first.GetProperty("name").GetProperty("zh").GetString().ShouldBe(BuiltInSchemes.Default.Name.Zh);
        // The scheme JSON reads back as the same scheme (what a what-if body starts from).
        SchemeReader.Read(first.GetProperty("scheme").GetRawText()).Problems.ShouldBeEmpty();
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        badYear.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await badYear.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("rule").GetString())
            .ShouldBe(["no-scheme", "year-range"], ignoreOrder: true);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
