namespace ParkLens.Core.Common;

public enum UsccError
{
    None,
    InvalidLength,
    InvalidFormat,
    InvalidChecksum,
}

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 1 registering-authority char, 1 entity-kind char, 6-digit division code,
/// 9-char organisation code (itself check-digited per GB 11714), 1 check char over the first 17 (mod 31).
/// </summary>
public static class Uscc
{
    // The standard's 31-character alphabet: digits and capitals without I, O, S, V, Z.
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Each ASCII character's place in the alphabet, -1 when it is not in it (every import row is checked twice per character).
    private static readonly sbyte[] Places = Enumerable.Range(0, 128).Select(c => (sbyte)Alphabet.IndexOf((char)c, StringComparison.Ordinal)).ToArray();

    public static string Normalize(string? input) => (input ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string? input) => Validate(input) == UsccError.None;

    public static UsccError Validate(string? input)
    {
        var code = Normalize(input);
        if (code.Length != 18)
        {
            return UsccError.InvalidLength;
        }
        for (var i = 0; i < 18; i++)
        {
            if (Place(code[i]) < 0)
            {
                return UsccError.InvalidFormat;
            }
        }
        // 登记管理部门代码: 1–9 in GB 32100-2015, Y for "other" and N added for 农业农村 registrations.
        if (code[0] == '0' || (!char.IsAsciiDigit(code[0]) && code[0] is not ('N' or 'Y')))
        {
            return UsccError.InvalidFormat;
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return UsccError.InvalidFormat;
            }
        }
        return CheckChar(code.AsSpan(0, 17)) == code[17] ? UsccError.None : UsccError.InvalidChecksum;
    }

    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Place(first17[i]) * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static int Place(char c) => c < Places.Length ? Places[c] : -1;

    /// <summary>A well-formed code for synthetic or placeholder records: 91 (company, market regulator) + division + random body.</summary>
    public static string Generate(Random random, string divisionCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(divisionCode);
        Span<char> chars = stackalloc char[18];
        chars[0] = '9';
        chars[1] = '1';
        var division = divisionCode.PadRight(6, '0');
        for (var i = 0; i < 6; i++)
        {
            chars[2 + i] = division[i];
        }
        for (var i = 8; i < 17; i++)
        {
            chars[i] = Alphabet[random.Next(i == 16 ? 10 : Alphabet.Length)];
        }
        chars[17] = CheckChar(chars[..17]);
        return new string(chars);
    }
}
