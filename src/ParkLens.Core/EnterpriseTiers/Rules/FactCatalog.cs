using static ParkLens.Core.EnterpriseTiers.Rules.FactKeys;

namespace ParkLens.Core.EnterpriseTiers.Rules;

public sealed record FactDefinition(
    string Key,
    string NameZh,
    string NameEn,
    FactUnit Unit,
    FactOrigin Origin,
    string? HelpZh,
    string? HelpEn,
    decimal? Min,
    decimal? Max);

/// <summary>The names, units and ranges of every fact in <see cref="FactKeys"/>.</summary>
public static class FactCatalog
{
    private const FactOrigin R = FactOrigin.Registry;
    private const FactOrigin E = FactOrigin.Entered;
    private const FactOrigin D = FactOrigin.Derived;
    private const string RankHelpZh = "获奖单位中的最好排名，0 = 无";
    private const string RankHelpEn = "Best rank among the award-winning units; 0 = none";

    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        Money(Revenue, "营业收入（销售收入）", "Operating revenue (sales)", R),
        Money(RevenueY1, "上年营业收入", "Operating revenue, year before", R),
        Money(RevenueY2, "前年营业收入", "Operating revenue, two years before", R),
        Money(RdExpense, "研发费用", "R&D expense", R),
        Money(RdExpenseY1, "上年研发费用", "R&D expense, year before", R),
        Money(RdExpenseY2, "前年研发费用", "R&D expense, two years before", R),
        Count(Employees, "职工总数", "Total employees", R),
        Count(RdStaff, "研发人员", "R&D staff", R),
        Money(HighTechRevenue, "高新技术产品（服务）收入", "High-tech product (service) revenue", R),

        new(OperatingDays, "成立天数", "Days since registration", FactUnit.Days, D, "截至评价日", "At the as-of date", 0, null),
        Flag(HoldsHighTech, "持有有效高新技术企业证书", "Holds a valid high-tech enterprise certificate", D),
        Flag(HoldsSpecialized, "有效专精特新中小企业", "Valid specialised-and-sophisticated SME status", D),

        Money(MainRevenue, "主营业务收入", "Main-business revenue", E),
        Money(MainRevenueY1, "上年主营业务收入", "Main-business revenue, year before", E),
        Money(MainRevenueY2, "前年主营业务收入", "Main-business revenue, two years before", E),
        Count(TechStaff, "科技人员", "S&T staff", E),
        Money(TotalAssets, "资产总额", "Total assets", E),
        Money(TotalAssetsY1, "上年末资产总额", "Total assets, year before", E),
        Money(TotalAssetsY2, "前年末资产总额", "Total assets, two years before", E),
        Money(TotalLiabilities, "负债总额", "Total liabilities", E),
        Money(TotalLiabilitiesY1, "上年末负债总额", "Total liabilities, year before", E),
        Money(TotalLiabilitiesY2, "前年末负债总额", "Total liabilities, two years before", E),
        new(NetProfit, "净利润", "Net profit", FactUnit.TenThousandYuan, E, null, null, null, null),
        Money(CostExpenseTotal, "成本费用支出总额", "Total costs and expenses", E),
        Money(RdExpenseDomestic3Y, "近3年境内研发费用", "Domestic R&D expense, last 3 years", E),

        Count(IpClass1, "Ⅰ类知识产权", "Class I IP (invention patents etc.)", E),
        Count(IpClass1SelfDeveloped, "自主研发Ⅰ类知识产权", "Self-developed Class I IP", E),
        Count(IpClass1HighValue, "Ⅰ类高价值知识产权", "High-value Class I IP", E),
        Count(IpClass2, "Ⅱ类知识产权", "Class II IP (utility models, designs, software)", E),
        Flag(IpHasSelfDeveloped, "有自主研发取得的知识产权", "Some IP was developed in-house (not only acquired)", E),

        Flag(ResidentEnterprise, "境内注册的居民企业", "Resident enterprise registered in mainland China", E),
        Flag(ProductsNotRestricted, "产品不属禁止、限制、淘汰类", "Products not prohibited, restricted or obsolete", E),
        Flag(NoMajorIncident, "无重大安全、质量事故或严重环境违法", "No major safety/quality accident or serious environmental violation", E),
        Flag(NotOnBlacklists, "未列入经营异常名录和失信名单", "Not on the abnormal-operation or dishonesty lists", E),

        Rank(AwardNationalRank5Y, "近5年国家级科技奖励排名", "National S&T award rank, last 5 years"),
        Rank(AwardNationalRank3Y, "近3年国家级科技奖励排名", "National S&T award rank, last 3 years"),
        Rank(AwardProvincialRank3Y, "近3年省级科技奖励排名", "Provincial S&T award rank, last 3 years"),
        new(RdInstitutionLevel, "研发机构级别", "R&D institution level", FactUnit.Level, E,
            "0 无；1 市级以下；2 市级；3 省级（省部级）；4 国家级", "0 none; 1 below city; 2 city; 3 provincial/ministerial; 4 national", 0, 4),
        Flag(LedStandard5Y, "近5年主导制定国际、国家或行业标准", "Led an international, national or industry standard in the last 5 years", E),
        Flag(ParticipatedStandard, "参与制修订标准", "Took part in drafting a standard", E),
        Flag(InnovationHonour, "有效的国家级技术创新示范企业、知识产权优势/示范企业等荣誉", "Valid national innovation-demonstration or IP advantage/demonstration honour", E),
        Money(EquityFinancing2Y, "近2年新增股权融资（实缴）", "New paid-in equity financing, last 2 years", E),
        Money(EquityFinancing3Y, "近3年新增股权融资（实缴）", "New paid-in equity financing, last 3 years", E),
        Rank(ChuangkeRank3Y, "近3年「创客中国」全国排名", "\"Maker China\" national rank, last 3 years"),

