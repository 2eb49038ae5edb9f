using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Data;

/// <summary>AddNameBigrams fills the postings from the enterprises already stored, and its triggers keep them from then on.</summary>
public sealed class NameBigramsMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string ProvenanceValues = "'Seed', '2025-01-01T00:00:00Z', 't'";
    private const string ProvenanceColumns = "\"Provenance_Source\", \"Provenance_UpdatedAtUtc\", \"Provenance_UpdatedBy\"";
    private const string EnterpriseColumns = "\"Id\", \"ZoneId\", \"Uscc\", \"UsccIsPlaceholder\", \"Name\", \"NameInitials\", \"IndustryCode\", " +
        "\"IndustrySection\", \"Ownership\", \"IsListed\", \"IsSynthetic\", \"Certifications\", \"MainProducts\", \"BusinessScope\", \"Tags\", " + ProvenanceColumns;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExistingEnterprises_AreIndexed_AndFoundByTwoCharacters(Provider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using (var before = database.Open())
        {
            await before.GetService<IMigrator>().MigrateAsync("AddParcelBoundaries", Ct);
            var no = provider == Provider.Sqlite ? "0" : "FALSE";
            string EnterpriseRow(int id, int zone, string name) =>
                $"({id}, {zone}, '9153040000000000{id:00}', {no}, '{name}', 'QY', '3841', 'C', 'Private', {no}, {no}, 0, '', '', '', {ProvenanceValues})";
            var rows =
                "INSERT INTO \"Registry_Authorities\" (\"Id\", \"Name\", \"ProvinceCode\") VALUES (1, '云南省', '53');" +
                "INSERT INTO \"Registry_Zones\" (\"Id\", \"AuthorityId\", \"Name\", \"ShortName\", \"Level\", \"Kind\", \"ProvinceCode\", \"CityCode\", \"LeadingIndustries\", " + ProvenanceColumns + ") " +
                $"VALUES (1, 1, '玉溪高新技术产业开发区', '玉溪高新区', 'Provincial', 'HighTech', '53', '5304', '', {ProvenanceValues}), " +
                $"(2, 1, '昆明高新技术产业开发区', '昆明高新区', 'National', 'HighTech', '53', '5301', '', {ProvenanceValues});" +
                $"INSERT INTO \"Registry_Enterprises\" ({EnterpriseColumns}) VALUES {EnterpriseRow(7, 1, "玉溪鼎盛电池有限公司")}, {EnterpriseRow(8, 2, "鼎盛ABB有限公司")}, {EnterpriseRow(9, 2, "昆明测试有限公司")};";
            await before.Database.ExecuteSqlRawAsync(rows, Ct);
        }

        await using (var db = database.Open())
        {
            await db.Database.MigrateAsync(Ct);
        }

        await SearchIndex.ShouldBeExactAsync(database);
        await using var scope = database.Services(new FixedActor("t", DataScope.Zones([2])));
        var page = await scope.ServiceProvider.GetRequiredService<ListEnterprisesHandler>().HandleAsync(new ListEnterprisesQuery { Q = "鼎盛" }, Ct);
        page.Items.Select(r => r.Id).ShouldBe([8]);
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Registry_Enterprises\" SET \"Name\" = '玉溪鼎新电池有限公司' WHERE \"Id\" = 7;", Ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Registry_Enterprises\" WHERE \"Id\" = 9;", Ct);
        }
        await SearchIndex.ShouldBeExactAsync(database);
    }
}
