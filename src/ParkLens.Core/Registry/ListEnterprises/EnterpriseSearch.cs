using System.Text;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ListEnterprises;

/// <summary>
/// The search box of the enterprise list: a name fragment, a USCC prefix or pinyin initials, each served by an index on
/// both engines. Two characters go through the name-bigram postings (migration AddNameBigrams), which also rank a page
/// by themselves (<see cref="Postings"/>). Three or more go through the SQLite FTS5 trigram table or PostgreSQL's
/// pg_trgm GIN index. One character is a scan of the names (on SQLite in name order, see <see
/// cref="ReadsNamesInOrderAsync"/>). USCC and initials are prefix ranges on b-tree indexes and apply only to text that
/// could be one (ASCII letters and digits). The result stays under the scope filter, so a zone's user gets only its
/// zone's hits.
/// </summary>
internal static class EnterpriseSearch
{
    public static IQueryable<Enterprise> Apply(ParkDbContext db, IQueryable<Enterprise> enterprises, string input)
    {
        var text = Clean(input);
        if (text.Length == 0)
        {
            return enterprises;
        }
        var code = IsCode(text);
        var upper = text.ToUpperInvariant();
        var prefix = EscapeLike(upper) + "%";
        // SQLite's LIKE folds case, so only a range over the binary-collated index finds a prefix by index.
        var end = upper[..^1] + (char)(upper[^1] + 1);
        var postgres = db.Database.IsNpgsql();
        if (Bigram(text) is { } bigram)
        {
            var postings = db.NameBigrams.AsNoTracking().Where(b => b.Bigram == bigram);
            if (!code)
            {
                return from e in enterprises
                       join b in postings on new { e.ZoneId, e.Id } equals new { b.ZoneId, Id = b.EnterpriseId }
                       select e;
            }
            var ids = postings.Select(b => b.EnterpriseId);
            return postgres
                ? enterprises.Where(e => EF.Functions.Like(e.Uscc, prefix) || EF.Functions.Like(e.NameInitials, prefix) || ids.Contains(e.Id))
                : enterprises.Where(e => (e.Uscc.CompareTo(upper) >= 0 && e.Uscc.CompareTo(end) < 0)
                    || (e.NameInitials.CompareTo(upper) >= 0 && e.NameInitials.CompareTo(end) < 0) || ids.Contains(e.Id));
        }
        if (postgres)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            return code
                ? enterprises.Where(e => EF.Functions.Like(e.Uscc, prefix) || EF.Functions.Like(e.NameInitials, prefix) || EF.Functions.ILike(e.Name, pattern))
                : enterprises.Where(e => EF.Functions.ILike(e.Name, pattern));
        }
        if (Characters(text) == 1)
        {
            var contains = "%" + EscapeLike(text) + "%";
            return code
                ? enterprises.Where(e => (e.Uscc.CompareTo(upper) >= 0 && e.Uscc.CompareTo(end) < 0)
                    || (e.NameInitials.CompareTo(upper) >= 0 && e.NameInitials.CompareTo(end) < 0) || EF.Functions.Like(e.Name, contains, "\\"))
                : enterprises.Where(e => EF.Functions.Like(e.Name, contains, "\\"));
        }
        var names = SqliteNameIds(db, text);
        return code
            ? enterprises.Where(e => (e.Uscc.CompareTo(upper) >= 0 && e.Uscc.CompareTo(end) < 0)
                || (e.NameInitials.CompareTo(upper) >= 0 && e.NameInitials.CompareTo(end) < 0) || names.Contains(e.Id))
            : enterprises.Where(e => names.Contains(e.Id));
    }

    /// <summary>
    /// The postings of a 2-character fragment that is not a code (<see cref="Bigram"/>), narrowed to one zone when the
    /// caller sees or asks for only one, so that the scan stays inside that zone's part of the index.
    /// </summary>
    public static IQueryable<EnterpriseNameBigram> Postings(ParkDbContext db, string bigram, int? zoneId)
    {
        var postings = db.NameBigrams.AsNoTracking().Where(b => b.Bigram == bigram);
        var zone = zoneId ?? (db.ScopeUnrestricted || db.ScopeZoneIds.Count != 1 ? null : db.ScopeZoneIds.First());
        return zone is { } only ? postings.Where(b => b.ZoneId == only) : postings;
    }

    /// <summary>
    /// Whether a page of this fragment (one or 3+ characters, SQLite) is found by reading names in order rather than by
    /// ranking every hit of the trigram index: when the fragment is in more names than a search counts, province-wide,
    /// and always for one character, which the trigram index finds only as the union of every trigram starting with it
    /// (thousands for a frequent character, seconds to merge).
    /// </summary>
    public static async Task<bool> ReadsNamesInOrderAsync(ParkDbContext db, string text, int limit, CancellationToken ct)
    {
        if (db.Database.IsNpgsql() || Bigram(text) is not null)
        {
            return false;
        }
        if (Characters(text) == 1)
        {
            return true;
        }
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var found = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (SELECT 1 FROM "Registry_EnterpriseSearch" WHERE "Registry_EnterpriseSearch" MATCH {phrase} LIMIT {limit + 1})
            """).SingleAsync(ct);
        return found > limit;
    }

    /// <summary>The folded character pair when the text is exactly two characters, else null.</summary>
    public static string? Bigram(string text) => Characters(text) == 2 ? Fold(text) : null;

    /// <summary>Whether the text could be a USCC or pinyin-initials prefix.</summary>
    public static bool IsCode(string text) => text.All(char.IsAsciiLetterOrDigit);

    /// <summary>ASCII letters lower-cased, nothing else: what the postings' triggers do on both engines.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + ('a' - 'A')) : source[i];
        }
    });

    /// <summary>Characters as the databases count them (code points, so a supplementary CJK character is one).</summary>
    public static int Characters(string text) => text.EnumerateRunes().Count();

    /// <summary>The text without control characters (U+0001 is the index's end-of-name sentinel) and outer blanks.</summary>
    public static string Clean(string input)
    {
        var text = new StringBuilder(input.Length);
        foreach (var c in input.Trim())
        {
            if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    // The phrase of the fragment's trigrams, i.e. the substring.
    private static IQueryable<int> SqliteNameIds(ParkDbContext db, string text)
    {
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Database.SqlQuery<int>($"""
            SELECT rowid AS "Value" FROM "Registry_EnterpriseSearch" WHERE "Registry_EnterpriseSearch" MATCH {phrase}
            """);
    }

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
