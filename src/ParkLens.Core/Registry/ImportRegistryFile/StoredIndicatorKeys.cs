using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>
/// Which new yearly rows exist already, asked before they go into PostgreSQL's COPY (which cannot skip them), on a second
/// connection because the import's own is busy with the COPY. That connection sees committed rows only, which is all
/// there can be: the file's own duplicates were rejected before. A (zone, year) that has no stored row when it first
/// turns up in the file needs no further question (a new year's figures, the usual case); for the others, each
/// enterprise's rows of those years are looked up through the unique (zone, enterprise, year) index. Every query leads
/// with the zone, so none walks the table, nor the rows this import has already sent. A row someone else commits
/// meanwhile fails the COPY on that unique index, and the import's transaction rolls back as a whole.
/// </summary>
internal sealed class StoredIndicatorKeys
{
    private readonly NpgsqlConnection _connection;
    private readonly string _anyInZoneYear;
    private readonly string _ofEnterprises;
    private readonly Dictionary<(int ZoneId, int Year), bool> _zoneYearHasRows = [];

    public StoredIndicatorKeys(ParkDbContext db, NpgsqlConnection connection)
    {
        _connection = connection;
        var entity = db.Model.FindEntityType(typeof(EnterpriseIndicator))!;
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => "\"" + entity.FindProperty(property)!.GetColumnName(store) + "\"";
        var (table, zone, enterprise, year) = ($"\"{entity.GetTableName()}\"", Column(nameof(EnterpriseIndicator.ZoneId)),
            Column(nameof(EnterpriseIndicator.EnterpriseId)), Column(nameof(EnterpriseIndicator.Year)));
        _anyInZoneYear = $"SELECT k.z, k.y, EXISTS (SELECT 1 FROM {table} i WHERE i.{zone} = k.z AND i.{year} = k.y) FROM unnest(@zones, @years) AS k(z, y)";
        _ofEnterprises = $"SELECT i.{enterprise}, i.{year} FROM unnest(@zones, @enterprises) AS k(z, e) "
            + $"JOIN {table} i ON i.{zone} = k.z AND i.{enterprise} = k.e WHERE i.{year} = ANY(@years)";
    }

    /// <summary>The (enterprise, year) pairs of <paramref name="rows"/> that are stored already.</summary>
    public async Task<HashSet<(int EnterpriseId, int Year)>> FindAsync(IReadOnlyList<EnterpriseIndicator> rows, CancellationToken ct)
    {
        var unseen = rows.Select(r => (r.ZoneId, r.Year)).Distinct().Where(k => !_zoneYearHasRows.ContainsKey(k)).ToArray();
        if (unseen.Length > 0)
        {
            await using var command = new NpgsqlCommand(_anyInZoneYear, _connection);
            command.Parameters.AddWithValue("zones", unseen.Select(k => k.ZoneId).ToArray());
            command.Parameters.AddWithValue("years", unseen.Select(k => k.Year).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _zoneYearHasRows[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetBoolean(2);
            }
        }
        var stored = new HashSet<(int, int)>();
        var probe = rows.Where(r => _zoneYearHasRows[(r.ZoneId, r.Year)]).ToList();
        if (probe.Count == 0)
        {
            return stored;
        }
        var enterprises = probe.Select(r => (r.ZoneId, r.EnterpriseId)).Distinct().ToArray();
        await using (var command = new NpgsqlCommand(_ofEnterprises, _connection))
        {
            command.Parameters.AddWithValue("zones", enterprises.Select(k => k.ZoneId).ToArray());
            command.Parameters.AddWithValue("enterprises", enterprises.Select(k => k.EnterpriseId).ToArray());
            command.Parameters.AddWithValue("years", probe.Select(r => r.Year).Distinct().ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stored.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }
        return stored;
    }
}
