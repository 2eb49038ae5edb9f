using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.Access.ApiTokens;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// HTTP load: the Release web app (built first) serving the province database of each engine, a zone user's API
/// token, then Debian's <c>wrk -t2 -c64 -d30s --latency</c> with a Lua script that sends the bearer header and rotates
/// through the seeded search queries (enterprise list API) or the zone's dashboard API, each path requested once
/// beforehand. wrk's requests/s, latency
/// percentiles, non-2xx responses and socket errors are parsed; the server's peak RSS (VmHWM) is read from /proc.
/// </summary>
internal sealed partial class HttpBench : IBenchmark
{
    public string Key => "http";

    public async Task<IReadOnlyList<BenchRow>> RunAsync(BenchContext context, CancellationToken ct)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            throw new InvalidOperationException("wrk is missing: ./bench.sh installs it (apt-get install wrk)");
        }
        var web = await WebDllAsync(context, ct);
        var rows = new List<BenchRow>();
        var databases = new List<Func<Task<ProvinceDatabase>>> { () => ProvinceDatabases.SqliteAsync(context, ct) };
        if (context.Postgres is not null)
        {
            databases.Add(() => ProvinceDatabases.PostgresAsync(context, ct));
        }
        foreach (var load in databases)
        {
            var database = await load();
            var token = await TokenAsync(database, ct);
            var port = FreePort();
            using var server = Process.Start(new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                Environment = { ["PARKLENS_DB"] = database.Settings.ConnectionString, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
            })!;
            server.OutputDataReceived += (_, _) => { };
            server.ErrorDataReceived += (_, _) => { };
            server.BeginOutputReadLine();
            server.BeginErrorReadLine();
            try
            {
                var baseUrl = $"http://127.0.0.1:{port}";
                await WaitReadyAsync(baseUrl, token, ct);
                var searches = SearchBench.Queries(context.Spec, database.LargestZoneName).SelectMany(k => k.Queries)
                    .Select(q => $"/api/v1/enterprises?q={Uri.EscapeDataString(q)}").ToList();
                foreach (var (what, paths) in new[]
                {
                    ("enterprise search API (/api/v1/enterprises?q=…, 80 seeded queries)", searches),
                    ($"zone dashboard API (/api/v1/zones/{{id}}/dashboard, {database.LargestZoneName})", new List<string> { $"/api/v1/zones/{database.LargestZoneId}/dashboard" }),
                })
                {
                    await WarmAsync(baseUrl, token, paths, ct);
                    var cpuBefore = CpuSeconds(server.Id);
                    var result = await WrkAsync(context, baseUrl, token, paths, ct);
                    var cpuPerRequestMs = result.Requests > 0 ? (CpuSeconds(server.Id) - cpuBefore) * 1000 / result.Requests : 0;
                    var ok = result.Requests > 0 && result.Errors == 0 && result.Non2xx == 0 && result.P99Ms < 250;
                    rows.Add(await SearchBench.Logged(context, new BenchRow($"HTTP wrk -t2 -c64 -d30s, {what}, zone user", database.Engine,
                        new Timing(result.P50Ms, result.P90Ms, result.P99Ms, result.Requests), null, null, "no errors, p99 < 250 ms", ok,
                        string.Create(CultureInfo.InvariantCulture, $"{result.RequestsPerSecond:0} req/s, {result.Requests:N0} requests, non-2xx {result.Non2xx}, socket errors {result.Errors}; server CPU {cpuPerRequestMs:0.00} ms per request; p95 column is wrk's 90 %"),
                        PeakRss(server.Id))));
                }
                var rss = PeakRss(server.Id);
                rows.Add(await SearchBench.Logged(context, new BenchRow("memory: web server peak RSS (VmHWM) under the loads above", database.Engine, new Timing(0, 0, 0, 0), null, null,
                    "below 1 GiB", rss < 1024L * 1024 * 1024, $"{rss / (1024 * 1024)} MiB", rss)));
            }
            finally
            {
                server.Kill(true);
                await server.WaitForExitAsync(CancellationToken.None);
            }
        }
        return rows;
    }

    private sealed record WrkResult(double RequestsPerSecond, int Requests, double P50Ms, double P90Ms, double P99Ms, int Non2xx, int Errors);

    private static async Task<WrkResult> WrkAsync(BenchContext context, string baseUrl, string token, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var script = Path.Combine(context.WorkDirectory, $"wrk-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder().AppendLine("local paths = {");
        foreach (var p in paths)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"  \"{p}\",");
        }
        lua.AppendLine("}")
            .AppendLine("local i = 0")
            .AppendLine("request = function()")
            .AppendLine("  i = i + 1")
            .AppendLine(CultureInfo.InvariantCulture, $"  return wrk.format(\"GET\", paths[(i % #paths) + 1], {{ [\"Authorization\"] = \"Bearer {token}\" }})")
            .AppendLine("end");
        await File.WriteAllTextAsync(script, lua.ToString(), ct);
        using var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c64", "-d30s", "--latency", "-s", script, baseUrl])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = await wrk.StandardOutput.ReadToEndAsync(ct);
        await wrk.WaitForExitAsync(ct);
        await context.Log.WriteLineAsync(string.Join('\n', output.Split('\n').Select(l => "    " + l)));
        return new WrkResult(
            Number(RequestsPerSecond().Match(output)), (int)Number(Requests().Match(output)),
            Latency(output, "50%"), Latency(output, "90%"), Latency(output, "99%"),
            (int)Number(Non2xx().Match(output)),
            SocketErrors().Match(output) is { Success: true } m ? m.Groups.Cast<Group>().Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
    }

    private static double Number(Match m) => m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static double Latency(string output, string percentile)
    {
        var m = Regex.Match(output, $@"^\s+{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    // User plus system time of the process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s).
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long PeakRss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    // A zone administrator of the largest zone with an API token (created once per database).
    private static async Task<string> TokenAsync(ProvinceDatabase database, CancellationToken ct)
    {
        await using var services = new ServiceCollection().AddParkCore(database.Settings)
            .AddSingleton<ICurrentActor>(new FixedActor("cli:bench", DataScope.Everything)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var name = $"bench-zone-{Guid.NewGuid():N}"[..24];
        var created = await scope.ServiceProvider.GetRequiredService<CreateUserHandler>().HandleAsync(
            new CreateUserCommand(name, "bench", AccessRole.ZoneAdministrator, ScopeKind.Zone, database.LargestZoneId, null), ct);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("bench user: " + string.Join("; ", created.Errors));
        }
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ParkUser>>().FindByNameAsync(name);
        var issued = await scope.ServiceProvider.GetRequiredService<IssueApiTokenHandler>().HandleAsync(user!.Id, "bench", TimeSpan.FromDays(1), ct);
        return issued.Token;
    }

    private static async Task WaitReadyAsync(string baseUrl, string token, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var response = await client.GetAsync(new Uri("/api/v1/zones", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new InvalidOperationException($"web app answered {(int)response.StatusCode} to a token request");
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
            }
            await Task.Delay(500, ct);
        }
    }

    // Every path once before the load, one at a time, as a running server would have served them before: the load then
    // measures steady state, not the first computation of a page (seconds for a large zone's dashboard) with 64
    // connections waiting on it.
    private static async Task WarmAsync(string baseUrl, string token, IReadOnlyList<string> paths, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
            response.EnsureSuccessStatusCode();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The Release build of the web app next to this CLI's repository.
    private static async Task<string> WebDllAsync(BenchContext context, CancellationToken ct)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ParkLens.slnx")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException("the http bench runs from the repository (it starts src/ParkLens.Web)");
        }
        // Built every time (incremental, quick when up to date): an existing build may be older than the code measured.
        await context.Log.WriteLineAsync("  building src/ParkLens.Web (Release) …");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root.FullName, "src/ParkLens.Web"), "-c", "Release", "-v", "q"]) { UseShellExecute = false })!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("building src/ParkLens.Web failed");
        }
        return Path.Combine(root.FullName, "src/ParkLens.Web/bin/Release/net10.0/ParkLens.Web.dll");
    }
}
