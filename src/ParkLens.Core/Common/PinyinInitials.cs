using System.Text;

namespace ParkLens.Core.Common;

/// <summary>
/// Pinyin initials of Chinese text ("昆明高新区" → "KMGXQ"), for search by initials.
/// GB 2312 orders its 3,755 level-1 hanzi by pinyin, so each initial is a contiguous range of GB 2312 codes;
/// level-2 hanzi (ordered by radical) and characters outside GB 2312 are dropped.
/// </summary>
public static class PinyinInitials
{
    private static readonly Encoding Gb2312 = CreateGb2312();

    // First GB 2312 code of each initial's range (level-1 hanzi run from 0xB0A1 to 0xD7F9).
    private static readonly (int Start, char Letter)[] Ranges =
    [
        (0xB0A1, 'A'), (0xB0C5, 'B'), (0xB2C1, 'C'), (0xB4EE, 'D'), (0xB6EA, 'E'), (0xB7A2, 'F'), (0xB8C1, 'G'),
        (0xB9FE, 'H'), (0xBBF7, 'J'), (0xBFA6, 'K'), (0xC0AC, 'L'), (0xC2E8, 'M'), (0xC4C3, 'N'), (0xC5B6, 'O'),
        (0xC5BE, 'P'), (0xC6DA, 'Q'), (0xC8BB, 'R'), (0xC8F6, 'S'), (0xCBFA, 'T'), (0xCDDA, 'W'), (0xCEF4, 'X'),
        (0xD1B9, 'Y'), (0xD4D1, 'Z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    // Place names whose first character GB 2312 files under another reading.
    private static readonly (string Word, string Initials)[] Overrides =
    [
        ("重庆", "CQ"), ("厦门", "XM"), ("蚌埠", "BB"), ("六安", "LA"), ("长沙", "CS"), ("长春", "CC"), ("大理", "DL"),
    ];

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var matched = Overrides.FirstOrDefault(o => string.CompareOrdinal(text, i, o.Word, 0, o.Word.Length) == 0);
            if (matched.Word is not null)
            {
                sb.Append(matched.Initials);
                i += matched.Word.Length - 1;
                continue;
            }
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
                continue;
            }
            if (c < 0x4E00 || c > 0x9FFF)
            {
                continue;
            }
            var count = Gb2312.GetBytes([c], bytes);
            // GBK's extension characters share lead bytes with GB 2312 but have trail bytes below 0xA1.
            if (count == 2 && bytes[1] >= 0xA1)
            {
                var letter = LetterOf((bytes[0] << 8) | bytes[1]);
                if (letter != '\0')
                {
                    sb.Append(letter);
                }
            }
        }
        return sb.ToString();
    }

    private static char LetterOf(int code)
    {
        if (code < Ranges[0].Start || code > LevelOneEnd)
        {
            return '\0';
        }
        var letter = Ranges[0].Letter;
        foreach (var (start, l) in Ranges)
        {
            if (code < start)
            {
                break;
            }
            letter = l;
        }
        return letter;
    }

    private static Encoding CreateGb2312()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
