namespace ParkLens.IntegrationTests.Infrastructure;

/// <summary>A clock that stands still until a test moves it on.</summary>
public sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
