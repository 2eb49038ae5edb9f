using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;

/// <summary><see cref="Demo"/> only when the registry demo was just seeded: a real database gets no invented space.</summary>
public sealed record SeedIdleSpaceDemoDataCommand(bool Demo);

public sealed record SeedIdleSpaceDemoDataResult(int Units, int OccupancyRows);

/// <summary>
/// The demo inventory. 遂宁高新区's 远成西部物流园 from 科技日报 seed 001: the 22.7万㎡ storage area (of 34.3万㎡ built on about
/// 495亩) split into ten synthetic warehouses of 22,700㎡, six leased (the article's "约60%的资产成功租赁") and four not, at the
/// rent the article implies — 1500—1600万元 a year at full lease over 22.7万㎡ is 5.51—5.87 元/㎡·月; the midpoint
/// <see cref="YuanchengRent"/> is used — and a monthly occupancy from the hand-over (2024-01-31) on. Beside it, idle plants
/// of about 1.1万㎡ like those 宏明华瓷 and 上海通用重工 leased, with specifications invented for the demo (marked synthetic),
/// and two synthetic units in every other zone so each inventory has something to show.
/// </summary>
public sealed class SeedIdleSpaceDemoDataHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseDirectory directory, IEnterpriseFigures figures, TimeProvider clock)
{
    public const string Zone = "遂宁高新区";
    public const decimal StorageM2 = 227_000m;
    public const decimal WarehouseM2 = 22_700m;

    /// <summary>(1500 + 1600) / 2 万元 ÷ 227,000㎡ ÷ 12 months = 5.69 元/㎡·月.</summary>
    public static readonly decimal YuanchengRent = Math.Round(1550m * 10_000m / StorageM2 / 12m, 2);

    public const string IdlePlantForHongming = "遂宁高新区 闲置标准厂房 1号";

    private const string Quote = "科技日报 seed 001：远成西部物流园“占地约495亩,总建筑面积约34.3万平方米。其中,仓储区建筑面积达22.7万平方米,使用率却不足50%”；“约60%的资产成功租赁”；“资产全部租赁后,可带来1500万元至1600万元的租赁收入”。";

