using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Web;

public sealed class ProjectsApiTests(WebAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> KunmingAsync(HttpClient client)
    {
        var zones = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones", Ct);
        return zones.EnumerateArray().Single(z => z.GetProperty("shortName").GetString() == "昆明高新区").GetProperty("id").GetInt32();
    }

    private static async Task<int> CreateAsync(HttpClient client, int zoneId, string name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/projects", new { zoneId, fields = new { name, investorName = "测试投资有限公司", totalInvestment = 12000, commissioner = "测试专员" } }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task IllegalTransition_Answers422_WithTheStateMachinesMessage_AndChangesNothing()
    {
        using var client = app.CreateClient();
        var id = await CreateAsync(client, await KunmingAsync(client), $"非法跳转测试项目-{Guid.NewGuid():N}");
        var before = await client.GetStringAsync($"/api/v1/projects/{id}", Ct);

        var response = await client.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { to = "ConstructionStarted", on = Today }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("rule").GetString().ShouldBe("illegal-transition");
        problem.GetProperty("field").GetString().ShouldBe("to");
        problem.GetProperty("message").GetString().ShouldBe("项目不能从「线索」变为「开工」（允许：洽谈、暂停、终止）");
        (await client.GetStringAsync($"/api/v1/projects/{id}", Ct)).ShouldBe(before);
    }

    [Fact]
    public async Task LegalTransition_Answers200_AndShowsInTheProject()
    {
        using var client = app.CreateClient();
        var id = await CreateAsync(client, await KunmingAsync(client), $"合法跳转测试项目-{Guid.NewGuid():N}");

        var response = await client.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { to = "Negotiating", on = Today, document = "会议纪要 1 号" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var project = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        project.GetProperty("stage").GetString().ShouldBe("Negotiating");
        project.GetProperty("stageSince").GetString().ShouldBe(Today);
        project.GetProperty("nextStages").EnumerateArray().Select(s => s.GetString()).ShouldBe(["Contracted", "Suspended", "Terminated"]);
        var step = project.GetProperty("facts").GetProperty("history").EnumerateArray().ShouldHaveSingleItem();
        step.GetProperty("from").GetString().ShouldBe("Lead");
        step.GetProperty("to").GetString().ShouldBe("Negotiating");
        step.GetProperty("document").GetString().ShouldBe("会议纪要 1 号");
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects?zoneId={project.GetProperty("zoneId").GetInt32()}&q=" + Uri.EscapeDataString("合法跳转测试项目"), Ct);
        board.GetProperty("cards").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetInt32() == id && c.GetProperty("stage").GetString() == "Negotiating");
    }

    [Fact]
    public async Task Import_MalformedRow_Answers422_WithRowAndColumn_AndWritesNothing()
    {
        using var client = app.CreateClient();
        var zoneId = await KunmingAsync(client);
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var form = new MultipartFormDataContent();
        form.Add(new StreamContent(Files.Csv("项目名称,投资方,总投资(万元)", $"导入好项目{marker},甲投资有限公司,100", $"导入坏项目{marker},乙投资有限公司,一百")), "file", "projects.csv");

        var response = await client.PostAsync($"/api/v1/projects/import?zoneId={zoneId}", form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = body.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("row").GetInt32().ShouldBe(3);
        error.GetProperty("column").GetString().ShouldBe("总投资(万元)");
        error.GetProperty("rule").GetString().ShouldBe("not-a-number");
        body.GetProperty("created").GetInt32().ShouldBe(0);
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects?zoneId={zoneId}&q={marker}", Ct);
        board.GetProperty("cards").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Reads_AnswerForAZone_AndExportIsAnXlsx()
    {
        using var client = app.CreateClient();
        var zoneId = await KunmingAsync(client);

        var report = await client.GetAsync($"/api/v1/projects/report?zoneId={zoneId}", Ct);
        var rollup = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/rollup?zoneId={zoneId}&by=Commissioner", Ct);
        var rankings = await client.GetAsync($"/api/v1/projects/rankings?zoneId={zoneId}", Ct);
        var alerts = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/alerts?zoneId={zoneId}", Ct);
        var timeline = await client.GetAsync($"/api/v1/projects/timeline?zoneId={zoneId}", Ct);
        var groups = await client.GetAsync("/api/v1/projects/group-starts", Ct);
        var export = await client.GetAsync($"/api/v1/projects/export?zoneId={zoneId}", Ct);

        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        rollup.GetProperty("by").GetString().ShouldBe("Commissioner");
        rankings.StatusCode.ShouldBe(HttpStatusCode.OK);
        alerts.GetProperty("digest").ValueKind.ShouldBe(JsonValueKind.Array);
        timeline.StatusCode.ShouldBe(HttpStatusCode.OK);
        groups.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await client.GetAsync("/api/v1/projects/999999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/projects/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
