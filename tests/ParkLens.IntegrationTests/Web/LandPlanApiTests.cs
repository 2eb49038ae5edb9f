using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Web;

/// <summary>An evaluation run of a zone of the shared web app, computed once through the Core handler (the /land page may not exist).</summary>
internal static class LandPlanSetup
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static int Year => ProvenanceRules.ExpectedLatestYear(DateTime.UtcNow);

    public static async Task<int> ZoneIdAsync(WebAppFixture app, string shortName)
    {
        await using var db = app.OpenDatabase();
        return await db.Zones.Where(z => z.ShortName == shortName).Select(z => z.Id).SingleAsync();
    }

    /// <summary>The zone's run of the latest year, computed when it has none yet.</summary>
    public static async Task<int> EnsureRunAsync(WebAppFixture app, int zoneId)
    {
        await Gate.WaitAsync();
        try
        {
            await using (var db = app.OpenDatabase())
            {
                var existing = await db.LandRuns.Where(r => r.ZoneId == zoneId && r.Year == Year).Select(r => r.Id).FirstOrDefaultAsync();
                if (existing != 0)
                {
                    return existing;
                }
            }
            var services = new ServiceCollection().AddParkCore(DatabaseSettings.Parse(app.DatabasePath));
            services.AddSingleton<ICurrentActor>(new FixedActor("测试评价", DataScope.Everything));
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>()
                .HandleAsync(new EvaluateLandCommand(zoneId, Year, BuiltInSchemes.DefaultKey), CancellationToken.None);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Problems));
            return result.Id!.Value;
        }
        finally
        {
            Gate.Release();
        }
    }
}

public sealed class LandPlanApiTests(WebAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string NextYear => DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task SavingASchemeWithANegativeWeight_Answers422_WithItsJsonPath_AndAValidCopyIsInForce()
    {
        using var admin = app.CreateClient();
        var key = $"api-test-{Guid.NewGuid():N}"[..20];
        var copy = BuiltInSchemes.Default with { Key = key, Name = new SchemeText("接口测试方案", "API test scheme") };
        var bad = copy with
        {
            Populations = [copy.Populations[0] with { Indicators = [copy.Populations[0].Indicators[0] with { Weight = -5 }, .. copy.Populations[0].Indicators.Skip(1)] }, .. copy.Populations.Skip(1)],
        };

        var refused = await admin.PostAsJsonAsync("/api/v1/land/schemes", new { json = SchemeReader.Write(bad), note = "负权重" }, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("field").GetString().ShouldBe("$.populations[0].indicators[0].weight");
        problem.GetProperty("rule").GetString().ShouldBe("scheme-rule");

        var saved = await admin.PostAsJsonAsync("/api/v1/land/schemes", new { json = SchemeReader.Write(copy), note = "接口测试" }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var again = await admin.PostAsJsonAsync("/api/v1/land/schemes", new { json = SchemeReader.Write(copy), note = "再次保存" }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);

        var schemes = await admin.GetFromJsonAsync<JsonElement>("/api/v1/land/schemes", Ct);
        var entry = schemes.EnumerateArray().Single(e => e.GetProperty("key").GetString() == key);
        entry.GetProperty("version").GetInt32().ShouldBe(2);
        entry.GetProperty("isBuiltIn").GetBoolean().ShouldBeFalse();
        entry.GetProperty("note").GetString().ShouldBe("再次保存");
        schemes.EnumerateArray().ShouldContain(e => e.GetProperty("key").GetString() == BuiltInSchemes.DefaultKey);
    }

    [Fact]
    public async Task ASchemeSave_IsForbidden_ForAZoneAdministrator()
    {
        using var zoneAdmin = app.CreateClient("demo-zone-admin");

        var response = await zoneAdmin.PostAsJsonAsync("/api/v1/land/schemes", new { json = SchemeReader.Write(BuiltInSchemes.Default), note = "x" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APlanIsCreated_ProgressMovesForward_AndABackwardsMoveIs422()
    {
        var zoneId = await LandPlanSetup.ZoneIdAsync(app, "昆明高新区");
        await LandPlanSetup.EnsureRunAsync(app, zoneId);
        using var client = app.CreateClient("demo-zone-admin");
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zoneId}/land/low-efficiency", Ct);
        view.GetProperty("runId").ValueKind.ShouldBe(JsonValueKind.Number);
        var plots = view.GetProperty("plots").EnumerateArray().ToList();
        plots.ShouldNotBeEmpty();
        var plot = plots.First(p => p.GetProperty("enterpriseId").ValueKind == JsonValueKind.Number);
        int? parcelId = plot.GetProperty("parcelId").ValueKind == JsonValueKind.Number ? plot.GetProperty("parcelId").GetInt32() : null;
        int? enterpriseId = parcelId is null ? plot.GetProperty("enterpriseId").GetInt32() : null;

        var missing = await client.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/plans", new { parcelId, enterpriseId, measure = "Upgrade", target = "", deadline = NextYear }, Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldContain(p => p.GetProperty("field").GetString() == "target");

        var created = await client.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/plans",
            new { parcelId, enterpriseId, measure = "Replace", target = "腾退后引入新项目", deadline = NextYear, targetTaxPerMu = 30, responsibleUnit = "经发局" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync(Ct));
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        var forward = await client.PostAsJsonAsync($"/api/v1/land/plans/{planId}/progress", new { on = Today, status = "InProgress", note = "已约谈企业" }, Ct);
        forward.StatusCode.ShouldBe(HttpStatusCode.OK, await forward.Content.ReadAsStringAsync(Ct));

        var backwards = await client.PostAsJsonAsync($"/api/v1/land/plans/{planId}/progress", new { on = Today, status = "Planned", note = "退回" }, Ct);
        backwards.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await backwards.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("rule").GetString().ShouldBe("plan-backwards");
        problem.GetProperty("field").GetString().ShouldBe("status");

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zoneId}/land/low-efficiency", Ct);
        var plan = after.GetProperty("plots").EnumerateArray().SelectMany(p => p.GetProperty("plans").EnumerateArray()).Single(p => p.GetProperty("id").GetInt32() == planId);
        plan.GetProperty("status").GetString().ShouldBe("InProgress");
        plan.GetProperty("measure").GetString().ShouldBe("Replace");
        plan.GetProperty("lastNote").GetString().ShouldBe("已约谈企业");
        plan.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await client.PostAsJsonAsync("/api/v1/land/plans/999999/progress", new { on = Today, status = "Done", note = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LowEfficiency_OfAnUnknownZone_Is404_AndAReadOnlyRoleCannotWritePlans()
    {
        var zoneId = await LandPlanSetup.ZoneIdAsync(app, "昆明高新区");
        using var admin = app.CreateClient();
        (await admin.GetAsync("/api/v1/zones/999999/land/low-efficiency", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/v1/land/schemes?zoneId=999999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/land/schemes?zoneId={zoneId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var investment = app.CreateClient("demo-investment");
        var response = await investment.PostAsJsonAsync($"/api/v1/zones/{zoneId}/land/plans", new { enterpriseId = 1, measure = "Upgrade", target = "x", deadline = NextYear }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
