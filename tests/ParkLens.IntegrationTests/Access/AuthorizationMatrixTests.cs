using System.Net.Http.Json;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Access;

/// <summary>
/// Every endpoint and page of the running app (read from its own endpoint data, so a new one is covered without editing
/// this test), called anonymously and as every role of 昆明高新区 / 云南省, must not reveal anything of 苏州工业园区
/// (another province), and writes aimed at it must be refused.
/// </summary>
public abstract class AuthorizationMatrix(WebAppFixture app)
{
    public static readonly string[] ZoneARoles =
        ["demo-authority", "demo-zone-admin", "demo-investment", "demo-economy", "demo-science", "demo-service", "demo-subpark", "demo-enterprise"];

    // Anonymous on purpose: health probes, the sign-in form and its post, the token exchange and the language switch.
    private static readonly string[] PublicPatterns = ["/healthz", "/account/login", "/api/v1/auth/token", "/culture/{culture}"];

    private sealed record Target(string Method, string Pattern, bool IsPage, RouteEndpoint Endpoint);

    private sealed record ZoneB(int ZoneId, string Name, string ShortName, List<string> Usccs, List<string> EnterpriseNames, string AnyUscc, int ForeignTokenId, int AnyEnterpriseId, int AnyApplicationId, int AnyProjectId, int AnyLandRunId, int AnyPlanId, int AnySpaceUnitId);

