using ParkLens.Core.Common.Tabular;
namespace ParkLens.Core.Registry.ImportRegistryFile;

internal static class ImportRules
{
    public static readonly ImportRule NotPermitted = new("not-permitted", "您的角色不能导入此类数据（{0}）", "your role may not import {0}");
    public static readonly ImportRule Required = new("required", "必填，不能为空", "is required");
    public static readonly ImportRule UnknownColumn = new("unknown-column", "不是本模板的列（可用列：{0}）", "is not a column of this template (columns: {0})");
    public static readonly ImportRule MissingColumn = new("missing-column", "缺少必需的列", "required column is missing");
    public static readonly ImportRule DuplicateColumn = new("duplicate-column", "列名重复", "appears twice in the header");
    public static readonly ImportRule EmptyFile = new("empty-file", "文件没有表头或数据行", "the file has no header or no data rows");
    public static readonly ImportRule UnreadableFile = new("unreadable-file", "无法读取文件：{0}", "the file cannot be read: {0}");
    public static readonly ImportRule UsccLength = new("uscc-length", "统一社会信用代码应为 18 位（实际 {0} 位）", "a USCC has 18 characters (found {0})");
    public static readonly ImportRule UsccFormat = new("uscc-format", "统一社会信用代码含非法字符或格式错误（不允许 I、O、S、V、Z，第 3—8 位为行政区划码）", "the USCC has an invalid character or layout (I, O, S, V, Z are not used; characters 3–8 are a division code)");
    public static readonly ImportRule UsccChecksum = new("uscc-checksum", "统一社会信用代码校验位错误（GB 32100-2015），应为 {0}", "the USCC check character is wrong (GB 32100-2015); expected {0}");
    public static readonly ImportRule DuplicateInFile = new("duplicate-in-file", "与第 {0} 行重复", "duplicates row {0}");
    public static readonly ImportRule NotANumber = new("not-a-number", "「{0}」不是数字", "\"{0}\" is not a number");
    public static readonly ImportRule NotAnInteger = new("not-an-integer", "「{0}」不是整数", "\"{0}\" is not a whole number");
    public static readonly ImportRule Negative = new("negative", "不能为负数", "may not be negative");
    public static readonly ImportRule OutOfRange = new("out-of-range", "数值 {0} 超出允许范围 {1}—{2}", "value {0} is outside {1}–{2}");
    public static readonly ImportRule TooLong = new("too-long", "长度不能超过 {0} 个字符", "may not exceed {0} characters");
    public static readonly ImportRule UnknownIndustry = new("unknown-industry", "「{0}」不是 GB/T 4754-2017 行业代码", "\"{0}\" is not a GB/T 4754-2017 industry code");
    public static readonly ImportRule UnknownTerm = new("unknown-term", "「{0}」不是允许的取值（{1}）", "\"{0}\" is not one of {1}");
    public static readonly ImportRule NotADate = new("not-a-date", "「{0}」不是日期（例如 2015-06-30）", "\"{0}\" is not a date (e.g. 2015-06-30)");
    public static readonly ImportRule FutureDate = new("future-date", "日期不能晚于今天", "may not be in the future");
    public static readonly ImportRule NotABoolean = new("not-a-boolean", "「{0}」应为 是 或 否", "\"{0}\" must be 是/否 (yes/no)");
    public static readonly ImportRule UnknownProvince = new("unknown-province", "「{0}」不是省级行政区划代码", "\"{0}\" is not a province code");
    public static readonly ImportRule CityNotInProvince = new("city-not-in-province", "「{0}」不是该省的地级行政区划代码", "\"{0}\" is not a prefecture code of that province");
    public static readonly ImportRule UnknownZone = new("unknown-zone", "找不到开发区「{0}」（或无权访问）", "zone \"{0}\" does not exist or is not yours");
    public static readonly ImportRule AmbiguousZone = new("ambiguous-zone", "「{0}」同时是多个开发区的名称或简称，请填写全称", "\"{0}\" names more than one zone; use the full name");
    public static readonly ImportRule UnknownSubPark = new("unknown-sub-park", "开发区中没有园区「{0}」", "the zone has no sub-park \"{0}\"");
    public static readonly ImportRule UnknownEnterprise = new("unknown-enterprise", "企业库中没有该统一社会信用代码（请先导入企业）", "no enterprise has this USCC (import the enterprise first)");
    public static readonly ImportRule OutsideScope = new("outside-scope", "该代码属于您无权管理的开发区的企业", "this USCC belongs to an enterprise outside your zones");
    public static readonly ImportRule UnknownCertification = new("unknown-certification", "「{0}」不是资质名称（{1}）", "\"{0}\" is not a certification ({1})");
    public static readonly ImportRule PartExceedsWhole = new("part-exceeds-whole", "不能大于「{0}」（{1}）", "may not exceed \"{0}\" ({1})");
}
