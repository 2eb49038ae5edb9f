using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ListEnterprises;

public enum EnterpriseSort
{
    Name,
    Uscc,
    FoundedOn,
    Revenue,
    Tax,
    Employees,
}

public sealed record ListEnterprisesQuery
{
    public int? ZoneId { get; init; }

    public int? SubParkId { get; init; }

    /// <summary>A name fragment, a USCC prefix or pinyin initials.</summary>
    public string? Q { get; init; }

    /// <summary>A 门类 letter or a numeric GB/T 4754 prefix (大类 "27", 中类 "276", 小类 "2761").</summary>
    public string? Industry { get; init; }

    public Ownership? Ownership { get; init; }

    public Certifications? Certification { get; init; }

    public bool? Listed { get; init; }

    public bool? Synthetic { get; init; }

    /// <summary>The year whose figures appear in the rows; default the latest year with figures.</summary>
    public int? Year { get; init; }

    public EnterpriseSort Sort { get; init; } = EnterpriseSort.Name;

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>One list row; init-only properties so EF can sort and page on the projection.</summary>
public sealed record EnterpriseRow
{
    public int Id { get; init; }

    public string Uscc { get; init; } = "";

    public bool UsccIsPlaceholder { get; init; }

    public string Name { get; init; } = "";

    public int ZoneId { get; init; }

    public string ZoneName { get; init; } = "";

    public string? SubParkName { get; init; }

    public string IndustryCode { get; init; } = "";

    public string IndustrySection { get; init; } = "";

    public Ownership Ownership { get; init; }

    public bool IsListed { get; init; }

    public Certifications Certifications { get; init; }

    public DateOnly? FoundedOn { get; init; }

    public bool IsSynthetic { get; init; }

    public int? Year { get; init; }

    public decimal? Revenue { get; init; }

    public decimal? Tax { get; init; }

    public int? Employees { get; init; }
}

/// <summary>How the enterprise search behaves; the web app reads the limit from PARKLENS_SEARCH_COUNT_LIMIT.</summary>
public sealed record EnterpriseSearchOptions
{
    public const int DefaultCountLimit = 10_000;

    /// <summary>A search counts its hits up to this many; past it the page says "more than" (<see cref="Page{T}.TotalIsLowerBound"/>).</summary>
    public int CountLimit { get; init; } = DefaultCountLimit;
}

public sealed class ListEnterprisesHandler(IDbContextFactory<ParkDbContext> dbs, EnterpriseSearchOptions options, LatestFigureYears latestYears)
{
    private int CountLimit => Math.Max(1, options.CountLimit);

    public async Task<Page<EnterpriseRow>> HandleAsync(ListEnterprisesQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var year = query.Year ?? await latestYears.GetAsync(db, query.ZoneId, () => LatestYearAsync(db, query.ZoneId, ct));
        var searching = !string.IsNullOrWhiteSpace(query.Q) && EnterpriseSearch.Clean(query.Q).Length > 0;
        List<EnterpriseRow> items;
        IQueryable<int> counting;
        if (Ranked(query) is { } text && !EnterpriseSearch.IsCode(text) && EnterpriseSearch.Bigram(text) is { } bigram)
        {
            var postings = BigramPostings(db, query, bigram);
            items = await PageRowsAsync(db, query, year, BigramPage(postings, text, page, size), text, ct);
            counting = postings.Select(b => b.EnterpriseId);
        }
        else if (Ranked(query) is { } common && !EnterpriseSearch.IsCode(common) && await EnterpriseSearch.ReadsNamesInOrderAsync(db, common, CountLimit, ct))
        {
            var hits = NamesContaining(db, query, common);
            items = await RowsAsync(db, query, year, await NameOrderPageAsync(hits, common, page, size, ct), ct);
            counting = hits.Select(e => e.Id);
        }
        else
        {
            items = Ranked(query) is { } ranked
                ? await PageRowsAsync(db, query, year, RankedPage(db, query, ranked, page, size), ranked, ct)
                : await Order(db, Filter(db, query, year), query).Skip((page - 1) * size).Take(size).ToListAsync(ct);
            // Counting the filtered enterprises alone avoids the joins of the row projection, which dominate at 100,000 firms.
            counting = FilterEnterprises(db, query).Select(e => e.Id);
        }
        // A page neither empty nor full is the last one and gives the total itself. Otherwise a search counts no further
        // than the limit: a fragment shared by tens of thousands of names would cost more to count than to find, and a
        // count that large helps no one searching.
        if (items.Count > 0 && items.Count < size)
        {
            return new Page<EnterpriseRow>(items, (page - 1) * size + items.Count, page, size);
        }
        if (!searching)
        {
            return new Page<EnterpriseRow>(items, await counting.CountAsync(ct), page, size);
        }
        var counted = await counting.Take(CountLimit + 1).CountAsync(ct);
        return new Page<EnterpriseRow>(items, Math.Min(counted, CountLimit), page, size) { TotalIsLowerBound = counted > CountLimit };
    }

