using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

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

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public ValueTask InitializeAsync()
    {
        var port = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("PARKLENS_DB", _path);
            b.UseSetting("PARKLENS_DEMO_SIZE", "30-60");
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
