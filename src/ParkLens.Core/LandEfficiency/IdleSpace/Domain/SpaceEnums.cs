namespace ParkLens.Core.LandEfficiency.IdleSpace.Domain;

/// <summary>What kind of space a unit is: 厂房, 仓库, 办公 or bare 土地.</summary>
public enum SpaceKind
{
    Plant,
    Warehouse,
    Office,
    Land,
}

/// <summary>
/// 闲置 → 整治/司法处置 → 招租 → 已预订 → 已租. The order of the values is the order of the revival; the allowed moves are
/// in <see cref="Rules.SpaceTransitions"/>.
/// </summary>
public enum SpaceStatus
{
    Idle = 0,
    Disposal = 1,
    Listed = 2,
    Reserved = 3,
    Leased = 4,
}

/// <summary>
/// 火灾危险性类别 of GB 50016《建筑设计防火规范》 (3.1.1 for production, 3.1.3 for storage): 甲 is the most hazardous class
/// and so the most demanding rating, 戊 the least. A building rated for a more hazardous class also serves any less
/// hazardous use: a 甲 unit may house a 丙 need, a 丁 unit may not house a 乙 need.
/// </summary>
public enum FireClass
{
    Jia = 0,
    Yi = 1,
    Bing = 2,
    Ding = 3,
    Wu = 4,
}

/// <summary>How an idle asset is revived (盘活方式).</summary>
public enum DisposalRoute
{
    /// <summary>租赁</summary>
    Lease,

    /// <summary>转让</summary>
    Transfer,

    /// <summary>司法拍卖</summary>
    JudicialAuction,

    /// <summary>政府收储</summary>
    Repurchase,

    /// <summary>腾笼换鸟: the old occupant leaves, a better project moves in.</summary>
    SwapBirds,
}
