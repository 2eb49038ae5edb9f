namespace ParkLens.Core.Common;

/// <summary>
/// What the current caller may read: every zone, or a set of zones, optionally narrowed to a set of enterprises
/// (a sub-park's or one enterprise's own). Applied as global query filters, so no page, endpoint or command filters by hand.
/// </summary>
public sealed class DataScope
{
    private DataScope(bool unrestricted, IReadOnlyCollection<int> zoneIds, IReadOnlyCollection<int>? enterpriseIds)
    {
        Unrestricted = unrestricted;
        ZoneIds = zoneIds;
        EnterpriseIds = enterpriseIds;
    }

    public bool Unrestricted { get; }

    public IReadOnlyCollection<int> ZoneIds { get; }

    /// <summary>Null when the whole of each zone is in scope.</summary>
    public IReadOnlyCollection<int>? EnterpriseIds { get; }

    public static DataScope Everything { get; } = new(true, [], null);

    public static DataScope Nothing { get; } = new(false, [], []);

    public static DataScope Zones(IEnumerable<int> zoneIds) => new(false, zoneIds.Distinct().ToArray(), null);

    public static DataScope Enterprises(int zoneId, IEnumerable<int> enterpriseIds) => new(false, [zoneId], enterpriseIds.Distinct().ToArray());

    public bool Includes(int zoneId) => Unrestricted || ZoneIds.Contains(zoneId);

    public bool Includes(int zoneId, int enterpriseId) => Includes(zoneId) && (EnterpriseIds is null || EnterpriseIds.Contains(enterpriseId));
}

/// <summary>Who is acting, for provenance, audit, the data scope and what the actor may write.</summary>
public interface ICurrentActor
{
    string Name { get; }

    DataScope Scope { get; }

    /// <summary>Null for the system itself (start-up, CLI on the database), which may do everything.</summary>
    Access.Domain.AccessRole? Role { get; }
}

public sealed class FixedActor(string name, DataScope scope, Access.Domain.AccessRole? role = null) : ICurrentActor
{
    public string Name { get; } = name;

    public DataScope Scope { get; } = scope;

    public Access.Domain.AccessRole? Role { get; } = role;
}