    /// <summary>Every row of the filter, in order, for exports; streams rather than materialising.</summary>
    public async IAsyncEnumerable<EnterpriseRow> StreamAsync(ListEnterprisesQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var year = query.Year ?? await LatestYearAsync(db, query.ZoneId, ct);
        await foreach (var row in Order(db, Filter(db, query, year), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    // MAX over the scope filter's OR alone would read every figure of the province. One zone (asked for, or the actor's
    // only one) is named again as an equality, whose MAX the (ZoneId, Year) index answers from its end; PostgreSQL cannot
    // do that for "= ANY" of a one-element array. Several zones, or all, walk the year index (migration
    // AddEnterpriseSearch) from the top until a row of one of them turns up.
    internal static async Task<int?> LatestYearAsync(ParkDbContext db, int? zoneId, CancellationToken ct)
    {
        var indicators = db.Indicators.AsNoTracking();
        int[]? zones = zoneId is { } asked ? [asked] : db.ScopeUnrestricted ? null : [.. db.ScopeZoneIds];
        if (zones is [var only])
        {
            return await indicators.Where(i => i.ZoneId == only).MaxAsync(i => (int?)i.Year, ct);
        }
        if (zones is not null)
        {
            indicators = indicators.Where(i => zones.Contains(i.ZoneId));
        }
        return await indicators.OrderByDescending(i => i.Year).Select(i => (int?)i.Year).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<EnterpriseRow> Filter(ParkDbContext db, ListEnterprisesQuery q, int? year) =>
        from e in FilterEnterprises(db, q)
        join z in db.Zones on e.ZoneId equals z.Id
        join s in db.SubParks on e.SubParkId equals (int?)s.Id into es
        from s in es.DefaultIfEmpty()
        // Joined on the zone too, so that the unique (ZoneId, EnterpriseId, Year) index serves each row: by Id alone,
        // PostgreSQL hashes every figure of the year to join a page of 20.
        join i in db.Indicators.Where(i => i.Year == year) on new { e.ZoneId, EnterpriseId = e.Id } equals new { i.ZoneId, i.EnterpriseId } into ei
        from i in ei.DefaultIfEmpty()
        select new EnterpriseRow
        {
            Id = e.Id, Uscc = e.Uscc, UsccIsPlaceholder = e.UsccIsPlaceholder, Name = e.Name, ZoneId = e.ZoneId, ZoneName = z.ShortName,
            SubParkName = s == null ? null : s.Name, IndustryCode = e.IndustryCode, IndustrySection = e.IndustrySection,
            Ownership = e.Ownership, IsListed = e.IsListed, Certifications = e.Certifications, FoundedOn = e.FoundedOn,
            IsSynthetic = e.IsSynthetic, Year = i == null ? null : i.Year, Revenue = i == null ? null : i.Revenue,
            Tax = i == null ? null : i.Tax, Employees = i == null ? null : i.Employees,
        };

    private static IQueryable<Enterprise> FilterEnterprises(ParkDbContext db, ListEnterprisesQuery q)
    {
        var enterprises = db.Enterprises.AsNoTracking();
        if (q.ZoneId is { } zoneId)
        {
            enterprises = enterprises.Where(e => e.ZoneId == zoneId);
        }
        if (q.SubParkId is { } subParkId)
        {
            enterprises = enterprises.Where(e => e.SubParkId == subParkId);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            enterprises = EnterpriseSearch.Apply(db, enterprises, q.Q);
        }
        if (!string.IsNullOrWhiteSpace(q.Industry))
        {
            var code = q.Industry.Trim().ToUpperInvariant();
            enterprises = code.Length == 1 && char.IsAsciiLetter(code[0])
                ? enterprises.Where(e => e.IndustrySection == code)
                : enterprises.Where(e => e.IndustryCode.StartsWith(code));
        }
        if (q.Ownership is { } ownership)
        {
            enterprises = enterprises.Where(e => e.Ownership == ownership);
        }
        if (q.Certification is { } certification && certification != Certifications.None)
        {
            enterprises = enterprises.Where(e => (e.Certifications & certification) == certification);
        }
        if (q.Listed is { } listed)
        {
            enterprises = enterprises.Where(e => e.IsListed == listed);
        }
        if (q.Synthetic is { } synthetic)
        {
            enterprises = enterprises.Where(e => e.IsSynthetic == synthetic);
        }
        return enterprises;
    }

    // Ranks and pages the enterprises alone; only the page's rows are then joined with zone, sub-park and figures: a
    // fragment with tens of thousands of hits would otherwise join all of them before the sort.
    private static IQueryable<int> RankedPage(ParkDbContext db, ListEnterprisesQuery query, string text, int page, int size)
    {
        var upper = text.ToUpperInvariant();
        var ranked = FilterEnterprises(db, query).OrderBy(e => e.Name == text ? 0 : e.Name.StartsWith(text) ? 1 : e.Uscc.StartsWith(upper) ? 2 : 3);
        return (db.Database.IsNpgsql() ? ranked.ThenBy(e => EF.Functions.Collate(e.Name, "C")) : ranked.ThenBy(e => e.Name)).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size).Select(e => e.Id);
    }

    // A 2-character name fragment from the bigram postings alone, which carry each hit's zone and name: the page and the
    // count read one range of one index, restricted to the caller's zone when there is one. Other filters need the
    // enterprise of each posting.
    private static IQueryable<EnterpriseNameBigram> BigramPostings(ParkDbContext db, ListEnterprisesQuery query, string bigram)
    {
        var postings = EnterpriseSearch.Postings(db, bigram, query.ZoneId);
        if (query is { SubParkId: null, Industry: null or "", Ownership: null, Listed: null, Synthetic: null } && query.Certification is null or Certifications.None)
        {
            return postings;
        }
        return from b in postings
               join e in FilterEnterprises(db, query with { Q = null }) on new { b.ZoneId, Id = b.EnterpriseId } equals new { e.ZoneId, e.Id }
               select b;
    }

    // Ranked as RankedPage ranks; a 2-character fragment that is not a code cannot be a USCC prefix.
    private static IQueryable<int> BigramPage(IQueryable<EnterpriseNameBigram> postings, string text, int page, int size) =>
        postings
            .OrderBy(b => b.Name == text ? 0 : b.Name.StartsWith(text) ? 1 : 3)
            .ThenBy(b => b.Name).ThenBy(b => b.EnterpriseId)
            .Skip((page - 1) * size).Take(size).Select(b => b.EnterpriseId);

    // A fragment in more names than a search counts (SQLite): its hits are dense, so a page is found by reading the names in
    // order through the (ZoneId, Name) or Name index, instead of ranking every hit found through the trigram index.
    private static IQueryable<Enterprise> NamesContaining(ParkDbContext db, ListEnterprisesQuery query, string text)
    {
        var pattern = "%" + EnterpriseSearch.EscapeLike(text) + "%";
        var hits = FilterEnterprises(db, query with { Q = null }).Where(e => EF.Functions.Like(e.Name, pattern, "\\"));
        var zone = query.ZoneId ?? (db.ScopeUnrestricted || db.ScopeZoneIds.Count != 1 ? null : db.ScopeZoneIds.First());
        return zone is { } only ? hits.Where(e => e.ZoneId == only) : hits;
    }

    // The names starting with the text (the exact name sorts first among them), then the others, each in name order: two
    // reads of the name index that stop at the page's end.
    private static async Task<List<int>> NameOrderPageAsync(IQueryable<Enterprise> hits, string text, int page, int size, CancellationToken ct)
    {
        var end = text + "\U0010FFFF";
        var needed = page * size;
        var starting = await hits.Where(e => e.Name.CompareTo(text) >= 0 && e.Name.CompareTo(end) < 0)
            .OrderBy(e => e.Name).ThenBy(e => e.Id).Take(needed).Select(e => e.Id).ToListAsync(ct);
        if (starting.Count == needed)
        {
            return [.. starting.Skip((page - 1) * size)];
        }
        // All names in order, the starting ones (all read above) dropped here: a condition excluding their range would
        // lead SQLite to the province-wide name index even for one zone.
        var all = await hits.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(needed + starting.Count).Select(e => e.Id).ToListAsync(ct);
        var first = starting.ToHashSet();
        return [.. starting.Concat(all.Where(id => !first.Contains(id))).Take(needed).Skip((page - 1) * size)];
    }

    // A ranked page's rows in one statement, the page's ids being its subquery (ranking the hits alone first, as above).
    // The database hands the rows back unordered, so they are put in the ranking's order here (SearchOrder).
    private static async Task<List<EnterpriseRow>> PageRowsAsync(ParkDbContext db, ListEnterprisesQuery query, int? year, IQueryable<int> page, string text, CancellationToken ct)
    {
        var rows = await Filter(db, new ListEnterprisesQuery { Year = query.Year }, year).Where(r => page.Contains(r.Id)).ToListAsync(ct);
        rows.Sort(new SearchOrder(text, db.Database.IsSqlite()));
        return rows;
    }

    private static async Task<List<EnterpriseRow>> RowsAsync(ParkDbContext db, ListEnterprisesQuery query, int? year, List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await Filter(db, new ListEnterprisesQuery { Year = query.Year }, year).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Id))];
    }

