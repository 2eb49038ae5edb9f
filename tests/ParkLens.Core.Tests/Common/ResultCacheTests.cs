using ParkLens.Core.Common;

namespace ParkLens.Core.Tests.Common;

public sealed class ResultCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AResult_IsKeptForItsStamp_AndComputedAgainForANewOne()
    {
        var cache = new ResultCache();
        var computed = 0;
        Task<string> Compute() => Task.FromResult($"result {++computed}");

        var first = await cache.GetOrComputeAsync("zone 1", "v1", Compute, Ct);
        var again = await cache.GetOrComputeAsync("zone 1", "v1", Compute, Ct);
        var other = await cache.GetOrComputeAsync("zone 2", "v1", Compute, Ct);
        var newer = await cache.GetOrComputeAsync("zone 1", "v2", Compute, Ct);

        (first, again, other, newer).ShouldBe(("result 1", "result 1", "result 2", "result 3"));
        cache.Count.ShouldBe(2, "a new stamp replaces the key's old result");
    }

    [Fact]
    public async Task CallersAtOnce_ShareOneComputation()
    {
        var cache = new ResultCache();
        var computed = 0;
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> Compute()
        {
            Interlocked.Increment(ref computed);
            return gate.Task;
        }

        var callers = Enumerable.Range(0, 8).Select(_ => cache.GetOrComputeAsync("zone", "v1", Compute, Ct)).ToList();
        gate.SetResult("done");

        (await Task.WhenAll(callers)).ShouldAllBe(r => r == "done");
        computed.ShouldBe(1);
    }

    [Fact]
    public async Task AFailedComputation_IsNotKept()
    {
        var cache = new ResultCache();
        var calls = 0;
        Task<string> Compute() => ++calls == 1 ? Task.FromException<string>(new InvalidOperationException("database gone")) : Task.FromResult("ok");

        await Should.ThrowAsync<InvalidOperationException>(() => cache.GetOrComputeAsync("zone", "v1", Compute, Ct));
        (await cache.GetOrComputeAsync("zone", "v1", Compute, Ct)).ShouldBe("ok");
    }

    [Fact]
    public async Task ACallerThatGivesUp_StopsWaiting_WithoutCancellingTheComputationForOthers()
    {
        var cache = new ResultCache();
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();

        var giving = cache.GetOrComputeAsync("zone", "v1", () => gate.Task, impatient.Token);
        var waiting = cache.GetOrComputeAsync("zone", "v1", () => Task.FromResult("second computation"), Ct);
        await impatient.CancelAsync();
        gate.SetResult("first computation");

        await Should.ThrowAsync<OperationCanceledException>(() => giving);
        (await waiting).ShouldBe("first computation");
    }

    [Fact]
    public async Task PastItsCapacity_TheLeastRecentlyUsedGo()
    {
        var cache = new ResultCache();
        for (var i = 0; i < ResultCache.Capacity; i++)
        {
            await cache.GetOrComputeAsync(i, "v", () => Task.FromResult(i), Ct);
        }
        await cache.GetOrComputeAsync(0, "v", () => Task.FromResult(-1), Ct);

        await cache.GetOrComputeAsync(ResultCache.Capacity, "v", () => Task.FromResult(ResultCache.Capacity), Ct);

        cache.Count.ShouldBe(ResultCache.Capacity + 1 - (ResultCache.Capacity / 4));
        (await cache.GetOrComputeAsync(0, "v", () => Task.FromResult(-1), Ct)).ShouldBe(0, "the key used last before the overflow stays");
        (await cache.GetOrComputeAsync(1, "v", () => Task.FromResult(-1), Ct)).ShouldBe(-1, "the oldest went");
    }
}
