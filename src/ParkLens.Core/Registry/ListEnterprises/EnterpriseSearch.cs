using System.Text;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ListEnterprises;

/// <summary>
/// The search box of the enterprise list: a name fragment, a USCC prefix or pinyin initials, each served by an index on
/// both engines (migration AddEnterpriseSearch). Name fragments go through the SQLite FTS5 trigram table (2+ characters
/// through its trigram vocabulary) or PostgreSQL's pg_trgm (3+ characters) and name-bigram (2 characters) GIN indexes;
/// a single character on PostgreSQL is a scan (pg_trgm has nothing to look up). USCC and initials are prefix ranges on b-tree indexes and apply only to
/// text that could be one (ASCII letters and digits). The result stays an <see cref="IQueryable{Enterprise}"/> under the
/// scope filter, so a zone's user gets only its zone's hits.
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
        if (db.Database.IsNpgsql())
        {
            var prefix = EscapeLike(upper) + "%";
            if (text.Length == 2)
            {
                var bigrams = PostgresBigramIds(db, text);
                return code
                    ? enterprises.Where(e => EF.Functions.Like(e.Uscc, prefix) || EF.Functions.Like(e.NameInitials, prefix) || bigrams.Contains(e.Id))
                    : enterprises.Where(e => bigrams.Contains(e.Id));
            }
            var pattern = "%" + EscapeLike(text) + "%";
            return code
                ? enterprises.Where(e => EF.Functions.Like(e.Uscc, prefix) || EF.Functions.Like(e.NameInitials, prefix) || EF.Functions.ILike(e.Name, pattern))
                : enterprises.Where(e => EF.Functions.ILike(e.Name, pattern));
        }
        var names = SqliteNameIds(db, text);
        if (!code)
        {
            return enterprises.Where(e => names.Contains(e.Id));
        }
        // SQLite's LIKE folds case, so only a range over the binary-collated index finds a prefix by index.
        var end = upper[..^1] + (char)(upper[^1] + 1);
        return enterprises.Where(e =>
            (e.Uscc.CompareTo(upper) >= 0 && e.Uscc.CompareTo(end) < 0)
            || (e.NameInitials.CompareTo(upper) >= 0 && e.NameInitials.CompareTo(end) < 0)
            || names.Contains(e.Id));
    }

    /// <summary>Whether the text could be a USCC or pinyin-initials prefix.</summary>
    public static bool IsCode(string text) => text.All(char.IsAsciiLetterOrDigit);

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

    // 3+ characters: the phrase of the fragment's trigrams, i.e. the substring. 1–2 characters: every indexed trigram that
    // starts with the fragment (the sentinels make one exist for each occurrence), OR-ed into one match expression.
    private static IQueryable<int> SqliteNameIds(ParkDbContext db, string text)
    {
        if (text.Length >= 3)
        {
            var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            return db.Database.SqlQuery<int>($"""
                SELECT rowid AS "Value" FROM "Registry_EnterpriseSearch" WHERE "Registry_EnterpriseSearch" MATCH {phrase}
                """);
        }
        var low = text.ToLowerInvariant();
        var high = low + "\U0010FFFF";
        return db.Database.SqlQuery<int>($"""
            SELECT rowid AS "Value" FROM "Registry_EnterpriseSearch" WHERE "Registry_EnterpriseSearch" MATCH coalesce(
                (SELECT group_concat('"' || replace(term, '"', '""') || '"', ' OR ') FROM "Registry_EnterpriseSearchTerms" WHERE term >= {low} AND term < {high}),
                '"' || char(1, 1, 1) || '"')
            """);
    }

    // pg_trgm needs three characters; two are looked up in the GIN index of each name's bigrams.
    private static IQueryable<int> PostgresBigramIds(ParkDbContext db, string text)
    {
        var bigram = text.ToLowerInvariant();
        return db.Database.SqlQuery<int>($"""
            SELECT "Id" AS "Value" FROM "Registry_Enterprises" WHERE registry_name_bigrams("Name") @> ARRAY[{bigram}]::text[]
            """);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
