using System.Globalization;
using System.Text;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Tests.Data;

public sealed class BulkColumnTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.0000")]
    [InlineData("1")]
    [InlineData("-80")]
    [InlineData("12345.6")]
    [InlineData("12345.6000")]
    [InlineData("0.0001")]
    [InlineData("-0.5")]
    [InlineData("100000000")]
    [InlineData("99999999.9999")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void FormatDecimal_WritesWhatMicrosoftDataSqliteWrites(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[64];

        var length = BulkColumn<EnterpriseIndicator>.FormatDecimal(value, buffer);

        Encoding.UTF8.GetString(buffer[..length]).ShouldBe(value.ToString("0.0###########################", CultureInfo.InvariantCulture));
    }
}
