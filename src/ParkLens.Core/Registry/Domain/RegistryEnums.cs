namespace ParkLens.Core.Registry.Domain;

public enum ZoneLevel
{
    National,
    Provincial,

    /// <summary>A park with no State Council or provincial approval of its own (e.g. a city's 产业园).</summary>
    Unrated,
}

public enum ZoneKind
{
    HighTech,
    EconomicTech,
    ComprehensiveBonded,
    FreeTradeArea,
    BorderCooperation,
    IndustrialPark,
    ScienceCity,
}

public enum Ownership
{
    State,
    Private,
    Foreign,
    HongKongMacaoTaiwan,
}

public enum PropertyUse
{
    Industrial,
    Warehouse,
    Research,
    Commercial,
    Residential,
    Infrastructure,
    Other,
}
