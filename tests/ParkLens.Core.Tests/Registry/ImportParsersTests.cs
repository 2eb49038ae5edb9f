using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Core.Tests.Registry;

public sealed class ImportParsersTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static (EnterpriseInput? Input, List<ImportError> Errors) Enterprise(params (string Key, string? Value)[] cells)
    {
        var values = new Dictionary<string, string?>
        {
            ["uscc"] = "91110000600037341L", ["name"] = "测试科技有限公司", ["zone"] = "玉溪高新区", ["industry_code"] = "3841", ["ownership"] = "民营",
        };
        foreach (var (k, v) in cells)
        {
            values[k] = v;
        }
        return Parse(values, r => ImportParsers.Enterprise(r, Today));
    }

    private static (T? Input, List<ImportError> Errors) Parse<T>(Dictionary<string, string?> values, Func<RowReader, T?> parse)
        where T : class
    {
        var keys = values.Keys.ToArray();
        var map = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => (x.i, "列" + x.k));
        var errors = new List<ImportError>();
        var reader = new RowReader(map, new TabularRow(7, keys.Select(k => values[k]).ToArray()), errors);
        return (parse(reader), errors);
    }

    [Fact]
    public void Enterprise_ValidRow_IsParsed()
    {
        var (input, errors) = Enterprise(("listed", "是"), ("certifications", "高新技术企业；专精特新中小企业"), ("founded_on", "2006/4/5"));

        errors.ShouldBeEmpty();
        input.ShouldNotBeNull();
        input.Listed.ShouldBe(true);
        input.Certifications.ShouldBe(Certifications.HighTech | Certifications.Specialized);
        input.FoundedOn.ShouldBe(new DateOnly(2006, 4, 5));
    }

    [Theory]
    [InlineData("uscc", "91110000600037341N", "uscc-checksum")]
    [InlineData("uscc", "9111000060003734", "uscc-length")]
    [InlineData("uscc", "", "required")]
    [InlineData("industry_code", "9999", "unknown-industry")]
    [InlineData("industry_code", "C", "unknown-industry")]
    [InlineData("ownership", "集体", "unknown-term")]
    [InlineData("founded_on", "2030-01-01", "future-date")]
    [InlineData("founded_on", "去年", "not-a-date")]
    [InlineData("listed", "可能", "not-a-boolean")]
    [InlineData("certifications", "瞪羚企业", "unknown-certification")]
    [InlineData("name", "", "required")]
    public void Enterprise_BadCell_IsReportedWithRowColumnAndRule(string key, string value, string rule)
    {
        var (input, errors) = Enterprise((key, value));

        input.ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(7);
        error.Column.ShouldBe("列" + key);
        error.Rule.ShouldBe(rule);
    }

    [Fact]
    public void Enterprise_ChecksumError_NamesTheExpectedCharacter()
    {
        var (_, errors) = Enterprise(("uscc", "91110000600037341N"));

        errors.Single().Message.ShouldContain("L");
    }

    private static (IndicatorInput? Input, List<ImportError> Errors) Indicator(params (string Key, string? Value)[] cells)
    {
        var values = new Dictionary<string, string?> { ["uscc"] = "91110000600037341L", ["year"] = "2023" };
        foreach (var (k, v) in cells)
        {
            values[k] = v;
        }
        return Parse(values, r => ImportParsers.Indicator(r, 2026));
    }

    [Fact]
    public void Indicator_ValidRow_KeepsBlanksAsNotReported()
    {
        var (input, errors) = Indicator(("revenue", "12,345.6"), ("profit", "-80"), ("employees", "120"), ("tax", ""));

        errors.ShouldBeEmpty();
        input!.Values["revenue"].ShouldBe(12345.6m);
        input.Values["profit"].ShouldBe(-80m);
        input.Values["employees"].ShouldBe(120m);
        input.Values["tax"].ShouldBeNull();
    }

    [Theory]
    [InlineData("revenue", "-1", "negative")]
    [InlineData("revenue", "abc", "not-a-number")]
    [InlineData("employees", "12.5", "not-an-integer")]
    [InlineData("year", "2031", "out-of-range")]
    [InlineData("year", "1900", "out-of-range")]
    [InlineData("year", "", "required")]
    [InlineData("revenue", "200000000", "out-of-range")]
    public void Indicator_BadValue_IsRejected(string key, string value, string rule)
    {
        var (input, errors) = Indicator((key, value));

        input.ShouldBeNull();
        errors.ShouldHaveSingleItem().Rule.ShouldBe(rule);
    }

    [Theory]
    [InlineData("rd_staff", "50", "employees", "40")]
    [InlineData("high_tech_revenue", "101", "revenue", "100")]
    [InlineData("value_added", "90", "gross_output", "80")]
    public void Indicator_PartAboveWhole_IsRejected(string part, string partValue, string whole, string wholeValue)
    {
        var (_, errors) = Indicator((part, partValue), (whole, wholeValue));

        var error = errors.ShouldHaveSingleItem();
        error.Rule.ShouldBe("part-exceeds-whole");
        error.Column.ShouldBe("列" + part);
    }

    [Theory]
    [InlineData("province_code", "99", "unknown-province")]
    [InlineData("city_code", "5101", "city-not-in-province")]
    [InlineData("level", "市级", "unknown-term")]
    [InlineData("approval_year", "1970", "out-of-range")]
    public void Zone_BadCell_IsRejected(string key, string value, string rule)
    {
        var values = new Dictionary<string, string?>
        {
            ["name"] = "玉溪高新技术产业开发区", ["short_name"] = "玉溪高新区", ["level"] = "国家级", ["kind"] = "高新区",
            ["province_code"] = "53", ["city_code"] = "5304", ["authority"] = "云南省",
        };
        values[key] = value;

        var (input, errors) = Parse(values, r => ImportParsers.Zone(r, 2026));

        input.ShouldBeNull();
        errors.ShouldHaveSingleItem().Rule.ShouldBe(rule);
    }

    [Theory]
    [InlineData("统一社会信用代码", true)]
    [InlineData("uscc", true)]
    [InlineData("USCC", true)]
    [InlineData("统一社会信用代码(uscc)", true)]
    [InlineData("统一社会信用代码（uscc）", true)]
    [InlineData("信用代码", false)]
    public void Column_HeaderVariants_Match(string header, bool matches) =>
        ImportColumns.Enterprises.First(c => c.Key == "uscc").Matches(header).ShouldBe(matches);

    [Fact]
    public void Error_ToString_InEnglish_IsRowColumnRule()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
        try
        {
            var (_, errors) = Enterprise(("uscc", "91110000600037341N"));

            errors.Single().ToString().ShouldBe("row 7, column 列uscc: the USCC check character is wrong (GB 32100-2015); expected L");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
