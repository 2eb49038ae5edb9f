using System.Globalization;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Scale.Synthetic;

/// <summary>
/// A synthetic province for scale work (合成, never real). Zones get enterprises in a skewed share (the k-th largest
/// ∝ 1/√k, as a few big national zones hold most firms); industries are mostly manufacturing classes of GB/T 4754, with
/// utilities and services beside them; revenue is log-normal (about a quarter above the 2,000万元 threshold), the other
/// figures follow from it in plausible ratios, and a few per cent of each figure are left unreported. Each enterprise is
/// drawn from its own random stream seeded by (seed, index), so any slice can be generated alone, in any order.
/// </summary>
public static class ProvinceGenerator
{
    public const string Authority = "合成省";

    private const string ProvinceCode = "53";

    private static readonly string[] Brands = Registry.SeedDemoData.SyntheticEnterprises.Brands;

    // Common characters of Chinese trade names: two of them make about 10,000 distinct name stems.
    private const string NameChars = "安邦宝昌成诚达大德鼎东方丰福富高光广国海瀚豪和恒宏鸿华辉汇佳嘉建健金锦晶京景久聚骏凯康科坤蓝力利联良林隆龙迈美明铭能鹏祺启强庆泉荣瑞润森盛升晟世顺思泰天通同万维伟文新信星兴鑫旭亚扬阳耀一亿益英永宇裕远源悦云泽展长振正之智中众卓";

    private static readonly string[] Suffixes = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

    private static readonly (string Kind, string Short)[] ZoneKinds =
    [
        ("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"), ("产业园", "产业园区"), ("综保区", "综合保税区"),
    ];

    /// <summary>The zones, each with its enterprise count (they add up to the spec's enterprises).</summary>
    public static IReadOnlyList<SyntheticZoneRow> Zones(ProvinceSpec spec)
    {
        var random = new Random(Mix(spec.Seed, -1));
        var cities = Cities();
        var counts = ZoneSizes(spec.Zones, spec.Enterprises);
        var zones = new List<SyntheticZoneRow>(spec.Zones);
        for (var i = 0; i < spec.Zones; i++)
        {
            var city = cities[i % cities.Count];
            var (kind, longKind) = ZoneKinds[i < spec.Zones / 4 ? i % 2 : random.Next(ZoneKinds.Length)];
            var stem = $"合成{City(city.Name)}{(i >= cities.Count ? NumberWord(i / cities.Count) : "")}";
            var national = i < Math.Max(1, spec.Zones / 5);
            var subParks = Enumerable.Range(1, 1 + (counts[i] > 2000 ? random.Next(2, 5) : 0)).Select(n => $"{stem}{n}号园").ToList();
            zones.Add(new SyntheticZoneRow(i, $"{stem}{longKind}", $"{stem}{kind}", national ? "国家级" : "省级", kind, ProvinceCode, city.Code,
                1992 + random.Next(30), Math.Round((decimal)(counts[i] * 0.6 + random.Next(200, 2000)), 0), Authority, subParks, counts[i]));
        }
        return zones;
    }

    /// <summary>The enterprises in index order; enterprise i belongs to the zone whose running count covers i.</summary>
    public static IEnumerable<SyntheticEnterpriseRow> Enterprises(ProvinceSpec spec, IReadOnlyList<SyntheticZoneRow> zones)
    {
        var index = 0;
        foreach (var zone in zones)
        {
            for (var n = 0; n < zone.EnterpriseCount; n++, index++)
            {
                yield return Enterprise(spec, zone, index);
            }
        }
    }

