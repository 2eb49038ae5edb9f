namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Every fact a tier rule can read. y0 is the evaluated fiscal year, y1 the year before, y2 two years before.</summary>
public static class FactKeys
{
    public const string Revenue = "revenue.y0";
    public const string RevenueY1 = "revenue.y1";
    public const string RevenueY2 = "revenue.y2";
    public const string RdExpense = "rd_expense.y0";
    public const string RdExpenseY1 = "rd_expense.y1";
    public const string RdExpenseY2 = "rd_expense.y2";
    public const string Employees = "employees.y0";
    public const string RdStaff = "rd_staff.y0";
    public const string HighTechRevenue = "high_tech_revenue.y0";

    public const string OperatingDays = "operating_days";
    public const string HoldsHighTech = "holds_high_tech";
    public const string HoldsSpecialized = "holds_specialized";

    public const string MainRevenue = "main_revenue.y0";
    public const string MainRevenueY1 = "main_revenue.y1";
    public const string MainRevenueY2 = "main_revenue.y2";
    public const string TechStaff = "tech_staff.y0";
    public const string TotalAssets = "total_assets.y0";
    public const string TotalAssetsY1 = "total_assets.y1";
    public const string TotalAssetsY2 = "total_assets.y2";
    public const string TotalLiabilities = "total_liabilities.y0";
    public const string TotalLiabilitiesY1 = "total_liabilities.y1";
    public const string TotalLiabilitiesY2 = "total_liabilities.y2";
    public const string NetProfit = "net_profit.y0";
    public const string CostExpenseTotal = "cost_expense_total.y0";
    public const string RdExpenseDomestic3Y = "rd_expense_domestic_3y";

    public const string IpClass1 = "ip_class1";
    public const string IpClass1SelfDeveloped = "ip_class1_self_developed";
    public const string IpClass1HighValue = "ip_class1_high_value";
    public const string IpClass2 = "ip_class2";
    public const string IpHasSelfDeveloped = "ip_has_self_developed";

    public const string ResidentEnterprise = "resident_enterprise";
    public const string ProductsNotRestricted = "products_not_restricted";
    public const string NoMajorIncident = "no_major_incident";
    public const string NotOnBlacklists = "not_on_blacklists";

    public const string AwardNationalRank5Y = "award_national_rank_5y";
    public const string AwardNationalRank3Y = "award_national_rank_3y";
    public const string AwardProvincialRank3Y = "award_provincial_rank_3y";
    public const string RdInstitutionLevel = "rd_institution_level";
    public const string LedStandard5Y = "led_standard_5y";
    public const string ParticipatedStandard = "participated_standard";
    public const string InnovationHonour = "innovation_honour";
    public const string EquityFinancing2Y = "equity_financing_2y";
    public const string EquityFinancing3Y = "equity_financing_3y";
    public const string ChuangkeRank3Y = "chuangke_rank_3y";

    public const string YearsInSegment = "years_in_segment";
    public const string DigitalLevel = "digital_level";
    public const string QualityAwardProvincial = "quality_award_provincial";
    public const string QualityCertification = "quality_certification";
    public const string OwnBrand = "own_brand";
    public const string StrategicEmerging = "strategic_emerging";
    public const string ChainRole = "chain_role";
    public const string LocalFeaturePoints = "local_feature_points";
    public const string LocalIndustrySystem = "local_industry_system";
    public const string LocalHeritageOrFirstSet = "local_heritage_or_first_set";
    public const string LocalRegionalUnique = "local_regional_unique";
    public const string MarketShare = "market_share";
    public const string InfoSystem = "info_system";
    public const string MgmtOrForeignCert = "mgmt_or_foreign_cert";
    public const string ChainLinkConfirmed = "chain_link_confirmed";
    public const string ProductFieldConfirmed = "product_field_confirmed";

    public const string CoreIpOwned = "core_ip_owned";
    public const string TechInSupportedField = "tech_in_supported_field";
    public const string Conversions3Y = "conversions_3y";
    public const string HtScoreIpAdvance = "ht_score_ip_advance";
    public const string HtScoreIpCore = "ht_score_ip_core";
    public const string HtScoreIpCount = "ht_score_ip_count";
    public const string HtScoreIpAcquisition = "ht_score_ip_acquisition";
    public const string HtScoreStandard = "ht_score_standard";
    public const string HtScoreConversion = "ht_score_conversion";
    public const string HtScoreRdOrg = "ht_score_rd_org";
    public const string HtScoreGrowthAssets = "ht_score_growth_assets";
    public const string HtScoreGrowthSales = "ht_score_growth_sales";
}
