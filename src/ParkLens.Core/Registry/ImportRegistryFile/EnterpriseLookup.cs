using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>An enterprise as the import resolves a USCC: its ids, and the code itself (one string per enterprise, shared by all its rows).</summary>
internal readonly record struct EnterpriseRef(string Uscc, int Id, int ZoneId, int? SubParkId);

/// <summary>
/// USCC → enterprise for the whole import, across every zone (the rows are checked against the caller's scope
/// afterwards, so none is mistaken for missing). A small file looks up just its codes; a bulk file reads the whole
/// table once, which is cheaper than hundreds of lookups of a few thousand codes each.
/// </summary>
internal sealed class EnterpriseLookup(ParkDbContext db)
{
    private const int Chunk = 5000;
    private readonly Dictionary<string, EnterpriseRef> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _absent = new(StringComparer.Ordinal);
    private bool _complete;

    public bool TryGet(string uscc, out EnterpriseRef enterprise) => _known.TryGetValue(uscc, out enterprise);

    /// <summary>Makes sure every code of <paramref name="usccs"/> is known or known to be absent.</summary>
    public async Task LoadAsync(IEnumerable<string> usccs, bool everything, CancellationToken ct)
    {
        if (_complete)
        {
            return;
        }
        var all = db.Enterprises.IgnoreQueryFilters().AsNoTracking();
        if (everything)
        {
            await foreach (var e in all.Select(e => new EnterpriseRef(e.Uscc, e.Id, e.ZoneId, e.SubParkId)).AsAsyncEnumerable().WithCancellation(ct))
            {
                _known[e.Uscc] = e;
            }
            _absent.Clear();
            _complete = true;
            return;
        }
        foreach (var chunk in usccs.Where(u => !_known.ContainsKey(u) && !_absent.Contains(u)).Distinct().Chunk(Chunk))
        {
            var found = await all.Where(e => chunk.Contains(e.Uscc)).Select(e => new EnterpriseRef(e.Uscc, e.Id, e.ZoneId, e.SubParkId)).ToListAsync(ct);
            foreach (var e in found)
            {
                _known[e.Uscc] = e;
            }
            _absent.UnionWith(chunk.Where(u => !_known.ContainsKey(u)));
        }
    }
}
