using System.Diagnostics;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>Median, 95th and 99th percentile of a set of timed runs, in milliseconds.</summary>
internal readonly record struct Timing(double MedianMs, double P95Ms, double P99Ms, int Runs)
{
    public static Timing Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Timing(Percentile(sorted, 0.5), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>One warm-up, then <paramref name="runs"/> timed calls.</summary>
    public static async Task<Timing> MeasureAsync(int runs, Func<Task> work)
    {
        await work();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Of(times);
    }
}

/// <summary>
/// One line of the bench table: what was measured on which engine, its timing, the reference run side by side (when the
/// target is a ratio), the target in words, whether it was met, and the process's peak working set after the row.
/// </summary>
internal sealed record BenchRow(
    string What, string Engine, Timing Measured, string? ReferenceName, Timing? Reference, string Target, bool? Met, string Note, long PeakWorkingSetBytes)
{
    public double? Ratio => Reference is { MedianMs: > 0 } r ? Measured.MedianMs / r.MedianMs : null;

    public static long PeakWorkingSet() => Process.GetCurrentProcess().PeakWorkingSet64;
}
