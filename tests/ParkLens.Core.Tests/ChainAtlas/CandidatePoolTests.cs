using System.Text;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.Templates;

namespace ParkLens.Core.Tests.ChainAtlas;

public sealed class CandidatePoolTests
{
    private const string Header = "name,uscc,province_code,city_code,industry_code,main_products,listed_board,stock_code,lists,chains,source";

    private static MemoryStream Csv(params string[] lines) => new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private static Stream Shipped() =>
        typeof(BuiltInChains).Assembly.GetManifestResourceStream("data/chains/candidates.csv")
        ?? throw new InvalidOperationException("data/chains/candidates.csv is not compiled into ParkLens.Core");

    [Fact]
    public void Parse_ShippedPool_HasNoProblems()
    {
        using var stream = Shipped();

        var (rows, problems) = ImportCandidatesHandler.Parse(stream);

        problems.ShouldBeEmpty();
        rows.Count.ShouldBeGreaterThanOrEqualTo(200);
        rows.Select(r => r.Name).ShouldBeUnique();
        rows.ShouldAllBe(r => r.Source.Length > 0 && r.MainProducts.Length > 0);
    }

    [Fact]
    public void Parse_ShippedPool_LeavesOutTheSeedZoneCompanies()
    {
        using var stream = Shipped();

        var (rows, _) = ImportCandidatesHandler.Parse(stream);

        rows.Where(r => r.Name.Contains("恩捷", StringComparison.Ordinal) || r.Name.Contains("亿纬锂能", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ShippedPool_EveryChainKeyIsBuiltIn()
    {
        using var stream = Shipped();
        var keys = BuiltInChains.All.Select(c => c.Template.Key).ToHashSet(StringComparer.Ordinal);

        var (rows, _) = ImportCandidatesHandler.Parse(stream);

        rows.SelectMany(r => r.Chains.Split(';', StringSplitOptions.RemoveEmptyEntries)).Where(k => !keys.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Parse_GoodRow_ReadsEveryColumn()
    {
        using var csv = Csv(Header, "好公司,,53,5304,2921,锂电池隔膜,深交所主板,002812,上市公司；专精特新小巨人,new-energy-battery、5g,公开信息");

        var (rows, problems) = ImportCandidatesHandler.Parse(csv);

        problems.ShouldBeEmpty();
        var row = rows.ShouldHaveSingleItem();
        row.Name.ShouldBe("好公司");
        row.Uscc.ShouldBeNull();
        row.ProvinceCode.ShouldBe("53");
        row.CityCode.ShouldBe("5304");
        row.IndustryCode.ShouldBe("2921");
        row.MainProducts.ShouldBe("锂电池隔膜");
        row.ListedBoard.ShouldBe("深交所主板");
        row.StockCode.ShouldBe("002812");
        row.Lists.ShouldBe("上市公司;专精特新小巨人");
        row.Chains.ShouldBe("new-energy-battery;5g");
        row.Source.ShouldBe("公开信息");
    }

    [Fact]
    public void Parse_BadCells_OneProblemPerCell_NamingRowAndColumn()
    {
        using var csv = Csv(
            Header,
            "好公司,,53,5304,2921,隔膜,,,,new-energy-battery,测试",          // row 2: fine
            "坏省公司,,99,,2921,隔膜,,,,,测试",                             // row 3: no province 99
            "坏市公司,,53,5101,2921,隔膜,,,,,测试",                         // row 4: 5101 (成都) is not in 53 (云南)
            "坏行业公司,,53,5304,9999,隔膜,,,,,测试",                       // row 5: no industry 9999
            "坏板块公司,,53,5304,2921,隔膜,东京交易所,1234,上市公司,,测试", // row 6: unknown board
            "好公司,,53,5301,2921,隔膜,,,,,测试",                           // row 7: same name as row 2
            "坏链公司,,53,5304,2921,隔膜,,,,no-such-chain,测试",            // row 8: unknown chain key
            "两处坏公司,,53,5101,9999,隔膜,,,,,测试",                       // row 9: city and industry
            "另一好公司,,53,5301,3841,电芯,,,专精特新,,测试");              // row 10: fine

        var (rows, problems) = ImportCandidatesHandler.Parse(csv);

        problems.Select(p => (p.Field, p.Rule)).ShouldBe(
        [
            ("row 3, province_code", "pool-province"),
            ("row 4, city_code", "pool-city"),
            ("row 5, industry_code", "pool-industry"),
            ("row 6, listed_board", "pool-board"),
            ("row 7, name", "pool-duplicate"),
            ("row 8, chains", "pool-chain"),
            ("row 9, city_code", "pool-city"),
            ("row 9, industry_code", "pool-industry"),
        ]);
        rows.Select(r => r.Name).ShouldBe(["好公司", "另一好公司"]);
        rows[0].CityCode.ShouldBe("5304");
    }

    [Fact]
    public void Parse_DuplicateName_MessageNamesTheFirstRow()
    {
        using var csv = Csv(Header, "甲公司,,53,,2921,隔膜,,,,,测试", "乙公司,,53,,2921,隔膜,,,,,测试", "甲公司,,53,,2921,隔膜,,,,,测试");

        var (_, problems) = ImportCandidatesHandler.Parse(csv);

        var problem = problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe("row 4, name");
        problem.Message.ShouldContain("2");
        problem.Message.ShouldContain("甲公司");
    }

    [Fact]
    public void Parse_RequiredUnknownListAndBadUscc_AreEachNamed()
    {
        using var csv = Csv(
            Header,
            ",,53,,2921,隔膜,,,,,测试",                          // row 2: no name
            "无产品公司,,53,,2921,,,,,,",                        // row 3: no main_products, no source
            "名单公司,,53,,2921,隔膜,,,百强企业,,测试",          // row 4: unknown list
            "代码公司,91530000ABCDEFGHIJ,53,,2921,隔膜,,,,,测试"); // row 5: not a USCC

        var (rows, problems) = ImportCandidatesHandler.Parse(csv);

        problems.Select(p => (p.Field, p.Rule)).ShouldBe(
        [
            ("row 2, name", "pool-required"),
            ("row 3, main_products", "pool-required"),
            ("row 3, source", "pool-required"),
            ("row 4, lists", "pool-list"),
            ("row 5, uscc", "pool-uscc"),
        ]);
        rows.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_MissingColumn_IsNamedAndNothingIsRead()
    {
        using var csv = Csv("name,uscc,province_code,city_code,industry_code,main_products,listed_board,stock_code,lists,source", "甲公司,,53,,2921,隔膜,,,,测试");

        var (rows, problems) = ImportCandidatesHandler.Parse(csv);

        problems.Select(p => (p.Field, p.Rule)).ShouldBe([("chains", "pool-column")]);
        rows.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ShortRow_IsReportedNotThrown()
    {
        var (rows, problems) = ImportCandidatesHandler.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n甲公司,,53\n")));

        rows.ShouldBeEmpty();
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Field.StartsWith("row 2", StringComparison.Ordinal));
    }
}