    public static SyntheticEnterpriseRow Enterprise(ProvinceSpec spec, SyntheticZoneRow zone, int index)
    {
        var random = new Random(Mix(spec.Seed, index));
        var industry = IndustryMix.Pick(random);
        var manufacturing = IndustryMix.IsManufacturing(industry.Code);
        var founded = new DateOnly(spec.LastYear, 1, 1).AddDays(-(int)Math.Min(365 * 35, -Math.Log(1 - random.NextDouble()) * 365 * 9));
        var holdsLand = random.NextDouble() < (manufacturing ? 0.75 : 0.12);
        decimal? land = holdsLand ? Math.Round((decimal)LogNormal(random, Math.Log(18), 1.0), 2) : null;
        var name = $"合成{zone.ShortName[2..4]}{NameChars[random.Next(NameChars.Length)]}{NameChars[random.Next(NameChars.Length)]}{Brands[random.Next(Brands.Length)]}"
            + $"{IndustryMix.Word(industry.Code)}{Suffixes[random.Next(Suffixes.Length)]}";
        var ownershipDraw = random.NextDouble();
        var ownership = ownershipDraw < 0.82 ? "民营" : ownershipDraw < 0.90 ? "国有" : ownershipDraw < 0.96 ? "外资" : "港澳台";
        var subPark = zone.SubParks.Count > 1 ? zone.SubParks[random.Next(zone.SubParks.Count)] : null;
        return new SyntheticEnterpriseRow(index, zone.Index, subPark, UsccFor(index), name, industry.Code, founded, ownership,
            random.NextDouble() < 0.004, land, industry.Name);
    }

    /// <summary>The yearly figures of one enterprise, from its founding year (or the first year) to the last year.</summary>
    public static IEnumerable<SyntheticFiguresRow> Figures(ProvinceSpec spec, SyntheticEnterpriseRow enterprise)
    {
        var random = new Random(Mix(spec.Seed ^ 0x5bd1e995, enterprise.Index));
        var manufacturing = IndustryMix.IsManufacturing(enterprise.IndustryCode);
        var revenue = LogNormal(random, Math.Log(800), 1.4);
        var taxRate = 0.02 + random.NextDouble() * 0.05;
        var valueAddedRate = 0.18 + random.NextDouble() * 0.17;
        var revenuePerHead = 40 + random.NextDouble() * 110;
        var valueAddedPerTce = manufacturing ? LogNormal(random, Math.Log(2.5), 0.7) : LogNormal(random, Math.Log(12), 0.6);
        var rdRate = random.NextDouble() < 0.6 ? random.NextDouble() * 0.06 : 0;
        var exportRate = random.NextDouble() < 0.2 ? random.NextDouble() * 0.5 : 0;
        for (var year = spec.LastYear - spec.Years + 1; year <= spec.LastYear; year++)
        {
            if (year < enterprise.FoundedOn.Year)
            {
                continue;
            }
            revenue *= Math.Max(0.4, 1.06 + Normal(random) * 0.15);
            var valueAdded = revenue * valueAddedRate;
            var employees = Math.Max(3, (int)(revenue / revenuePerHead));
            var rd = revenue * rdRate;
            yield return new SyntheticFiguresRow(
                enterprise.Index, enterprise.Uscc, year,
                Money(revenue),
                manufacturing ? Money(revenue * (0.9 + random.NextDouble() * 0.15)) : null,
                manufacturing ? Money(valueAdded) : null,
                Money(revenue * (0.06 + Normal(random) * 0.08), allowNegative: true),
                Unreported(random, 0.01) ? null : Money(revenue * taxRate),
                Unreported(random, 0.03) ? null : Money(rd),
                Unreported(random, 0.02) ? null : employees,
                (int)(employees * (rdRate > 0 ? 0.05 + random.NextDouble() * 0.2 : 0)),
                !manufacturing || Unreported(random, 0.04) ? null : Money(valueAdded / valueAddedPerTce),
                enterprise.LandMu,
                exportRate > 0 ? Money(revenue * exportRate) : null,
                rdRate > 0.03 ? random.Next(0, 12) : 0,
                rdRate > 0.03 ? Money(revenue * (0.4 + random.NextDouble() * 0.5)) : null);
        }
    }

