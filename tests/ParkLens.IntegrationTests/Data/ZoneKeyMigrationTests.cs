using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

/// <summary>ZoneInPrimaryKeys rebuilds the keys of every zone-owned table: existing rows keep their ids and links.</summary>
public sealed class ZoneKeyMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string ProvenanceValues = "'Seed', '2025-01-01T00:00:00Z', 't'";
    private const string ProvenanceColumns = "\"Provenance_Source\", \"Provenance_UpdatedAtUtc\", \"Provenance_UpdatedBy\"";
    private const string EnterpriseColumns = "\"Id\", \"ZoneId\", \"SubParkId\", \"Uscc\", \"UsccIsPlaceholder\", \"Name\", \"NameInitials\", \"IndustryCode\", " +
        "\"IndustrySection\", \"Ownership\", \"IsListed\", \"IsSynthetic\", \"Certifications\", \"MainProducts\", \"BusinessScope\", \"Tags\", " + ProvenanceColumns;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExistingRows_KeepTheirIdsAndLinks_AndNewIdsContinueAboveTheOldHighWaterMark(Provider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using (var before = database.Open())
        {
            await before.GetService<IMigrator>().MigrateAsync("AddIdleSpace", Ct);
            var yes = provider == Provider.Sqlite ? "1" : "TRUE";
            var no = provider == Provider.Sqlite ? "0" : "FALSE";
            string EnterpriseRow(int id, string subPark, string uscc) =>
                $"({id}, 1, {subPark}, '{uscc}', {no}, '企业{id}', 'QY', '3841', 'C', 'Private', {no}, {yes}, 0, '', '', '', {ProvenanceValues})";
            var rows =
                "INSERT INTO \"Registry_Authorities\" (\"Id\", \"Name\", \"ProvinceCode\") VALUES (1, '玉溪市', '53');" +
                "INSERT INTO \"Registry_Zones\" (\"Id\", \"AuthorityId\", \"Name\", \"ShortName\", \"Level\", \"Kind\", \"ProvinceCode\", \"CityCode\", \"LeadingIndustries\", " + ProvenanceColumns + ") " +
                $"VALUES (1, 1, '玉溪高新技术产业开发区', '玉溪高新区', 'Provincial', 'HighTech', '53', '5304', '', {ProvenanceValues});" +
                $"INSERT INTO \"Registry_SubParks\" (\"Id\", \"ZoneId\", \"Name\", {ProvenanceColumns}) VALUES (3, 1, '研和片区', {ProvenanceValues});" +
                $"INSERT INTO \"Registry_Enterprises\" ({EnterpriseColumns}) VALUES {EnterpriseRow(7, "3", "915304000000000007")}, {EnterpriseRow(41, "NULL", "915304000000000041")}, {EnterpriseRow(50, "NULL", "915304000000000050")};" +
                $"INSERT INTO \"Registry_EnterpriseIndicators\" (\"Id\", \"ZoneId\", \"EnterpriseId\", \"Year\", \"Revenue\", {ProvenanceColumns}) VALUES (5, 1, 41, 2024, '1200.5', {ProvenanceValues});" +
                "DELETE FROM \"Registry_Enterprises\" WHERE \"Id\" = 50;";
            await before.Database.ExecuteSqlRawAsync(rows, Ct);
            if (provider == Provider.Postgres)
            {
                // Rows written through the application advance the identity; these were written with explicit ids.
                await before.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('\"Registry_Enterprises\"', 'Id'), 50);", Ct);
            }
        }

        await using var db = database.Open();
        await db.Database.MigrateAsync(Ct);

        (await db.Enterprises.OrderBy(e => e.Id).Select(e => new { e.ZoneId, e.Id, e.SubParkId }).ToListAsync(Ct))
            .ShouldBe(new[] { new { ZoneId = 1, Id = 7, SubParkId = (int?)3 }, new { ZoneId = 1, Id = 41, SubParkId = (int?)null } });
        (await db.Enterprises.Include(e => e.Indicators).SingleAsync(e => e.Id == 41, Ct)).Indicators.ShouldHaveSingleItem().Revenue.ShouldBe(1200.5m);
        var added = new Enterprise
        {
            ZoneId = 1, Uscc = "915304000000000051", Name = "新企业", IndustryCode = "3841", IndustrySection = "C",
            Provenance = Provenance.Of(DataSource.Form, null, DateTime.UtcNow, "t"),
        };
        db.Enterprises.Add(added);
        await db.SaveChangesAsync(Ct);
        added.Id.ShouldBe(51, "ids continue above the highest ever handed out, as AUTOINCREMENT and identity did");
    }
}