    private static string? Ranked(ListEnterprisesQuery query)
    {
        var text = string.IsNullOrWhiteSpace(query.Q) ? "" : EnterpriseSearch.Clean(query.Q);
        return text.Length == 0 || query.Sort != EnterpriseSort.Name || query.Descending ? null : text;
    }

    // A search in the default order ranks the exact name first, then names starting with the text, then USCC prefixes, then
    // the other hits, each by name in code-point order on both engines (PostgreSQL's bytewise "C" collation, as the bigram
    // postings are stored), whatever the database's own collation.
    private static IQueryable<EnterpriseRow> Order(ParkDbContext db, IQueryable<EnterpriseRow> rows, ListEnterprisesQuery query)
    {
        var text = string.IsNullOrWhiteSpace(query.Q) ? "" : EnterpriseSearch.Clean(query.Q);
        if (text.Length == 0 || query.Sort != EnterpriseSort.Name || query.Descending)
        {
            return Sort(rows, query.Sort, query.Descending);
        }
        var upper = text.ToUpperInvariant();
        var ranked = rows.OrderBy(r => r.Name == text ? 0 : r.Name.StartsWith(text) ? 1 : r.Uscc.StartsWith(upper) ? 2 : 3);
        return (db.Database.IsNpgsql() ? ranked.ThenBy(r => EF.Functions.Collate(r.Name, "C")) : ranked.ThenBy(r => r.Name)).ThenBy(r => r.Id);
    }

