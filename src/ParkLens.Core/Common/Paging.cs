namespace ParkLens.Core.Common;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    /// <summary>True when counting stopped at <see cref="Total"/>: there are more matches than that.</summary>
    public bool TotalIsLowerBound { get; init; }
}

public static class Paging
{
    public const int MaxPageSize = 500;

    public static (int Page, int Size) Clamp(int page, int pageSize) =>
        (Math.Clamp(page, 1, 1_000_000), Math.Clamp(pageSize, 1, MaxPageSize));
}
