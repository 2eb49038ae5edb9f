namespace ParkLens.Core.Common;

/// <summary>
/// The zones the current caller may read. Applied as a global query filter on every <see cref="IZoneOwned"/> row,
/// so no page, endpoint or command filters by hand.
/// </summary>
public sealed class DataScope
{
    private DataScope(bool unrestricted, IReadOnlyCollection<int> zoneIds)
    {
        Unrestricted = unrestricted;
        ZoneIds = zoneIds;
    }

    public bool Unrestricted { get; }

    public IReadOnlyCollection<int> ZoneIds { get; }

    public static DataScope Everything { get; } = new(true, []);

    public static DataScope Zones(IEnumerable<int> zoneIds) => new(false, zoneIds.Distinct().ToArray());

    public bool Includes(int zoneId) => Unrestricted || ZoneIds.Contains(zoneId);
}

/// <summary>Who is acting, for provenance and audit.</summary>
public interface ICurrentActor
{
    string Name { get; }

    DataScope Scope { get; }
}

public sealed class FixedActor(string name, DataScope scope) : ICurrentActor
{
    public string Name { get; } = name;

    public DataScope Scope { get; } = scope;
}