        new(YearsInSegment, "从事特定细分市场年限", "Years in the market segment", FactUnit.Years, E, null, null, 0, null),
        new(DigitalLevel, "数字化水平等级", "Digitalisation level", FactUnit.Level, E, "1 一级；2 二级；3 三级及以上", "1, 2, or 3 and above", 0, 6),
        Flag(QualityAwardProvincial, "省级以上质量奖", "Provincial or higher quality award", E),
        Flag(QualityCertification, "ISO9001 等质量管理体系认证", "ISO 9001 or similar quality certification", E),
        Flag(OwnBrand, "拥有面向市场的自主品牌", "Market-facing own brand", E),
        Flag(StrategicEmerging, "主导产品属《战略性新兴产业分类》", "Main product in the strategic emerging industries catalogue", E),
        new(ChainRole, "主导产品在产业链中的作用", "Role of the main product in the industrial chain", FactUnit.Level, E,
            "0 其他；1 工业“六基”、中华老字号或服务链主企业；2 关键领域补短板、锻长板、填空白", "0 other; 1 'six basics', time-honoured brand or serves a chain leader; 2 fills a gap in a key chain link", 0, 2),
        new(LocalFeaturePoints, "地方特色指标得分（直接录入）", "Local-feature score (entered directly)", FactUnit.Points, E, "省级主管部门确定，0–15", "Defined by the province, 0-15", 0, 15),
        Flag(LocalIndustrySystem, "属本省重点产业体系（示例：四川“5+1/4+6/10+3”）", "In the province's key industry systems (example: Sichuan)", E),
        Flag(LocalHeritageOrFirstSet, "非遗、地理标志或省级首台套（示例：四川）", "Intangible heritage, geographic indication or provincial first-of-kind (example: Sichuan)", E),
        Flag(LocalRegionalUnique, "具有区域独特性（示例：四川）", "Regionally unique (example: Sichuan)", E),
        new(MarketShare, "主导产品全国细分市场占有率", "National segment market share of the main product", FactUnit.Ratio, E, null, null, 0, 1),
        Flag(InfoSystem, "至少1项核心业务采用信息系统", "At least one core process runs on an information system", E),
        Flag(MgmtOrForeignCert, "管理体系认证或产品获发达国家认证", "Management-system certification or developed-country product certification", E),
        Flag(ChainLinkConfirmed, "（人工确认）位于产业链关键环节（链）", "(Staff-confirmed) key link of an industrial chain", E),
        Flag(ProductFieldConfirmed, "（人工确认）主导产品属重点领域（品）", "(Staff-confirmed) main product in a key field", E),

        Flag(CoreIpOwned, "拥有对主要产品起核心支持作用的知识产权所有权", "Owns IP that is core to the main products", E),
        Flag(TechInSupportedField, "核心技术属《国家重点支持的高新技术领域》", "Core technology in the state-supported high-tech fields", E),
        Count(Conversions3Y, "近3年科技成果转化数", "Technology conversions, last 3 years", E),
        Expert(HtScoreIpAdvance, "专家分：技术的先进程度", "Expert score: technical advancement", 8),
        Expert(HtScoreIpCore, "专家分：核心支持作用", "Expert score: core support of the main products", 8),
        Expert(HtScoreIpCount, "专家分：知识产权数量", "Expert score: number of IP", 8),
        Expert(HtScoreIpAcquisition, "专家分：知识产权获得方式", "Expert score: how the IP was obtained", 6),
        Expert(HtScoreStandard, "专家分：参与编制标准（加分）", "Expert score: standards bonus", 2),
        Expert(HtScoreConversion, "专家分：科技成果转化能力", "Expert score: conversion capability", 30),
        Expert(HtScoreRdOrg, "专家分：研究开发组织管理水平", "Expert score: R&D organisation and management", 20),
        Expert(HtScoreGrowthAssets, "专家分：净资产增长率", "Expert score: net-asset growth", 10),
        Expert(HtScoreGrowthSales, "专家分：销售收入增长率", "Expert score: sales growth", 10),
    ];

    private static readonly Dictionary<string, FactDefinition> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static FactDefinition Get(string key) =>
        ByKey.TryGetValue(key, out var fact) ? fact : throw new KeyNotFoundException($"Unknown tier fact '{key}'.");

    public static bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactDefinition? fact) =>
        ByKey.TryGetValue(key, out fact);

    private static FactDefinition Money(string key, string zh, string en, FactOrigin origin) =>
        new(key, zh, en, FactUnit.TenThousandYuan, origin, null, null, 0, null);

    private static FactDefinition Count(string key, string zh, string en, FactOrigin origin) =>
        new(key, zh, en, FactUnit.Count, origin, null, null, 0, null);

    private static FactDefinition Flag(string key, string zh, string en, FactOrigin origin) =>
        new(key, zh, en, FactUnit.Boolean, origin, "1 是；0 否", "1 yes; 0 no", 0, 1);

    private static FactDefinition Rank(string key, string zh, string en) =>
        new(key, zh, en, FactUnit.Count, E, RankHelpZh, RankHelpEn, 0, null);

    private static FactDefinition Expert(string key, string zh, string en, decimal max) =>
        new(key, zh, en, FactUnit.Points, E, "评审专家给出的整数分，须落在对应档次的分值区间内", "Integer given by the reviewing experts; must lie in the band's range", 0, max);
}