    // Missing figures sort last in both directions, the same on SQLite and PostgreSQL (their NULL orders differ).
    private static IQueryable<EnterpriseRow> Sort(IQueryable<EnterpriseRow> rows, EnterpriseSort sort, bool descending) => sort switch
    {
        EnterpriseSort.Uscc => descending ? rows.OrderByDescending(r => r.Uscc) : rows.OrderBy(r => r.Uscc),
        EnterpriseSort.FoundedOn => NullsLast(rows, r => r.FoundedOn, descending),
        EnterpriseSort.Revenue => NullsLast(rows, r => r.Revenue, descending),
        EnterpriseSort.Tax => NullsLast(rows, r => r.Tax, descending),
        EnterpriseSort.Employees => NullsLast(rows, r => r.Employees, descending),
        _ => (descending ? rows.OrderByDescending(r => r.Name) : rows.OrderBy(r => r.Name)).ThenBy(r => r.Id),
    };

    private static IQueryable<EnterpriseRow> NullsLast<TKey>(IQueryable<EnterpriseRow> rows, System.Linq.Expressions.Expression<Func<EnterpriseRow, TKey?>> key, bool descending)
        where TKey : struct
    {
        var isNull = System.Linq.Expressions.Expression.Lambda<Func<EnterpriseRow, bool>>(
            System.Linq.Expressions.Expression.Equal(key.Body, System.Linq.Expressions.Expression.Constant(null, typeof(TKey?))), key.Parameters);
        var ordered = rows.OrderBy(isNull);
        return (descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key)).ThenBy(r => r.Id);
    }
}
