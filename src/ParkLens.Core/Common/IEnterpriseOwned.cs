namespace ParkLens.Core.Common;

/// <summary>A zone-owned row about one enterprise: a sub-park's or an enterprise's user sees it only for its own enterprises.</summary>
public interface IEnterpriseOwned : IZoneOwned
{
    int EnterpriseId { get; }
}
