using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

[assembly: AssemblyFixture(typeof(ParkLens.IntegrationTests.Infrastructure.WebAppFixture))]

namespace ParkLens.IntegrationTests.Infrastructure;

/// <summary>
/// The web app on a real Kestrel port over a fresh SQLite file seeded with the demo province (fewer synthetic
/// enterprises per zone than the default, to keep the run short). Shared by the API and browser tests.
/// </summary>
public class WebAppFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parklens-web-{Guid.NewGuid():N}.db");
    private readonly Provider _provider;
    private WebApplicationFactory<Program>? _factory;
    private TestDatabase? _postgres;

    public WebAppFixture()
        : this(Provider.Sqlite)
    {
    }

    protected WebAppFixture(Provider provider) => _provider = provider;

    /// <summary>Set when the PostgreSQL lane is not configured; tests on this fixture skip.</summary>
    public string? SkipReason { get; private set; }

    private DatabaseSettings Settings => _postgres?.Settings ?? DatabaseSettings.Parse(_path);

    public Uri BaseAddress { get; private set; } = default!;

    public string DatabasePath => _path;

    public const string AdminPassword = "Test-admin-2026";

    public const int SearchCountLimit = 500;
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    /// <summary>An anonymous client.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress };

    /// <summary>A client carrying an API token of the given user (default: the system administrator).</summary>
    public HttpClient CreateClient(string user = "admin")
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(user));
        return client;
    }

    public string PasswordOf(string user) => user == "admin" ? AdminPassword : DemoPasswords()[user];

    public IReadOnlyDictionary<string, string> DemoPasswords()
    {
        using var db = ParkDbContextFactory.Create(Settings, new FixedActor("test", DataScope.Everything));
        return db.DemoCredentials.AsNoTracking().ToDictionary(d => d.UserName, d => d.Password);
    }

    public IServiceProvider Services => _factory!.Services;

    /// <summary>A client signed in through the login form with a cookie, as a browser would be.</summary>
    public async Task<HttpClient> CreateCookieClientAsync(string user)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        var form = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["password"] = PasswordOf(user), ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"login as {user} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
        return client;
    }

    public ParkDbContext OpenDatabase() => ParkDbContextFactory.Create(Settings, new FixedActor("test", DataScope.Everything));

    private string TokenFor(string user) => _tokens.GetOrAdd(user, u =>
    {
        using var client = CreateAnonymousClient();
        var response = client.PostAsJsonAsync("/api/v1/auth/token", new { userName = u, password = PasswordOf(u), name = "tests" }).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().GetAwaiter().GetResult().GetProperty("token").GetString()!;
    });

    public async ValueTask InitializeAsync()
    {
        if (_provider == Provider.Postgres)
        {
            if (string.IsNullOrEmpty(TestDatabase.PostgresServer))
            {
                SkipReason = $"PostgreSQL lane: set {TestDatabase.PostgresVariable} (./test.sh does).";
                return;
            }
            _postgres = await TestDatabase.CreateAsync(Provider.Postgres);
        }
        var port = FreePort();
        var db = _postgres?.Settings.ConnectionString ?? _path;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("PARKLENS_DB", db);
            b.UseSetting("PARKLENS_DEMO_SIZE", "30-60");
            b.UseSetting("PARKLENS_ADMIN_PASSWORD", AdminPassword);
            b.UseSetting("PARKLENS_SIGNIN_LIMIT", "10000");
            // Low enough that a common name fragment of the demo province ("公司") reaches it.
            b.UseSetting("PARKLENS_SEARCH_COUNT_LIMIT", SearchCountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseEnvironment("Production");
            b.UseStaticWebAssets();
            b.UseSetting("urls", $"http://127.0.0.1:{port}");
        });
        _factory.UseKestrel();
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        GC.SuppressFinalize(this);
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The same app over a fresh PostgreSQL database (the authorization matrix runs on both).</summary>
public sealed class PostgresWebAppFixture() : WebAppFixture(Provider.Postgres);
