using System.Globalization;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.Core.Tests.Registry;

public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("007")]
    [InlineData("-12")]
    [InlineData("1.50")]
    [InlineData("0.000")]
    [InlineData("-0.25")]
    [InlineData("123456789012345678")]
    [InlineData("-99999999.9999")]
    [InlineData("0.00000000000000001")]
    [InlineData("12345.678901234567")]
    public void PlainFigure_IsReadAsDecimalTryParseReadsIt(string text)
    {
        PlainDecimal.TryParse(text, out var value).ShouldBeTrue();

        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        decimal.GetBits(value).ShouldBe(decimal.GetBits(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("+5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("1,000")]
    [InlineData("1e5")]
    [InlineData(" 5")]
    [InlineData("５")]
    [InlineData("1234567890123456789")]
    [InlineData("abc")]
    public void AnyOtherShape_IsLeftToDecimalTryParse(string text) => PlainDecimal.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void RandomFigures_AgreeWithDecimalTryParse()
    {
        var random = new Random(42);
        for (var i = 0; i < 100_000; i++)
        {
            var whole = random.NextInt64(0, 1_000_000_000_000);
            var text = (random.Next(4) == 0 ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture)
                + (random.Next(3) == 0 ? "" : "." + random.Next(0, 1_000_000).ToString(new string('0', random.Next(1, 7)), CultureInfo.InvariantCulture));
            if (PlainDecimal.TryParse(text, out var value))
            {
                decimal.GetBits(value).ShouldBe(decimal.GetBits(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), text);
            }
            else
            {
                text.ShouldBeOneOf("-0", "-0.0", "-0.00", "-0.000", "-0.0000", "-0.00000", "-0.000000");
            }
        }
    }
}
