namespace ParkLens.Core.Investments.Domain;

/// <summary>线索 → 洽谈 → 签约 → 注册 → 供地/租赁 → 开工 → 主体封顶 → 竣工 → 投产 → 达产, plus 暂停 and 终止. The order of the values is the order of the pipeline.</summary>
public enum ProjectStage
{
    Lead = 0,
    Negotiating = 1,
    Contracted = 2,
    Registered = 3,
    SiteSecured = 4,
    ConstructionStarted = 5,
    ToppedOut = 6,
    Completed = 7,
    InProduction = 8,
    FullOutput = 9,
    Suspended = 20,
    Terminated = 21,
}

/// <summary>How the project gets its space: new construction on its own land, or a lease of existing (often idle) buildings.</summary>
public enum SpaceRoute
{
    /// <summary>拿地新建: every construction milestone applies.</summary>
    NewBuild,

    /// <summary>租赁厂房: fitting out replaces construction, so 主体封顶 and 竣工 do not apply.</summary>
    Lease,
}

/// <summary>Where the project came from (招商方式).</summary>
public enum ProjectSource
{
    ChainTargeting,
    ViaInvestors,
    Online,
    Fair,
    IdleSpace,
    Expansion,
    Other,
}

public enum ProjectPriority
{
    Ordinary,
    District,
    City,
    Province,
    National,
}

/// <summary>The 拿地即开工 pre-start checklist: what must be ready before the land is secured so work starts the same day.</summary>
public enum PreStartItem
{
    Registration,
    Approval,
    Design,
    DrawingReview,
    EnvironmentalAssessment,
    EnergyAssessment,
    ConstructionPermit,
}
