using ParkLens.Core.Common;

namespace ParkLens.Core.Tests.Common;

public sealed class PinyinInitialsTests
{
    [Theory]
    [InlineData("昆明高新区", "KMGXQ")]
    [InlineData("玉溪", "YX")]
    [InlineData("云南沃森生物技术股份有限公司", "YNWSSWJSGFYXGS")]
    [InlineData("重庆", "CQ")]
    [InlineData("厦门火炬高新区", "XMHJGXQ")]
    [InlineData("苏州工业园区", "SZGYYQ")]
    [InlineData("ABC科技", "ABCKJ")]
    [InlineData("", "")]
    public void Of_ChineseName_GivesInitials(string name, string expected) => PinyinInitials.Of(name).ShouldBe(expected);

    [Fact]
    public void Of_LevelTwoCharacter_IsDropped() => PinyinInitials.Of("昇").ShouldBe("");
}