    private List<Target> Targets()
    {
        if (app.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<Target>();
        foreach (var e in endpoints)
        {
            var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            if (IsInfrastructure(pattern, e))
            {
                continue;
            }
            var isPage = e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            foreach (var method in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                targets.Add(new Target(method, pattern, isPage, e));
            }
        }
        return targets;
    }

    // Static files, Blazor's framework files and its circuit hub (behind the fallback policy) are not application endpoints.
    private static bool IsInfrastructure(string pattern, RouteEndpoint e) =>
        pattern.StartsWith("/_blazor", StringComparison.Ordinal) || pattern.StartsWith("/_framework", StringComparison.Ordinal)
        || pattern.Contains(":file}", StringComparison.Ordinal)
        || (e.Metadata.GetMetadata<IAllowAnonymous>() is not null && Path.HasExtension(pattern.Split('{')[0]) && !pattern.StartsWith("/api", StringComparison.Ordinal))
        || e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private ZoneB LoadZoneB()
    {
        if (app.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        app.CreateClient("admin").Dispose();
        using var db = app.OpenDatabase();
        var adminId = db.Users.Single(u => u.UserName == "admin").Id;
        var foreignToken = db.ApiTokens.Where(t => t.UserId == adminId).Select(t => t.Id).First();
        var zone = db.Zones.Single(z => z.ShortName == "苏州工业园区");
        var enterprises = db.Enterprises.Where(e => e.ZoneId == zone.Id).OrderBy(e => e.Id).Select(e => new { e.Id, e.Uscc, e.Name }).ToList();
        var application = db.TierApplications.Where(a => a.ZoneId == zone.Id).OrderBy(a => a.Id).Select(a => a.Id).First();
        var project = db.Projects.Where(p => p.ZoneId == zone.Id).OrderBy(p => p.Id).Select(p => p.Id).First();
        var landRun = db.LandRuns.Where(r => r.ZoneId == zone.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefault();
        if (landRun == 0)
        {
            // Zone B's 亩均 evaluation, made by the administrator through the API (the demo seeds none).
            var year = db.Indicators.Where(i => i.ZoneId == zone.Id).Max(i => i.Year);
            using var admin = app.CreateClient("admin");
            var response = admin.PostAsJsonAsync($"/api/v1/zones/{zone.Id}/land/runs", new { year }).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            landRun = response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().GetAwaiter().GetResult().GetProperty("id").GetInt32();
        }
        // An improvement plan of zone B, so the progress endpoint is aimed at a plan that exists (only outside the caller's scope).
        var plan = db.ImprovementPlans.Where(p => p.ZoneId == zone.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstOrDefault();
        if (plan == 0)
        {
            var created = new ParkLens.Core.LandEfficiency.Domain.ImprovementPlan
            {
                ZoneId = zone.Id, EnterpriseId = enterprises[0].Id, Measure = ParkLens.Core.LandEfficiency.Domain.ImprovementMeasure.Upgrade, Target = "乙区整治计划",
                Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1), CreatedBy = "test", CreatedAtUtc = DateTime.UtcNow,
            };
            db.ImprovementPlans.Add(created);
            db.SaveChanges();
            plan = created.Id;
        }
        var unit = db.SpaceUnits.Where(u => u.ZoneId == zone.Id).OrderBy(u => u.Id).Select(u => u.Id).First();
        return new ZoneB(zone.Id, zone.Name, zone.ShortName, enterprises.Select(e => e.Uscc).ToList(), enterprises.Select(e => e.Name).ToList(), enterprises[0].Uscc, foreignToken, enterprises[0].Id, application, project, landRun, plan, unit);
    }

    private static string Fill(string pattern, ZoneB b) => pattern
        .Replace("/api/v1/enterprises/{id:int}", $"/api/v1/enterprises/{b.AnyEnterpriseId}", StringComparison.Ordinal)
        .Replace("/api/v1/tiers/applications/{id:int}", $"/api/v1/tiers/applications/{b.AnyApplicationId}", StringComparison.Ordinal)
        .Replace("/api/v1/projects/{id:int}", $"/api/v1/projects/{b.AnyProjectId}", StringComparison.Ordinal)
        .Replace("/api/v1/land/runs/{id:int}", $"/api/v1/land/runs/{b.AnyLandRunId}", StringComparison.Ordinal)
        .Replace("/api/v1/land/space/{id:int}", $"/api/v1/land/space/{b.AnySpaceUnitId}", StringComparison.Ordinal)
        .Replace("{item}", "Approval", StringComparison.Ordinal)
        .Replace("{EnterpriseId:int}", b.AnyEnterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year:int}", "2025", StringComparison.Ordinal)
        .Replace("{ZoneId:int}", b.ZoneId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{id:int}", b.ZoneId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{id}", b.ZoneId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{uscc}", b.AnyUscc, StringComparison.Ordinal)
        .Replace("{Key}", b.AnyUscc, StringComparison.Ordinal)
        .Replace("{kind}", "Indicators", StringComparison.Ordinal)
        .Replace("{chain}", "new-energy-battery", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal)
        .Replace("{culture}", "en", StringComparison.Ordinal);

    [Fact]
    public void EveryEndpoint_DeclaresItsAuthorization()
    {
        var missing = Targets()
            .Where(t => t.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && !t.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(t => $"{t.Method} {t.Pattern}").ToList();
        var anonymous = Targets()
            .Where(t => t.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && !PublicPatterns.Contains(t.Pattern))
            .Select(t => $"{t.Method} {t.Pattern}").ToList();

        missing.ShouldBeEmpty("endpoints without an authorization policy");
        anonymous.ShouldBeEmpty("endpoints open to anonymous callers that are not on the public list");
        Targets().Count.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task Anonymous_GetsNothing_ButThePublicEndpoints()
    {
        var b = LoadZoneB();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var leaks = new List<string>();

        foreach (var t in Targets().Where(t => !PublicPatterns.Contains(t.Pattern)))
        {
            var response = await SendAsync(client, t, b);
            var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
            var refused = response.StatusCode == HttpStatusCode.Unauthorized || toLogin
                || (t.Method != "GET" && response.StatusCode == HttpStatusCode.BadRequest);
            if (!refused || (t.Pattern.StartsWith("/api", StringComparison.Ordinal) && response.StatusCode != HttpStatusCode.Unauthorized))
            {
                leaks.Add($"{t.Method} {t.Pattern}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        leaks.ShouldBeEmpty();
    }

    public static TheoryData<string> Roles() => new(ZoneARoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task ZoneARole_SeesNothingOfZoneB_OnAnyEndpointOrPage(string user)
    {
        var b = LoadZoneB();
        using var api = app.CreateClient(user);
        using var browser = await app.CreateCookieClientAsync(user);
        var leaks = new List<string>();

        foreach (var t in Targets().Where(t => t.Method == "GET"))
        {
            var client = t.IsPage || t.Pattern.StartsWith("/account", StringComparison.Ordinal) ? browser : api;
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(client, t, b);
            }
            catch (TaskCanceledException)
            {
                // Name the request that hung instead of failing on HttpClient's bare timeout.
                leaks.Add($"GET {Fill(t.Pattern, b)} did not answer within {client.Timeout.TotalSeconds:0} s");
                continue;
            }
            var body = await BodyTextAsync(response);
            // The caller's own URL (echoed in links such as the language switch) is not a leak; anything else of zone B is.
            var url = Fill(t.Pattern, b);
            var found = QuotesPublicArticles(t.Pattern) ? null : Markers(b).FirstOrDefault(m => !url.Contains(m, StringComparison.Ordinal) && body.Replace(url, "", StringComparison.Ordinal).Contains(m, StringComparison.Ordinal));
            if (found is not null)
            {
                leaks.Add($"GET {Fill(t.Pattern, b)} ({(int)response.StatusCode}) shows \"{found}\"");
            }
            if (t.Pattern.Contains('{', StringComparison.Ordinal) && t.Pattern.StartsWith("/api", StringComparison.Ordinal) && !t.Pattern.Contains("{kind}", StringComparison.Ordinal)
                && !NamesOnlyAChain(t.Pattern)
                && response.StatusCode != HttpStatusCode.NotFound && response.StatusCode != HttpStatusCode.Forbidden)
            {
                leaks.Add($"GET {Fill(t.Pattern, b)} answered {(int)response.StatusCode}, expected 404 or 403");
            }
        }

        // Guessing the numeric id instead of the USCC is answered the same way.
        (await api.GetAsync($"/api/v1/enterprises/{b.AnyEnterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        leaks.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task ZoneARole_CannotWriteZoneB(string user)
    {
        var b = LoadZoneB();
        using var api = app.CreateClient(user);
        int before;
        await using (var db = app.OpenDatabase())
        {
            before = await db.Indicators.CountAsync(i => i.ZoneId == b.ZoneId, TestContext.Current.CancellationToken);
        }
        var refused = new List<string>();

        foreach (var t in Targets().Where(t => t.Method != "GET" && !PublicPatterns.Contains(t.Pattern)))
        {
            var response = await SendAsync(api, t, b);
            if (response.IsSuccessStatusCode && t.Pattern != "/account/logout")
            {
                refused.Add($"{t.Method} {t.Pattern}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        refused.ShouldBeEmpty();
        using (var admin = app.CreateClient("admin"))
        {
            (await admin.GetAsync("/api/v1/zones", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, "the administrator's token was revoked by another user");
        }
        await using var after = app.OpenDatabase();
        (await after.Indicators.CountAsync(i => i.ZoneId == b.ZoneId, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    /// <summary>
    /// The parcel map (read-only) answers a reader of land evaluations for their own zone, never an enterprise user, and
    /// never for zone B — whose parcels, owners and classes it would otherwise draw.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task ParcelMap_AnswersOwnZoneReaders_AndNeverShowsZoneB(string user)
    {
        var b = LoadZoneB();
        using var api = app.CreateClient(user);
        int kunming;
        await using (var db = app.OpenDatabase())
        {
            kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var own = await api.GetAsync($"/api/v1/zones/{kunming}/land/map", TestContext.Current.CancellationToken);
        var foreign = await api.GetAsync($"/api/v1/zones/{b.ZoneId}/land/map?year=2025", TestContext.Current.CancellationToken);

        own.StatusCode.ShouldBe(user == "demo-enterprise" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await foreign.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Markers(b).ShouldNotContain(m => body.Contains(m, StringComparison.Ordinal));
        using var anonymous = app.CreateAnonymousClient();
        (await anonymous.GetAsync($"/api/v1/zones/{kunming}/land/map", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // Chain templates quote the public articles they were built from, which name zones ("苏州工业园区 … 诊断服务"): the
    // template text is shared reference data, not zone B's records.
    // The national candidate pool is public reference data too (listed companies), some of which are registered in zones.
    private static bool QuotesPublicArticles(string pattern) =>
        pattern is "/api/v1/chains" or "/api/v1/chains/{chain}" or "/chains/templates" or "/chains/templates/{Key}" or "/api/v1/chains/candidates" or "/chains/candidates";

    // A chain template (and the heat map over the caller's own zones) is shared reference data, not zone B's: it answers 200.
    private static bool NamesOnlyAChain(string pattern) => pattern.Replace("{chain}", "", StringComparison.Ordinal).IndexOf('{', StringComparison.Ordinal) < 0;

    private static IEnumerable<string> Markers(ZoneB b) =>
        new[] { b.Name, b.ShortName }.Concat(b.Usccs).Concat(b.EnterpriseNames.Where(n => n.Length >= 6));

    /// <summary>Each write endpoint gets a request aimed at zone B; a new write endpoint fails here until it gets one.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Target t, ZoneB b)
    {
        // A DELETE of a token names somebody else's token (the administrator's): it must not be revoked.
        var url = t.Method == "DELETE" && t.Pattern == "/api/v1/auth/tokens/{id:int}"
            ? $"/api/v1/auth/tokens/{b.ForeignTokenId}"
            : t.Method == "POST" && t.Pattern == "/api/v1/projects/import"
                ? $"/api/v1/projects/import?zoneId={b.ZoneId}"
                : t.Method == "POST" && t.Pattern == "/api/v1/land/plans/{id:int}/progress"
                    ? $"/api/v1/land/plans/{b.AnyPlanId}/progress"
                    : Fill(t.Pattern, b);
        if (t.Method == "GET")
        {
            return await client.GetAsync(url);
        }
        HttpContent? content = (t.Method, t.Pattern) switch
        {
            ("POST", "/api/v1/imports/{kind}") => ImportFile(b),
            ("POST", "/account/logout") => new FormUrlEncodedContent(new Dictionary<string, string>()),
            ("DELETE", "/api/v1/auth/tokens/{id:int}") => null,
            ("PUT", "/api/v1/enterprises/{id:int}/tiers/facts/{year:int}") => JsonContent.Create(new Dictionary<string, decimal?> { ["ip_class2"] = 3 }),
            ("POST", "/api/v1/tiers/applications") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, tier = 2, batchYear = 2025, submittedOn = "2025-05-01" }),
            ("POST", "/api/v1/tiers/applications/{id:int}/advance") => JsonContent.Create(new { applicationId = 0, to = 4, on = "2025-06-01" }),
            ("PUT", "/api/v1/tiers/pools") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, tier = 2, year = 2026, pool = 0, assignedStaff = "x" }),
            ("POST", "/api/v1/tiers/assistance") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, tier = 2, on = "2025-06-01", staff = "x", kind = 0, content = "x" }),
            ("PUT", "/api/v1/tiers/targets") => JsonContent.Create(new { zoneId = b.ZoneId, tier = 2, year = 2026, target = 5, basis = "x" }),
            // An empty template is refused (422) even for the authority; a shared edit never targets one zone.
            ("PUT", "/api/v1/chains/{chain}") => JsonContent.Create(new { json = "{}", note = "x" }),
            ("POST", "/api/v1/zones/{id:int}/chains/templates") => JsonContent.Create(new { json = MinimalChain, note = "x" }),
            ("POST", "/api/v1/zones/{id:int}/chains/{chain}/leads") => JsonContent.Create(new { candidateKey = "pool:1", year = 2025 }),
            ("POST", "/api/v1/chains/assignments/review") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, chainKey = "new-energy-battery", decision = 2, segmentId = "cells" }),
            ("POST", "/api/v1/zones/{id:int}/chains/remap") => JsonContent.Create(new { chainKey = (string?)null }),
            ("PUT", "/api/v1/zones/{id:int}/chains/{chain}/roles") => JsonContent.Create(new { chiefName = "x", leaderEnterpriseId = b.AnyEnterpriseId }),
            ("POST", "/api/v1/chains/candidates") => PoolFile(),
            ("POST", "/api/v1/chains/supplies") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, chainKey = "new-energy-battery", fromSegmentId = "separator", toSegmentId = "cells", partnerSupplies = true, year = 2025, partnerName = "x" }),
            ("POST", "/api/v1/projects") => JsonContent.Create(new { zoneId = b.ZoneId, fields = new { name = "乙区项目", investorName = "x" } }),
            ("PUT", "/api/v1/projects/{id:int}") => JsonContent.Create(new { name = "乙区项目", investorName = "x" }),
            ("POST", "/api/v1/projects/{id:int}/transitions") => JsonContent.Create(new { to = "Terminated", on = "2025-06-01", reason = "x" }),
            ("PUT", "/api/v1/projects/{id:int}/milestones") => JsonContent.Create(new { planned = new Dictionary<string, string?> { ["Contracted"] = "2026-01-01" } }),
            ("PUT", "/api/v1/projects/{id:int}/checklist/{item}") => JsonContent.Create(new { doneOn = "2025-06-01" }),
            ("PUT", "/api/v1/projects/{id:int}/investment/{year:int}") => JsonContent.Create(new { planned = 1, completed = new Dictionary<string, decimal?> { ["1"] = 1 } }),
            ("PUT", "/api/v1/projects/{id:int}/agreement") => JsonContent.Create(new { signedOn = "2025-01-01", committedInvestment = 1 }),
            ("POST", "/api/v1/projects/{id:int}/reviews") => JsonContent.Create(new { on = "2025-06-01", reviewer = "x", score = 50 }),
            ("POST", "/api/v1/projects/group-starts") => JsonContent.Create(new { zoneId = b.ZoneId, name = "x", on = "2025-06-01", projectIds = new[] { b.AnyProjectId } }),
            ("POST", "/api/v1/projects/import") => ProjectsFile(),
            ("POST", "/api/v1/zones/{id:int}/land/runs") => JsonContent.Create(new { year = DateTime.UtcNow.Year - 1, note = "x" }),
            ("POST", "/api/v1/land/runs/{id:int}/publish") => null,
            // A valid scheme: only the run (zone B's) may stop it.
            ("POST", "/api/v1/land/runs/{id:int}/what-if") => new StringContent(ParkLens.Core.LandEfficiency.Schemes.SchemeReader.Write(ParkLens.Core.LandEfficiency.Schemes.BuiltInSchemes.Default), Encoding.UTF8, "application/json"),
            // An empty scheme is refused (422) even for the authority analyst; a valid one would be the caller's own authority's.
            ("POST", "/api/v1/land/schemes") => JsonContent.Create(new { json = "{}", note = "x" }),
            ("POST", "/api/v1/zones/{id:int}/land/plans") => JsonContent.Create(new { enterpriseId = b.AnyEnterpriseId, measure = "Upgrade", target = "x", deadline = "2099-01-01" }),
            ("POST", "/api/v1/land/plans/{id:int}/progress") => JsonContent.Create(new { on = "2025-06-01", status = "Abandoned", note = "x" }),
            ("POST", "/api/v1/zones/{id:int}/land/space") => JsonContent.Create(new { name = "乙区厂房", kind = "Plant", floorAreaM2 = 1000, vacantAreaM2 = 1000 }),
            ("PUT", "/api/v1/land/space/{id:int}") => JsonContent.Create(new { name = "乙区厂房", kind = "Plant", floorAreaM2 = 1000, vacantAreaM2 = 1000 }),
            ("POST", "/api/v1/land/space/{id:int}/moves") => JsonContent.Create(new { to = "Idle", on = "2025-06-01" }),
            ("PUT", "/api/v1/land/space/{id:int}/occupancy") => JsonContent.Create(new { year = 2025, month = 1, occupiedM2 = 1, rentIncome = 1 }),
            ("POST", "/api/v1/land/space/match") => JsonContent.Create(new { zoneId = b.ZoneId, need = new { minAreaM2 = 1, maxAreaM2 = 100000 } }),
            // A well-formed outline naming no registered parcel: even a caller who may write zone B gets 422, nothing written.
            ("POST", "/api/v1/zones/{id:int}/land/parcel-boundaries") => new StringContent(
                """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"no-such-parcel"},"geometry":{"type":"Polygon","coordinates":[[[102.5,24.3],[102.501,24.3],[102.501,24.301],[102.5,24.3]]]}}]}""",
                Encoding.UTF8, "application/geo+json"),
            ("POST", "/api/v1/land/space/{id:int}/reserve") => JsonContent.Create(new { projectId = b.AnyProjectId, on = "2025-06-01" }),
            // Pages take form posts (static rendering); one without the antiforgery token must be refused.
            ("POST", _) when t.IsPage => new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }),
            _ => throw new InvalidOperationException($"no write case for {t.Method} {t.Pattern}: add one to AuthorizationMatrixTests"),
        };
        using var request = new HttpRequestMessage(new HttpMethod(t.Method), url) { Content = content };
        return await client.SendAsync(request);
    }

    private const string MinimalChain = """
        {"key":"zone-b-chain","name":{"zh":"乙"},"segments":[{"id":"a","stage":"upstream","name":{"zh":"甲"},"keywords":["甲乙"]}],"edges":[]}
        """;

    private static MultipartFormDataContent PoolFile()
    {
        var csv = "name,uscc,province_code,city_code,industry_code,main_products,listed_board,stock_code,lists,chains,source\n测试公司,,53,5304,3841,锂离子电池,,,,new-energy-battery,x\n";
        return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "pool.csv" } };
    }

    private static MultipartFormDataContent ProjectsFile()
    {
        var csv = "项目名称,投资方\n乙区导入项目,x\n";
        return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "projects.csv" } };
    }

    private static MultipartFormDataContent ImportFile(ZoneB b)
    {
        var csv = $"统一社会信用代码,年度,营业收入(万元)\n{b.AnyUscc},2025,1\n";
        return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "zone-b.csv" } };
    }

    private static async Task<string> BodyTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType?.Contains("spreadsheetml", StringComparison.Ordinal) == true)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        return Encoding.UTF8.GetString(bytes);
    }
}

public sealed class AuthorizationMatrixSqliteTests(WebAppFixture app) : AuthorizationMatrix(app);

public sealed class AuthorizationMatrixPostgresTests(PostgresWebAppFixture app) : AuthorizationMatrix(app), IClassFixture<PostgresWebAppFixture>;