    public async Task<SeedIdleSpaceDemoDataResult> HandleAsync(SeedIdleSpaceDemoDataCommand command, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!command.Demo || await db.SpaceUnits.IgnoreQueryFilters().AnyAsync(ct))
        {
            return new SeedIdleSpaceDemoDataResult(0, 0);
        }
        var zones = await directory.ZonesAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        db.EntityAudit = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var units = new List<SpaceUnit>();
        foreach (var zone in zones)
        {
            if (zone.ShortName == Zone)
            {
                var subParks = await figures.SubParksAsync(db, zone.Id, ct);
                int? yuancheng = subParks.FirstOrDefault(s => s.Value.StartsWith("远成", StringComparison.Ordinal)).Key is var k && k != 0 ? k : null;
                units.AddRange(Suining(zone.Id, yuancheng, today, now));
            }
            else
            {
                units.AddRange(Elsewhere(zone.Id, zone.ShortName, today, now));
            }
        }
        db.SpaceUnits.AddRange(units);
        await db.SaveChangesAsync(ct);
        foreach (var unit in units)
        {
            foreach (var change in unit.History)
            {
                change.SpaceUnitId = unit.Id;
            }
        }
        var rows = units.Sum(u => u.Occupancy.Count);
        db.Record(Access.Domain.AuditAction.Seed, "IdleSpace", null, null, new { units = units.Count, occupancy = rows });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SeedIdleSpaceDemoDataResult(units.Count, rows);
    }

    private static IEnumerable<SpaceUnit> Suining(int zoneId, int? yuancheng, DateOnly today, DateTime now)
    {
        var handover = new DateOnly(2024, 1, 31);
        var auction = new DateOnly(2023, 6, 30);
        var idleSince = new DateOnly(2019, 12, 31);
        // A1–A6 leased one after another after the hand-over (synthetic dates); B1–B3 on offer; B4 awaits 改造提升.
        var leasedOn = new[] { new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 15), new DateOnly(2024, 4, 10), new DateOnly(2024, 6, 1), new DateOnly(2024, 8, 5), new DateOnly(2024, 10, 8) };
        string[] tenants = ["德邦物流股份有限公司", "申通快递股份有限公司", "遂宁物流企业群（合成，约40家）", "遂宁物流企业群（合成，约40家）", "遂宁物流企业群（合成，约40家）", "遂宁物流企业群（合成，约40家）"];
        for (var i = 0; i < 10; i++)
        {
            var leased = i < 6;
            var name = leased ? $"远成物流园 A{i + 1} 仓库" : $"远成物流园 B{i - 5} 仓库";
            var unit = New(zoneId, yuancheng, name, SpaceKind.Warehouse, WarehouseM2, now);
            (unit.ParcelCode, unit.Floor, unit.FloorLoadKnM2, unit.ClearHeightM, unit.PowerKva, unit.FireClass, unit.DockDoors, unit.AskingRent) =
                ("远成西部物流园", 1, 30m, 10m, 630m, FireClass.Bing, 12, YuanchengRent);
            unit.OwnerName = "遂宁天一投资集团有限公司";
            unit.Disposal = DisposalRoute.JudicialAuction;
            unit.Note = Quote + $" 按全部出租年租金中值 1550万元 ÷ 22.7万㎡ ÷ 12 个月折算报价 {YuanchengRent} 元/㎡·月；单元划分、规格与出租日期为演示合成。";
            Move(unit, null, SpaceStatus.Idle, idleSince, now);
            Move(unit, SpaceStatus.Idle, SpaceStatus.Disposal, auction, now, "府院联动、司法拍卖");
            if (i == 9)
            {
                unit.AvailableFrom = new DateOnly(today.Year + 1, 3, 1);
                unit.Note += " 待改造提升后招租。";
                yield return unit;
                continue;
            }
            Move(unit, SpaceStatus.Disposal, SpaceStatus.Listed, handover, now, "资产移交天一公司运营");
            if (leased)
            {
                Move(unit, SpaceStatus.Listed, SpaceStatus.Leased, leasedOn[i], now, tenants[i]);
                unit.TenantName = tenants[i];
                unit.VacantAreaM2 = 0;
                foreach (var (y, m) in Months(leasedOn[i], today))
                {
                    unit.Occupancy.Add(new OccupancyRecord { ZoneId = zoneId, Year = y, Month = m, OccupiedM2 = WarehouseM2, RentIncome = OccupancySummary.MonthlyRent(WarehouseM2, YuanchengRent) });
                }
            }
            yield return unit;
        }

        var plant1 = New(zoneId, null, IdlePlantForHongming, SpaceKind.Plant, 11_000m, now);
        Specs(plant1, 9m, 30m, 2500m, 5m, FireClass.Bing, 4, 12m);
        plant1.OwnerName = "遂宁高新区某停产企业（合成）";
        plant1.Disposal = DisposalRoute.SwapBirds;
        plant1.Note = "科技日报 seed 001：“协助宏明华瓷租用园区闲置厂房1.1万平方米”。本厂房为演示合成，规格按电子元件（热敏电阻）生产设定。";
        Move(plant1, null, SpaceStatus.Idle, new DateOnly(2022, 6, 30), now);
        Move(plant1, SpaceStatus.Idle, SpaceStatus.Listed, new DateOnly(2023, 9, 1), now, "腾笼换鸟，招租");
        yield return plant1;

        var plant2 = New(zoneId, null, "遂宁高新区 闲置重型厂房 2号", SpaceKind.Plant, 11_000m, now);
        Specs(plant2, 12m, 50m, 4000m, 16m, FireClass.Bing, 2, 10m);
        plant2.OwnerName = "遂宁高新区某破产企业（合成）";
        plant2.Disposal = DisposalRoute.JudicialAuction;
        plant2.AvailableFrom = new DateOnly(today.Year + 1, 6, 30);
        plant2.Note = "科技日报 seed 001：上海通用重工“同样采取协助企业租赁园区1.1万平方米闲置厂房的方式”。本厂房为演示合成（重型，带行车）。";
        Move(plant2, null, SpaceStatus.Idle, new DateOnly(2021, 3, 31), now);
        Move(plant2, SpaceStatus.Idle, SpaceStatus.Disposal, new DateOnly(2024, 5, 1), now, "司法处置中");
        yield return plant2;

        var plant4 = New(zoneId, null, "遂宁高新区 闲置厂房 4号", SpaceKind.Plant, 12_000m, now);
        Specs(plant4, 8.5m, 25m, 2000m, null, FireClass.Yi, 2, 14m);
        plant4.OwnerName = "遂宁高新区某低效企业（合成）";
        plant4.Disposal = DisposalRoute.Lease;
        plant4.Note = "演示合成：低效用地企业腾出的厂房，尚未招租。";
        Move(plant4, null, SpaceStatus.Idle, new DateOnly(2024, 3, 1), now);
        yield return plant4;

        var cold = New(zoneId, null, "遂宁高新区 闲置冷链仓库 C1", SpaceKind.Warehouse, 11_500m, now);
        Specs(cold, 9m, 30m, 400m, null, FireClass.Bing, 8, 9m);
        cold.OwnerName = "遂宁高新区某物流企业（合成）";
        cold.Disposal = DisposalRoute.Lease;
        cold.Note = "演示合成：供电容量小，只宜仓储。";
        Move(cold, null, SpaceStatus.Idle, new DateOnly(2023, 1, 1), now);
        Move(cold, SpaceStatus.Idle, SpaceStatus.Listed, new DateOnly(2024, 2, 1), now);
        yield return cold;
    }

    private static IEnumerable<SpaceUnit> Elsewhere(int zoneId, string zoneName, DateOnly today, DateTime now)
    {
        var plant = New(zoneId, null, $"{zoneName} 闲置标准厂房（合成）", SpaceKind.Plant, 8_000m, now);
        Specs(plant, 8m, 25m, 1600m, 3m, FireClass.Bing, 2, 15m);
        plant.Note = "演示合成数据。";
        Move(plant, null, SpaceStatus.Idle, today.AddYears(-2), now);
        Move(plant, SpaceStatus.Idle, SpaceStatus.Listed, today.AddMonths(-6), now);
        yield return plant;
        var store = New(zoneId, null, $"{zoneName} 闲置仓库（合成）", SpaceKind.Warehouse, 15_000m, now);
        Specs(store, 10m, 30m, 400m, null, FireClass.Bing, 10, 8m);
        store.Note = "演示合成数据。";
        Move(store, null, SpaceStatus.Idle, today.AddYears(-1), now);
        yield return store;
    }

    private static SpaceUnit New(int zoneId, int? subParkId, string name, SpaceKind kind, decimal area, DateTime now) => new()
    {
        ZoneId = zoneId, SubParkId = subParkId, Name = name, Kind = kind, FloorAreaM2 = area, VacantAreaM2 = area, Floor = 1, IsSynthetic = true,
        Provenance = Provenance.Of(DataSource.Seed, "科技日报 seed 001 / 演示合成", now, "seed"),
    };

    private static void Specs(SpaceUnit u, decimal height, decimal load, decimal power, decimal? crane, FireClass fire, int docks, decimal rent) =>
        (u.ClearHeightM, u.FloorLoadKnM2, u.PowerKva, u.CraneTonnes, u.FireClass, u.DockDoors, u.AskingRent) = (height, load, power, crane, fire, docks, rent);

    private static void Move(SpaceUnit u, SpaceStatus? from, SpaceStatus to, DateOnly on, DateTime now, string? note = null)
    {
        u.History.Add(new SpaceStatusChange { ZoneId = u.ZoneId, From = from, To = to, On = on, By = "seed", Note = note, RecordedAtUtc = now });
        u.Status = to;
        u.StatusSince = on;
    }

    /// <summary>Every complete month from the one after <paramref name="from"/> (a lease starts paying the next month) to the last before today.</summary>
    private static IEnumerable<(int Year, int Month)> Months(DateOnly from, DateOnly today)
    {
        var month = new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var end = new DateOnly(today.Year, today.Month, 1);
        for (; month < end; month = month.AddMonths(1))
        {
            yield return (month.Year, month.Month);
        }
    }
}
