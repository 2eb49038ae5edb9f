namespace ParkLens.Core.Access.Domain;

public enum AccessRole
{
    SystemAdministrator,
    AuthorityAnalyst,
    ZoneAdministrator,

    /// <summary>招商局: investment projects.</summary>
    InvestmentStaff,

    /// <summary>经发局: enterprises, indicators, land efficiency, statistics.</summary>
    EconomyStaff,

    /// <summary>科促局: tiers, technology matching.</summary>
    ScienceStaff,

    /// <summary>发展服务局: appeals, visits, policies.</summary>
    ServiceStaff,

    EnterpriseUser,

    /// <summary>Not signed in: reads nothing, writes nothing.</summary>
    Anonymous,
}

/// <summary>The node of the authority → zone → sub-park tree (or the one enterprise) a user's access covers.</summary>
public enum ScopeKind
{
    Everything,
    Authority,
    Zone,
    SubPark,
    Enterprise,
}

public static class AccessTerms
{
    public static readonly IReadOnlyDictionary<AccessRole, string> Roles = new Dictionary<AccessRole, string>
    {
        [AccessRole.SystemAdministrator] = "系统管理员",
        [AccessRole.AuthorityAnalyst] = "主管部门分析员",
        [AccessRole.ZoneAdministrator] = "园区管理员",
        [AccessRole.InvestmentStaff] = "招商局工作人员",
        [AccessRole.EconomyStaff] = "经发局工作人员",
        [AccessRole.ScienceStaff] = "科促局工作人员",
        [AccessRole.ServiceStaff] = "发展服务局工作人员",
        [AccessRole.EnterpriseUser] = "企业用户",
        [AccessRole.Anonymous] = "未登录",
    };
}
