namespace ParkLens.Core.Registry.ListEnterprises;

/// <summary>
/// The ranking of a search as the databases compute it, for putting a page's rows back in order in memory: the exact name,
/// then names starting with the text, then USCC prefixes, then the other hits, each by name in code-point order, then id.
/// </summary>
internal sealed class SearchOrder(string text, bool sqlite) : IComparer<EnterpriseRow>
{
    private readonly string _upper = text.ToUpperInvariant();

    public int Compare(EnterpriseRow? x, EnterpriseRow? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byRank = Rank(x).CompareTo(Rank(y));
        if (byRank != 0)
        {
            return byRank;
        }
        var byName = CompareCodePoints(x.Name, y.Name);
        return byName != 0 ? byName : x.Id.CompareTo(y.Id);
    }

    public int Rank(EnterpriseRow row) =>
        row.Name == text ? 0 : StartsWith(row.Name, text) ? 1 : StartsWith(row.Uscc, _upper) ? 2 : 3;

    // SQLite's LIKE, which its StartsWith is, ignores the case of ASCII letters (and only theirs); PostgreSQL's does not.
    private bool StartsWith(string value, string prefix)
    {
        if (value.Length < prefix.Length)
        {
            return false;
        }
        for (var i = 0; i < prefix.Length; i++)
        {
            var (a, b) = (value[i], prefix[i]);
            if (a != b && !(sqlite && char.IsAsciiLetter(a) && char.IsAsciiLetter(b) && (a | 0x20) == (b | 0x20)))
            {
                return false;
            }
        }
        return true;
    }

    // UTF-16 ordinal order differs from code-point order where a surrogate pair meets U+E000–U+FFFF (a CJK extension
    // character against a full-width bracket); the databases sort by code point.
    public static int CompareCodePoints(string a, string b)
    {
        var (x, y) = (a.EnumerateRunes(), b.EnumerateRunes());
        while (true)
        {
            var (moreX, moreY) = (x.MoveNext(), y.MoveNext());
            if (!moreX || !moreY)
            {
                return moreX.CompareTo(moreY);
            }
            var byRune = x.Current.Value.CompareTo(y.Current.Value);
            if (byRune != 0)
            {
                return byRune;
            }
        }
    }
}
