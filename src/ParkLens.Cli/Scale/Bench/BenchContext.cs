using ParkLens.Core.Scale.Synthetic;

namespace ParkLens.Cli.Scale.Bench;

/// <summary>
/// What every benchmark shares: the synthetic province (generated once per run, as import files under
/// <see cref="WorkDirectory"/>), the number of timed runs, and the PostgreSQL server to use when one was given.
/// </summary>
internal sealed class BenchContext(ProvinceSpec spec, int runs, string workDirectory, string? postgres, TextWriter log)
{
    private Task<ProvinceFiles>? _files;

    public ProvinceSpec Spec { get; } = spec;

    public int Runs { get; } = runs;

    public string WorkDirectory { get; } = workDirectory;

    /// <summary>A connection string to a PostgreSQL server the bench may create and drop databases on; null skips the PostgreSQL rows.</summary>
    public string? Postgres { get; } = postgres;

    public TextWriter Log { get; } = log;

    public Task<ProvinceFiles> FilesAsync(CancellationToken ct) =>
        _files ??= ProvinceCsv.WriteAsync(Spec, Path.Combine(WorkDirectory, "province"), null, ct);
}
