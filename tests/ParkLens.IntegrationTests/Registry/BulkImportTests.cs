using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Registry;

/// <summary>
/// The bulk paths of the import (binary COPY on PostgreSQL, a prepared INSERT on SQLite) with files larger than one
/// batch: still all-or-nothing, re-imports change nothing, updates keep the blank-cell rule, and bulk rows are stored
/// exactly as rows written through EF.
/// </summary>
public sealed class BulkImportTests
{
    private const int Rows = 20_000;
    private const string EnterpriseHeader = "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,成立日期";
    private const string IndicatorHeader = "统一社会信用代码,年度,营业收入(万元),税收(万元),从业人员(人),研发人员(人),用地面积(亩)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Uscc(int i)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new char[8];
        for (var k = 7; k >= 0; k--)
        {
            body[k] = alphabet[i % 31];
            i /= 31;
        }
        return RegistryFixtures.Valid("91530400B" + new string(body));
    }

    private static string[] EnterpriseLines(int count) =>
        [EnterpriseHeader, .. Enumerable.Range(0, count).Select(i => $"{Uscc(i)},批量测试企业{i}有限公司,{(i % 2 == 0 ? "玉溪高新区" : "昆明高新区")},3841,民营,2015-06-30")];

    private static string[] IndicatorLines(int count, int year = 2024) =>
        [IndicatorHeader, .. Enumerable.Range(0, count).Select(i => $"{Uscc(i)},{year},{1000 + i}.5,{i % 100},{50 + (i % 7)},{i % 5},12.25")];

    private static async Task<ImportRegistryFileHandler> SetUpAsync(AsyncServiceScope scope, int enterprises)
    {
        await RegistryFixtures.LoadAsync(scope);
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
        if (enterprises > 0)
        {
            var result = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(EnterpriseLines(enterprises)), "bulk-enterprises.csv", null, Ct);
            result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
            result.Created.ShouldBe(enterprises);
        }
        return importer;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enterprises_OneBadRowInTheMiddle_WritesNothing_ThenTheFixedFileWritesAll(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = await SetUpAsync(scope, 0);
        var lines = EnterpriseLines(Rows);
        var good = lines[Rows / 2 + 1];
        lines[Rows / 2 + 1] = good.Replace(",3841,", ",9999,", StringComparison.Ordinal);

        var rejected = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(lines), "bad.csv", null, Ct);
        lines[Rows / 2 + 1] = good;
        var accepted = await importer.HandleAsync(ImportKind.Enterprises, Files.Csv(lines), "good.csv", null, Ct);

        rejected.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Row.ShouldBe(Rows / 2 + 2), e => e.Column.ShouldBe("行业代码"), e => e.Rule.ShouldBe("unknown-industry"));
        accepted.Errors.ShouldBeEmpty(string.Join("; ", accepted.Errors));
        (accepted.Rows, accepted.Created, accepted.Updated, accepted.Unchanged).ShouldBe((Rows, Rows, 0, 0));
        await using var db = database.Open();
        (await db.Enterprises.CountAsync(Ct)).ShouldBe(Rows + 3);
        var e = await db.Enterprises.SingleAsync(x => x.Uscc == Uscc(7), Ct);
        (e.Name, e.NameInitials, e.IndustrySection, e.Ownership, e.FoundedOn).ShouldBe(("批量测试企业7有限公司", PinyinInitials.Of("批量测试企业7有限公司"), "C", Ownership.Private, new DateOnly(2015, 6, 30)));
        (e.Provenance.Source, e.Provenance.SourceRef, e.Provenance.UpdatedBy).ShouldBe((DataSource.Import, "good.csv", "test"));
        (await db.AuditEntries.CountAsync(a => a.EntityKey == "good.csv", Ct)).ShouldBe(1);
        await SearchIndex.ShouldBeExactAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Indicators_ABadRowOrAnUnknownEnterpriseAfterBatchesWereWritten_WritesNothing(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = await SetUpAsync(scope, Rows);
        var badValue = IndicatorLines(Rows);
        badValue[Rows / 2] = $"{Uscc(Rows / 2 - 1)},2024,100,5,10,11,1";
        var unknownAtTheEnd = IndicatorLines(Rows);
        unknownAtTheEnd[Rows - 1] = $"{Uscc(Rows + 5)},2024,100,5,10,1,1";

        var partExceedsWhole = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(badValue), "bad-value.csv", null, Ct);
        var unknown = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(unknownAtTheEnd), "unknown.csv", null, Ct);

        partExceedsWhole.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Row.ShouldBe(Rows / 2 + 1), e => e.Column.ShouldBe("研发人员(人)"), e => e.Rule.ShouldBe("part-exceeds-whole"));
        unknown.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(e => e.Row.ShouldBe(Rows), e => e.Rule.ShouldBe("unknown-enterprise"));
        await using var db = database.Open();
        (await db.Indicators.CountAsync(i => i.Year == 2024, Ct)).ShouldBe(1, "only the fixture's own 2024 row");
        (await db.AuditEntries.CountAsync(a => a.EntityKey == "unknown.csv" || a.EntityKey == "bad-value.csv", Ct)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Indicators_SameFileAgain_ChangesNothing_AndAHalfNewFileCreatesOnlyTheNewHalf(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = await SetUpAsync(scope, Rows);
        var half = IndicatorLines(Rows / 2);

        var first = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(half), "first.csv", null, Ct);
        var again = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(half), "again.csv", null, Ct);
        var all = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(IndicatorLines(Rows)), "all.csv", null, Ct);

        (first.Created, first.Updated, first.Unchanged).ShouldBe((Rows / 2, 0, 0));
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, Rows / 2));
        (all.Created, all.Updated, all.Unchanged).ShouldBe((Rows / 2, 0, Rows / 2));
        await using var db = database.Open();
        (await db.Indicators.CountAsync(i => i.Year == 2024 && i.Provenance.SourceRef == "first.csv", Ct)).ShouldBe(Rows / 2);
        (await db.Indicators.CountAsync(i => i.Year == 2024 && i.Provenance.SourceRef == "all.csv", Ct)).ShouldBe(Rows / 2);
        (await db.Indicators.CountAsync(i => i.Provenance.SourceRef == "again.csv", Ct)).ShouldBe(0);
        var row = await db.Indicators.SingleAsync(i => i.EnterpriseId == db.Enterprises.Single(e => e.Uscc == Uscc(12_345)).Id && i.Year == 2024, Ct);
        (row.Revenue, row.Tax, row.Employees, row.RdStaff, row.LandMu, row.Profit).ShouldBe((13345.5m, 45m, 50 + 12_345 % 7, 0, 12.25m, null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Indicators_UpdateOfExistingRows_KeepsStoredValuesForBlankCells(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = await SetUpAsync(scope, 0);
        await using var before = database.Open();
        var stamp = await before.Indicators.Select(i => i.Provenance.UpdatedAtUtc).MaxAsync(Ct);

        var result = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(
            "统一社会信用代码,年度,营业收入(万元),税收(万元),用地面积(亩),从业人员(人)",
            $"{RegistryFixtures.Yuxi1},2025,,7000,,",
            $"{RegistryFixtures.Yuxi1},2024,100000,5000,200,1000",
            $"{RegistryFixtures.Kunming1},2023,10,1,1,1"), "update.csv", null, Ct);

        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
        (result.Created, result.Updated, result.Unchanged).ShouldBe((1, 1, 1));
        await using var db = database.Open();
        var yuxi = await db.Enterprises.Where(e => e.Uscc == RegistryFixtures.Yuxi1).Select(e => e.Id).SingleAsync(Ct);
        var changed = await db.Indicators.SingleAsync(i => i.EnterpriseId == yuxi && i.Year == 2025, Ct);
        (changed.Revenue, changed.Tax, changed.LandMu, changed.Employees).ShouldBe((120000m, 7000m, 200m, 1100));
        changed.Provenance.SourceRef.ShouldBe("update.csv");
        var same = await db.Indicators.SingleAsync(i => i.EnterpriseId == yuxi && i.Year == 2024, Ct);
        same.Provenance.SourceRef.ShouldBe("Indicators.csv");
        same.Provenance.UpdatedAtUtc.ShouldBeLessThanOrEqualTo(stamp);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BulkRows_AreStoredExactlyAsRowsWrittenThroughEf(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Services();
        var importer = await SetUpAsync(scope, 2);
        var bulk = await importer.HandleAsync(ImportKind.Indicators, Files.Csv(
            "统一社会信用代码,年度,营业收入(万元),工业总产值(万元),利润总额(万元),从业人员(人),综合能耗(吨标煤),用地面积(亩)",
            $"{Uscc(0)},2020,100000,120000.5,-80.25,12,0.0001,3"), "same.csv", null, Ct);
        bulk.Created.ShouldBe(1);
        int bulkId, efId;
        await using (var db = database.Open())
        {
            var template = await db.Indicators.AsNoTracking().SingleAsync(i => i.Year == 2020, Ct);
            // The other enterprise's own zone: the (ZoneId, EnterpriseId) key must point at it.
            var other = await db.Enterprises.Where(e => e.Uscc == Uscc(1)).Select(e => new { e.Id, e.ZoneId }).SingleAsync(Ct);
            var copy = new EnterpriseIndicator
            {
                EnterpriseId = other.Id,
                ZoneId = other.ZoneId, Year = 2020, Revenue = 100000m, GrossOutput = 120000.5m, Profit = -80.25m, Employees = 12,
                EnergyTce = 0.0001m, LandMu = 3m, Provenance = template.Provenance,
            };
            db.Indicators.Add(copy);
            await db.SaveChangesAsync(Ct);
            (bulkId, efId) = (template.Id, copy.Id);
        }

        await using var check = database.Open();
        var table = check.Model.FindEntityType(typeof(EnterpriseIndicator))!.GetTableName();
        var connection = check.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" IN ({bulkId}, {efId}) ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<Dictionary<string, object>>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue));
        }
        rows.Count.ShouldBe(2);
        foreach (var column in rows[0].Keys.Where(c => c is not ("Id" or "ZoneId" or "EnterpriseId")))
        {
            (rows[0][column], rows[0][column].GetType()).ShouldBe((rows[1][column], rows[1][column].GetType()), column);
        }
    }
}
