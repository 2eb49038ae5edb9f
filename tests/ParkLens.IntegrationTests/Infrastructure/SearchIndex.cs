using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ParkLens.IntegrationTests.Infrastructure;

/// <summary>Checks the name-bigram postings against the enterprises they are derived from, computed here independently.</summary>
internal static class SearchIndex
{
    public static async Task ShouldBeExactAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.ZoneId, e.Id, e.Name }).ToListAsync();
        var postings = await db.NameBigrams.IgnoreQueryFilters().AsNoTracking().Select(b => new { b.Bigram, b.ZoneId, b.Name, b.EnterpriseId }).ToListAsync();

        var expected = enterprises.SelectMany(e => Bigrams(e.Name).Select(b => $"{b}|{e.ZoneId}|{e.Name}|{e.Id}")).Order(StringComparer.Ordinal).ToList();
        postings.Select(p => $"{p.Bigram}|{p.ZoneId}|{p.Name}|{p.EnterpriseId}").Order(StringComparer.Ordinal).ToList().ShouldBe(expected);
    }

    private static IEnumerable<string> Bigrams(string name)
    {
        var runes = name.EnumerateRunes().Select(r => r.ToString()).ToList();
        return Enumerable.Range(0, Math.Max(0, runes.Count - 1))
            .Select(i => new StringBuilder().Append(Fold(runes[i])).Append(Fold(runes[i + 1])).ToString())
            .Distinct(StringComparer.Ordinal);
    }

    private static string Fold(string character) =>
        character.Length == 1 && char.IsAsciiLetterUpper(character[0]) ? char.ToLowerInvariant(character[0]).ToString() : character;
}
