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
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parklens-web-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = default!;

    public string DatabasePath => _path;

    public const string AdminPassword = "Test-admin-2026";
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
        using var db = ParkDbContextFactory.Create(DatabaseSettings.Parse(_path), new FixedActor("test", DataScope.Everything));
        return db.DemoCredentials.AsNoTracking().ToDictionary(d => d.UserName, d => d.Password);
    }

    public ParkDbContext OpenDatabase() => ParkDbContextFactory.Create(DatabaseSettings.Parse(_path), new FixedActor("test", DataScope.Everything));

    private string TokenFor(string user) => _tokens.GetOrAdd(user, u =>
    {
        using var client = CreateAnonymousClient();
        var response = client.PostAsJsonAsync("/api/v1/auth/token", new { userName = u, password = PasswordOf(u), name = "tests" }).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().GetAwaiter().GetResult().GetProperty("token").GetString()!;
    });

    public ValueTask InitializeAsync()
    {
        var port = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("PARKLENS_DB", _path);
            b.UseSetting("PARKLENS_DEMO_SIZE", "30-60");
            b.UseSetting("PARKLENS_ADMIN_PASSWORD", AdminPassword);
            b.UseEnvironment("Production");
            b.UseStaticWebAssets();
            b.UseSetting("urls", $"http://127.0.0.1:{port}");
        });
        _factory.UseKestrel();
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
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
