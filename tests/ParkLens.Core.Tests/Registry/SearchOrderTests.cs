using ParkLens.Core.Registry.ListEnterprises;

namespace ParkLens.Core.Tests.Registry;

public sealed class SearchOrderTests
{
    private static EnterpriseRow Row(int id, string name, string uscc = "91530000000000000X") => new() { Id = id, Name = name, Uscc = uscc };

    [Fact]
    public void Ranks_ExactName_ThenNamesStartingWithIt_ThenUsccPrefixes_ThenTheRest_EachByNameThenId()
    {
        var rows = new List<EnterpriseRow>
        {
            Row(5, "云南鼎盛"), Row(4, "鼎盛电池有限公司"), Row(3, "鼎盛"), Row(2, "甲鼎盛", "鼎盛"), Row(1, "鼎盛电池有限公司"),
        };

        rows.Sort(new SearchOrder("鼎盛", sqlite: false));

        rows.Select(r => r.Id).ShouldBe([3, 1, 4, 2, 5]);
    }

    [Fact]
    public void NamesSortByCodePoint_NotByUtf16Unit_AsTheDatabasesSortThem()
    {
        // U+20000 (a surrogate pair in UTF-16, 0xD840…) sorts after the full-width bracket U+FF08 by code point, before it by UTF-16 unit.
        var rows = new List<EnterpriseRow> { Row(1, "鼎盛\U00020000"), Row(2, "鼎盛（昆明）") };

        rows.Sort(new SearchOrder("电池", sqlite: false));

        rows.Select(r => r.Id).ShouldBe([2, 1]);
        string.CompareOrdinal("鼎盛\U00020000", "鼎盛（昆明）").ShouldBeLessThan(0, "the case this comparer exists for");
    }

    [Theory]
    [InlineData(true, new[] { 1, 2 })]
    [InlineData(false, new[] { 2, 1 })]
    public void AsciiCase_CountsForAPrefixOnPostgreSqlOnly_AsEachEnginesLikeDoes(bool sqlite, int[] expected)
    {
        // On SQLite "abc数据" starts with "ABC" (LIKE folds ASCII case), so it ranks before "ZZ ABC"; on PostgreSQL neither starts with it.
        var rows = new List<EnterpriseRow> { Row(2, "ZZ ABC"), Row(1, "abc数据") };

        rows.Sort(new SearchOrder("ABC", sqlite));

        rows.Select(r => r.Id).ShouldBe(expected);
    }
}