    /// <summary>
    /// A zone's pipeline: about one project per 400 enterprises (at least three), at 线索 or 洽谈 — a list enters the
    /// pipeline there and moves on through its stage machine — with log-normal investment (median 3 亿元) and output,
    /// tax and jobs that follow from it.
    /// </summary>
    public static IEnumerable<SyntheticProjectRow> Projects(ProvinceSpec spec, SyntheticZoneRow zone)
    {
        var random = new Random(Mix(spec.Seed ^ 0x2545F491, zone.Index));
        var count = Math.Max(3, zone.EnterpriseCount / 400);
        string[] sources = ["产业链招商", "以商招商", "云招商", "展会", "增资扩产", "其他"];
        string[] departments = ["招商局", "经发局", "科促局"];
        string[] priorities = ["一般", "一般", "一般", "区重点", "市重点", "省重点"];
        // Dated within the last year, never from the clock, so the same seed gives the same file on any day.
        var today = new DateOnly(spec.LastYear, 12, 31);
        for (var i = 0; i < count; i++)
        {
            var industry = IndustryMix.Pick(random);
            var total = Math.Round((decimal)LogNormal(random, Math.Log(30_000), 1.1), 0);
            var lease = total < 20_000 && random.NextDouble() < 0.5;
            var negotiating = random.NextDouble() < 0.45;
            yield return new SyntheticProjectRow(zone.Index,
                $"合成{Brands[random.Next(Brands.Length)]}{IndustryMix.Word(industry.Code)}项目{i + 1:D3}",
                $"合成{Brands[random.Next(Brands.Length)]}{NameChars[random.Next(NameChars.Length)]}{IndustryMix.Word(industry.Code)}集团有限公司",
                sources[random.Next(sources.Length)], total, Math.Round(total * (0.6m + (decimal)random.NextDouble() * 0.3m), 0),
                lease ? null : Math.Round(total / (decimal)(200 + random.Next(300)), 1), lease ? Math.Round(total / 5 + random.Next(2000, 8000), 0) : null,
                Math.Round(total * (1.0m + (decimal)random.NextDouble()), 0), Math.Round(total * (0.04m + (decimal)random.NextDouble() * 0.06m), 0),
                (int)(total / (150 + random.Next(250))) + 10, $"合成专员{random.Next(1, 20):D2}", departments[random.Next(departments.Length)],
                priorities[random.Next(priorities.Length)], lease ? "租赁厂房" : "拿地新建", negotiating ? "洽谈" : "线索",
                negotiating ? today.AddDays(-random.Next(1, 180)) : null, today.AddDays(random.Next(30, 365)));
        }
    }

    /// <summary>A well-formed USCC unique to the index (the index in base 31 as its body, check character computed).</summary>
    public static string UsccFor(int index)
    {
        Span<char> body = stackalloc char[17];
        "91530000".AsSpan().CopyTo(body);
        var n = (long)index;
        for (var i = 16; i >= 8; i--)
        {
            body[i] = Uscc.Alphabet[(int)(n % 31)];
            n /= 31;
        }
        return string.Concat(body, [Uscc.CheckChar(body)]);
    }

    private static int[] ZoneSizes(int zones, int enterprises)
    {
        var weights = Enumerable.Range(1, zones).Select(k => 1 / Math.Sqrt(k)).ToArray();
        var total = weights.Sum();
        var counts = weights.Select(w => Math.Max(1, (int)(enterprises * w / total))).ToArray();
        counts[0] += enterprises - counts.Sum();
        return counts;
    }

    private static List<Division> Cities()
    {
        var catalog = DivisionCatalog.Instance;
        return Enumerable.Range(1, 40).Select(n => catalog.Find(string.Create(CultureInfo.InvariantCulture, $"{ProvinceCode}{n:D2}")))
            .OfType<Division>().Where(d => d.Level == 2).ToList();
    }

    private static string City(string name) => name.Length > 2 && (name.EndsWith('市') || name.EndsWith('州')) ? name[..2] : name[..Math.Min(2, name.Length)];

    private static string NumberWord(int n) => "一二三四五六七八九十"[(n - 1) % 10] + "区";

    private static bool Unreported(Random random, double share) => random.NextDouble() < share;

    private static decimal Money(double value, bool allowNegative = false) =>
        Math.Round((decimal)(allowNegative ? value : Math.Max(0, value)), 1, MidpointRounding.AwayFromZero);

    private static double LogNormal(Random random, double mu, double sigma) => Math.Exp(mu + sigma * Normal(random));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // SplitMix64 of (seed, stream): a fixed, platform-independent seed per enterprise.
    internal static int Mix(int seed, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)stream) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }
}
