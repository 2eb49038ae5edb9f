using System.Globalization;
using System.Threading.RateLimiting;

namespace ParkLens.Web;

/// <summary>
/// Admits API reads a few at a time, in arrival order (PARKLENS_API_CONCURRENCY, default twice the cores; queue
/// PARKLENS_API_QUEUE, default 1,000, past which a request gets 503 with Retry-After). Under load, dozens of requests
/// running at once on a few cores only contend: for the connection pool, for locks, for the garbage collector. Running a
/// few at a time and queueing the rest serves the same throughput with latencies close to the average instead of a long
/// tail (docs/benchmarks.md, HTTP rows). Writes and file exports are not queued: they are rare and may run long.
/// </summary>
internal static class ApiConcurrency
{
    public static void UseApiConcurrencyLimit(this WebApplication app)
    {
        var permits = Setting(app.Configuration, "PARKLENS_API_CONCURRENCY", 2 * Environment.ProcessorCount);
        var queue = Setting(app.Configuration, "PARKLENS_API_QUEUE", 1_000);
        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits, QueueLimit = queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        app.Lifetime.ApplicationStopped.Register(limiter.Dispose);
        app.Use(async (ctx, next) =>
        {
            if (!Queued(ctx.Request))
            {
                await next();
                return;
            }
            using var lease = await limiter.AcquireAsync(1, ctx.RequestAborted);
            if (!lease.IsAcquired)
            {
                ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                ctx.Response.Headers.RetryAfter = "1";
                return;
            }
            await next();
        });
    }

    private static bool Queued(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.StartsWithSegments("/api")
        && !request.Path.Value!.EndsWith("/export", StringComparison.OrdinalIgnoreCase);

    private static int Setting(IConfiguration configuration, string key, int fallback) =>
        int.TryParse(configuration[key], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
