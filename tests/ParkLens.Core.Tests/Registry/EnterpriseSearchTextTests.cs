using ParkLens.Core.Registry.ListEnterprises;

namespace ParkLens.Core.Tests.Registry;

public sealed class EnterpriseSearchTextTests
{
    [Theory]
    [InlineData("鼎盛", "鼎盛")]
    [InlineData("A股", "a股")]
    [InlineData("𠮷野", "𠮷野")]
    [InlineData("ＡＢ", "ＡＢ")]
    public void Bigram_OfTwoCharacters_FoldsAsciiLettersOnly(string text, string expected) =>
        EnterpriseSearch.Bigram(text).ShouldBe(expected);

    [Theory]
    [InlineData("鼎")]
    [InlineData("鼎盛科")]
    [InlineData("𠮷")]
    [InlineData("𠮷野家")]
    public void Bigram_OfAnyOtherLength_IsNone(string text) => EnterpriseSearch.Bigram(text).ShouldBeNull();

    [Fact]
    public void Characters_CountsASupplementaryCharacterOnce_AsTheDatabasesDo() =>
        EnterpriseSearch.Characters("𠮷野").ShouldBe(2);

    [Theory]
    [InlineData("91530100", true)]
    [InlineData("hckm", true)]
    [InlineData("A股", false)]
    [InlineData("鼎盛", false)]
    public void IsCode_OnlyForAsciiLettersAndDigits(string text, bool expected) => EnterpriseSearch.IsCode(text).ShouldBe(expected);
}
