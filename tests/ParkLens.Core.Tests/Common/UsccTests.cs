using ParkLens.Core.Common;

namespace ParkLens.Core.Tests.Common;

public sealed class UsccTests
{
    public static TheoryData<string> RealCodes()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(SharedData.Path("reference/uscc_valid_sample.txt")).Where(l => l.Trim().Length > 0))
        {
            data.Add(line.Trim());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void Validate_RealRegisteredCode_IsValid(string code) => Uscc.Validate(code).ShouldBe(UsccError.None);

    [Theory]
    [InlineData("12345", UsccError.InvalidLength)]
    [InlineData("A1110000600037341L", UsccError.InvalidFormat)]
    [InlineData("9111000060003IOZSV", UsccError.InvalidFormat)]
    [InlineData("91110000600037341N", UsccError.InvalidChecksum)]
    [InlineData("", UsccError.InvalidLength)]
    [InlineData("9111000060003734SL", UsccError.InvalidFormat)]
    [InlineData("91AB0000600037341L", UsccError.InvalidFormat)]
    public void Validate_BrokenCode_ReportsTheReason(string code, UsccError expected) => Uscc.Validate(code).ShouldBe(expected);

    [Fact]
    public void Validate_LowercaseAndSpaces_AreNormalised() => Uscc.Validate(" 91110000600037341l ").ShouldBe(UsccError.None);

    [Fact]
    public void CheckChar_WorkedExample_MatchesTheStandardsWeights()
    {
        // 9 1 1 1 0 0 0 0 6 0 0 0 3 7 3 4 1 with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        // sum = 9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538; 538 mod 31 = 11; 31 - 11 = 20 → 'L'.
        Uscc.CheckChar("91110000600037341").ShouldBe('L');
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameValidCodes()
    {
        var a = Enumerable.Range(0, 50).Select(_ => 0).Aggregate((new Random(7), new List<string>()), (s, _) => { s.Item2.Add(Uscc.Generate(s.Item1, "530400")); return s; }).Item2;
        var b = Enumerable.Range(0, 50).Select(_ => 0).Aggregate((new Random(7), new List<string>()), (s, _) => { s.Item2.Add(Uscc.Generate(s.Item1, "530400")); return s; }).Item2;

        a.ShouldBe(b);
        a.ShouldAllBe(c => Uscc.IsValid(c) && c.Substring(2, 6) == "530400");
    }
}
