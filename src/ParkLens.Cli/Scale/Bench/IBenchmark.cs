namespace ParkLens.Cli.Scale.Bench;

/// <summary>One benchmark of <c>parklens bench</c>; <see cref="Key"/> is what <c>--only</c> names.</summary>
internal interface IBenchmark
{
    string Key { get; }

    Task<IReadOnlyList<BenchRow>> RunAsync(BenchContext context, CancellationToken ct);
}
