using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Core.Access.Domain;

/// <summary>
/// Which role writes which module's records. Zone staff write only their department's module: 经发局 keeps the
/// registry's enterprises and figures; an enterprise's own account keeps its figures; authority analysts only read.
/// </summary>
public static class WritePermissions
{
    public static bool CanImport(AccessRole? role, ImportKind kind) => role switch
    {
        null or AccessRole.SystemAdministrator => true,
        AccessRole.ZoneAdministrator or AccessRole.EconomyStaff => kind is ImportKind.Enterprises or ImportKind.Indicators,
        AccessRole.EnterpriseUser => kind == ImportKind.Indicators,
        _ => false,
    };

    public static bool CanImportAnything(AccessRole? role) => Enum.GetValues<ImportKind>().Any(k => CanImport(role, k));

    /// <summary>科促局 runs the tier work: pools, assistance, applications, targets.</summary>
    public static bool CanManageTiers(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator or AccessRole.ScienceStaff;

    /// <summary>Tier facts (IP counts, awards …) are entered by 科促局 or by the enterprise for itself.</summary>
    public static bool CanEnterTierFacts(AccessRole? role) => CanManageTiers(role) || role == AccessRole.EnterpriseUser;

    public static bool CanReadAudit(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator;

    /// <summary>招商局 keeps the zone's chains: mappings, 链长/链主, its own chain templates, leads from targets.</summary>
    public static bool CanManageChains(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator or AccessRole.InvestmentStaff;

    /// <summary>The shared chain templates are the authority's to edit, for its own zones (the system administrator's for all).</summary>
    public static bool CanEditSharedChains(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.AuthorityAnalyst;

    /// <summary>The national candidate pool is every authority's: only the system administrator (or the CLI) replaces it.</summary>
    public static bool CanImportCandidatePool(AccessRole? role) => role is null or AccessRole.SystemAdministrator;

    /// <summary>Target lists and leads are the zone's investment work, not for an enterprise's own account.</summary>
    public static bool CanSeeTargets(AccessRole? role) => role is not (AccessRole.EnterpriseUser or AccessRole.Anonymous);

    /// <summary>招商局 runs the project pipeline: projects, stages, investment, agreements, group starts, reviews.</summary>
    public static bool CanManageProjects(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator or AccessRole.InvestmentStaff;

    /// <summary>The pipeline is the zones' and the authorities' investment work, not an enterprise's.</summary>
    public static bool CanSeeProjects(AccessRole? role) => role is not (AccessRole.EnterpriseUser or AccessRole.Anonymous);

    /// <summary>经发局 runs and publishes the zone's 亩均效益 evaluation.</summary>
    public static bool CanEvaluateLand(AccessRole? role) => role is null or AccessRole.SystemAdministrator or AccessRole.ZoneAdministrator or AccessRole.EconomyStaff;
}
