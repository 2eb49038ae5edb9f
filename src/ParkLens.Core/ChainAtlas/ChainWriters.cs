using ParkLens.Core.Common;

namespace ParkLens.Core.ChainAtlas;

/// <summary>
/// Who keeps a zone's chains: 招商局 (or the zone administrator) with the whole zone in scope. A user confined to a
/// sub-park's or one enterprise's records must not write the zone-wide mappings, roles, templates or leads it cannot see whole.
/// </summary>
public static class ChainWriters
{
    public static bool CanManage(ICurrentActor actor) => Access.Domain.WritePermissions.CanManageChains(actor.Role) && actor.Scope.EnterpriseIds is null;
}
