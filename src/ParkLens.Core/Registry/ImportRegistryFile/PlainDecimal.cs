namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>
/// Reads the shape nearly every figure of an import file has, <c>-?digits[.digits]</c> with at most 18 digits, straight
/// into a decimal of the same value and scale <see cref="decimal.TryParse(string, System.Globalization.NumberStyles, IFormatProvider, out decimal)"/>
/// gives it (trailing fraction zeros kept). Anything else (separators, exponents, a leading "+" or ".", more digits,
/// "-0") is declined and left to decimal.TryParse, so the two never disagree.
/// </summary>
internal static class PlainDecimal
{
    // 18 decimal digits always fit in a long, so no overflow check is needed while accumulating.
    private const int MaxDigits = 18;

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        long digits = 0;
        int count = 0, scale = 0;
        var point = false;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++count > MaxDigits)
                {
                    return false;
                }
                digits = (digits * 10) + (c - '0');
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point && count > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }
        if (count == 0 || (point && scale == 0) || (negative && digits == 0))
        {
            return false;
        }
        value = new decimal(unchecked((int)digits), (int)(digits >> 32), 0, negative, (byte)scale);
        return true;
    }
}
