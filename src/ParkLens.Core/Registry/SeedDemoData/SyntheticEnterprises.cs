using ParkLens.Core.Common;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.SeedDemoData;

internal sealed record SyntheticZone(int ZoneId, string CityCode, string CityStem, IReadOnlyList<string> LeadingIndustries, IReadOnlyList<int> SubParkIds);

/// <summary>
/// Deterministic synthetic enterprises for a zone: industry mix led by the zone's leading industries, log-normal sizes,
/// figures that hang together (output ≈ revenue, value added 20–35 % of output, 亩均营收 a few hundred 万元).
/// Every record is marked synthetic.
/// </summary>
internal sealed class SyntheticEnterprises(int seed, int lastYear, int years, Provenance provenance)
{
    private static readonly (string Keyword, string[] Divisions)[] IndustryKeywords =
    [
        ("生物", ["27", "73"]), ("医药", ["27"]), ("疫苗", ["27"]), ("中药", ["27", "01"]), ("三七", ["27", "01"]),
        ("电子", ["39"]), ("信息", ["39", "65", "64"]), ("软件", ["65"]), ("集成电路", ["39"]), ("芯片", ["39"]), ("显示", ["39"]),
        ("半导体", ["39"]), ("光电", ["39", "40"]), ("新材料", ["26", "30", "32"]), ("材料", ["26", "30", "32"]), ("稀", ["32"]),
        ("金属", ["32", "33"]), ("有色", ["32"]), ("冶金", ["31", "32"]), ("化工", ["26"]), ("装备", ["34", "35"]), ("机械", ["34", "35"]),
        ("智能制造", ["34", "35", "40"]), ("汽车", ["36"]), ("新能源", ["38", "44"]), ("电池", ["38"]), ("储能", ["38"]), ("光伏", ["38"]),
        ("航空", ["37"]), ("航天", ["37"]), ("机器人", ["34", "39"]), ("食品", ["13", "14"]), ("饮料", ["15"]), ("烟草", ["16"]),
        ("纺织", ["17", "18"]), ("服装", ["18"]), ("物流", ["59", "54"]), ("商贸", ["51", "52"]), ("贸易", ["51"]), ("金融", ["66", "67"]),
        ("文化", ["87", "23"]), ("旅游", ["61", "72"]), ("陶瓷", ["30"]), ("建材", ["30"]), ("环保", ["77", "35"]), ("节能", ["77", "38"]),
        ("数字", ["64", "65"]), ("大数据", ["64", "65"]), ("通信", ["39", "63"]), ("研发", ["73", "75"]), ("设计", ["74"]), ("氢能", ["38", "44"]),
    ];

    private static readonly string[] GeneralDivisions = ["13", "14", "26", "27", "29", "30", "33", "34", "35", "36", "38", "39", "40", "51", "59", "64", "65", "72", "73", "75"];

    // Shared with the scale generator (Scale/Synthetic), so both kinds of synthetic firm read alike.
    internal static readonly string[] Brands =
    [
        "华瑞", "中科", "恒信", "金诚", "宏达", "新锐", "博远", "天元", "瑞丰", "永泰", "汇通", "鼎盛", "精工", "卓越", "正和", "海川",
        "云岭", "同创", "智远", "联合", "嘉禾", "安泰", "德润", "锦程", "泰和", "启明", "星河", "宇航", "长青", "明辉", "远景", "聚能",
        "蓝海", "科兴", "润达", "众合", "晶华", "凯越", "绿源", "盛世", "华宇", "和信", "恒通", "弘毅", "东方", "南星", "北辰", "西岭",
    ];

    private static readonly Dictionary<string, string[]> DivisionWords = new()
    {
        ["13"] = ["农产品", "食品"], ["14"] = ["食品", "乳业"], ["15"] = ["饮品", "酒业"], ["26"] = ["化工", "新材料"], ["27"] = ["生物", "制药", "医药"],
        ["29"] = ["橡塑", "塑业"], ["30"] = ["建材", "陶瓷"], ["31"] = ["钢业", "冶金"], ["32"] = ["金属", "新材料"], ["33"] = ["金属制品", "五金"],
        ["34"] = ["机械", "装备"], ["35"] = ["装备", "仪器"], ["36"] = ["汽车部件", "汽配"], ["37"] = ["航空", "航天"], ["38"] = ["新能源", "电气", "电池"],
        ["39"] = ["电子", "微电子", "光电"], ["40"] = ["仪表", "智能"], ["44"] = ["能源", "电力"], ["51"] = ["商贸", "贸易"], ["54"] = ["运输", "物流"],
        ["59"] = ["仓储", "物流"], ["64"] = ["网络", "数据"], ["65"] = ["软件", "信息技术"], ["72"] = ["商务服务", "咨询"], ["73"] = ["科技", "生物技术"],
        ["75"] = ["科技服务", "技术"], ["77"] = ["环保", "环境"],
    };

    private readonly Random _random = new(seed);
    private readonly IndustryCatalog _industries = IndustryCatalog.Instance;
    private readonly HashSet<string> _names = [];
    private readonly Dictionary<string, List<Industry>> _classes = [];

    /// <summary>Enterprises with their yearly figures attached (<see cref="Enterprise.Indicators"/>).</summary>
    public List<Enterprise> Generate(SyntheticZone zone, int count)
    {
        var enterprises = new List<Enterprise>(count);
        var preferred = PreferredDivisions(zone.LeadingIndustries);
        for (var n = 0; n < count; n++)
        {
            var division = preferred.Count > 0 && _random.NextDouble() < 0.7
                ? preferred[_random.Next(preferred.Count)]
                : GeneralDivisions[_random.Next(GeneralDivisions.Length)];
            var classes = ClassesUnder(division);
            var industry = classes[_random.Next(classes.Count)];
            var founded = new DateOnly(lastYear - (int)Math.Min(30, Math.Floor(-Math.Log(1 - _random.NextDouble()) * 9)), 1 + _random.Next(12), 1 + _random.Next(28));
            var enterprise = new Enterprise
            {
                ZoneId = zone.ZoneId,
                SubParkId = zone.SubParkIds.Count > 0 && _random.NextDouble() < 0.85 ? zone.SubParkIds[_random.Next(zone.SubParkIds.Count)] : null,
                Uscc = Uscc.Generate(_random, zone.CityCode + "00"),
                Name = UniqueName(zone.CityStem, division),
                IndustryCode = industry.Code,
                IndustrySection = industry.Section,
                MainProducts = ProductsOf(industry),
                BusinessScope = ScopeOf(industry),
                FoundedOn = founded,
                Ownership = PickOwnership(),
                IsSynthetic = true,
                Provenance = provenance.Copy(),
            };
            enterprise.NameInitials = PinyinInitials.Of(enterprise.Name);
            // Log-normal size (median ≈ 3,000 万元), damped for young firms so a two-year-old is rarely a giant.
            var age = lastYear - founded.Year + 1;
            var revenue = (decimal)Math.Round(Math.Exp(8.0 + 1.5 * Gaussian()) * Math.Min(1.0, age / 8.0), 1);
            revenue = Math.Max(50m, revenue);
            var isTech = industry.Section is "C" or "I" or "M";
            enterprise.IsListed = revenue > 200_000m && _random.NextDouble() < 0.4;
            enterprise.Certifications = PickCertifications(revenue, isTech);
            enterprises.Add(enterprise);
            enterprise.Indicators.AddRange(Years(enterprise, revenue, industry.Section == "C", (enterprise.Certifications & Certifications.HighTech) != 0));
        }
        return enterprises;
    }

    // Synthetic product and scope texts come from the official class name alone, so they draw no random numbers and the
    // rest of the generated demo stays exactly as it was before these fields existed.
    private static string ProductsOf(Industry industry) =>
        industry.Name.Replace("制造", "", StringComparison.Ordinal).Replace("加工", "", StringComparison.Ordinal).Trim();

    private string ScopeOf(Industry industry)
    {
        var parent = industry.ParentCode is { } p ? _industries.Find(p)?.Name : null;
        return $"{ProductsOf(industry)}的研发、生产与销售；{parent ?? industry.Name}相关技术开发、技术咨询与技术服务；货物进出口";
    }

    /// <summary>
    /// A parcel with one plant per land-holding enterprise (saved, so it has an id), a few with idle space,
    /// and a handful of idle parcels.
    /// </summary>
    public List<LandParcel> Properties(int zoneId, IEnumerable<Enterprise> enterprises)
    {
        var parcels = new List<LandParcel>();
        var n = 0;
        foreach (var enterprise in enterprises)
        {
            var landMu = enterprise.Indicators.Select(i => i.LandMu).FirstOrDefault(l => l is not null);
            if (landMu is null)
            {
                continue;
            }
            var parcel = new LandParcel
            {
                ZoneId = zoneId, SubParkId = enterprise.SubParkId, Code = $"Z{zoneId:D3}-{++n:D4}", AreaMu = landMu.Value, Use = PropertyUse.Industrial,
                OwnerEnterpriseId = enterprise.Id, OwnerName = enterprise.Name, Provenance = provenance.Copy(),
            };
            var plant = Plant(zoneId, enterprise.Name, landMu.Value, _random.NextDouble() < 0.08 ? U(0.2, 0.6) : 0m);
            plant.OwnerEnterpriseId = enterprise.Id;
            parcel.Buildings.Add(plant);
            parcels.Add(parcel);
        }
        for (var i = 0; i < 3 + _random.Next(5); i++)
        {
            var area = Math.Round(U(20, 300), 1);
            var parcel = new LandParcel
            {
                ZoneId = zoneId, Code = $"Z{zoneId:D3}-{++n:D4}", AreaMu = area, Use = _random.NextDouble() < 0.3 ? PropertyUse.Warehouse : PropertyUse.Industrial,
                OwnerName = "（闲置，原业主已退出）", IsIdle = true, Provenance = provenance.Copy(),
            };
            parcel.Buildings.Add(Plant(zoneId, "闲置厂房", area, 1m));
            parcels.Add(parcel);
        }
        return parcels;
    }

    private Building Plant(int zoneId, string owner, decimal landMu, decimal vacantShare)
    {
        var floor = Math.Round(landMu * Units.SquareMetresPerMu * U(0.6, 1.4), 0);
        return new Building
        {
            ZoneId = zoneId, Name = $"{owner}厂房", FloorAreaM2 = floor, VacantAreaM2 = Math.Round(floor * vacantShare, 0),
            Use = PropertyUse.Industrial, OwnerName = owner, Provenance = provenance.Copy(),
        };
    }

    // Ratios belong to the firm (its tax burden, R&D intensity, productivity) and drift only a little from year to year.
    private sealed record Profile(
        bool Industrial, bool HighTech, double OutputRatio, double ValueAddedShare, double ProfitMargin, double TaxRate, double RdShare,
        double RevenuePerEmployee, double RdStaffShare, double EnergyIntensity, decimal? LandMu, double ExportShare, double HighTechShare, int Patents);

    private Profile ProfileOf(decimal latestRevenue, bool industrial, bool highTech) => new(
        industrial, highTech,
        OutputRatio: 0.9 + _random.NextDouble() * 0.15,
        ValueAddedShare: 0.2 + _random.NextDouble() * 0.15,
        ProfitMargin: 0.06 + 0.05 * Gaussian(),
        TaxRate: 0.02 + _random.NextDouble() * 0.04,
        RdShare: highTech ? 0.03 + _random.NextDouble() * 0.05 : 0.005 + _random.NextDouble() * 0.025,
        RevenuePerEmployee: 60 + _random.NextDouble() * 90,
        RdStaffShare: highTech ? 0.1 + _random.NextDouble() * 0.2 : 0.03 + _random.NextDouble() * 0.09,
        EnergyIntensity: industrial ? 0.01 + _random.NextDouble() * 0.19 : 0.001 + _random.NextDouble() * 0.009,
        LandMu: industrial ? Math.Max(5m, Math.Round(latestRevenue / (decimal)(200 + _random.NextDouble() * 600), 1)) : null,
        ExportShare: _random.NextDouble() < 0.3 ? 0.05 + _random.NextDouble() * 0.35 : 0,
        HighTechShare: 0.6 + _random.NextDouble() * 0.3,
        Patents: highTech ? _random.Next(0, 25) : _random.Next(0, 3));

    private List<EnterpriseIndicator> Years(Enterprise e, decimal latestRevenue, bool industrial, bool highTech)
    {
        var firstYear = Math.Max(lastYear - years + 1, e.FoundedOn!.Value.Year);
        // About one firm in twenty has not reported its latest year: that shows up as stale data, as it does in real zones.
        var reportedLast = _random.NextDouble() < 0.95 ? lastYear : lastYear - 1;
        var profile = ProfileOf(latestRevenue, industrial, highTech);
        var revenue = latestRevenue;
        var rows = new List<EnterpriseIndicator>();
        for (var year = lastYear; year >= firstYear; year--)
        {
            if (year <= reportedLast)
            {
                rows.Add(Row(e, year, revenue, profile, lastYear - year));
            }
            revenue = Math.Max(10m, Math.Round(revenue / (decimal)Math.Clamp(1.07 + 0.1 * Gaussian(), 0.75, 1.5), 1));
        }
        return rows;
    }

    private EnterpriseIndicator Row(Enterprise e, int year, decimal revenue, Profile p, int yearsBack)
    {
        decimal Drift(double ratio) => (decimal)(ratio * (1 + 0.05 * Gaussian()));
        var output = p.Industrial ? Math.Round(revenue * Drift(p.OutputRatio), 1) : (decimal?)null;
        var employees = Math.Max(5, (int)(revenue / Drift(p.RevenuePerEmployee)));
        return new EnterpriseIndicator
        {
            ZoneId = e.ZoneId,
            Year = year,
            Revenue = revenue,
            GrossOutput = output,
            ValueAdded = output is null ? null : Math.Round(output.Value * Math.Min(0.95m, Drift(p.ValueAddedShare)), 1),
            Profit = Math.Round(revenue * Drift(p.ProfitMargin), 1),
            Tax = Math.Round(revenue * Drift(p.TaxRate), 1),
            RdExpense = Math.Round(revenue * Drift(p.RdShare), 1),
            Employees = employees,
            RdStaff = Math.Min(employees, (int)(employees * Drift(p.RdStaffShare))),
            EnergyTce = Math.Round(revenue * Drift(p.EnergyIntensity), 1),
            LandMu = p.LandMu,
            Exports = p.ExportShare > 0 ? Math.Round(revenue * Drift(p.ExportShare), 1) : null,
            InventionPatents = Math.Max(0, p.Patents - yearsBack),
            HighTechRevenue = p.HighTech ? Math.Round(revenue * Math.Min(1m, Drift(p.HighTechShare)), 1) : null,
            Provenance = Provenance.Of(DataSource.Synthetic, provenance.SourceRef, provenance.UpdatedAtUtc, provenance.UpdatedBy),
        };
    }

    private List<string> PreferredDivisions(IReadOnlyList<string> leading) =>
        leading.SelectMany(l => IndustryKeywords.Where(k => l.Contains(k.Keyword, StringComparison.Ordinal)).SelectMany(k => k.Divisions))
            .Distinct().Where(d => _industries.Find(d) is not null).ToList();

    private List<Industry> ClassesUnder(string division)
    {
        if (!_classes.TryGetValue(division, out var list))
        {
            list = _industries.AtLevel(4).Where(i => i.Code.StartsWith(division, StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
            _classes[division] = list;
        }
        return list;
    }

    private string UniqueName(string cityStem, string division)
    {
        var words = DivisionWords.GetValueOrDefault(division) ?? ["科技"];
        for (var attempt = 0; ; attempt++)
        {
            // One brand gives a few hundred names per city, two give tens of thousands; past that a serial keeps
            // provincial-scale runs (a million firms) from searching for a free name forever.
            var brand = Brands[_random.Next(Brands.Length)];
            if (attempt >= 4)
            {
                brand += Brands[_random.Next(Brands.Length)];
            }
            if (attempt >= 12)
            {
                brand += (_names.Count + attempt).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            var form = _random.NextDouble() < 0.15 ? "股份有限公司" : "有限公司";
            var name = $"{cityStem}{brand}{words[_random.Next(words.Length)]}{form}";
            if (_names.Add(name))
            {
                return name;
            }
        }
    }

    private Ownership PickOwnership() => _random.NextDouble() switch
    {
        < 0.78 => Ownership.Private,
        < 0.88 => Ownership.State,
        < 0.95 => Ownership.Foreign,
        _ => Ownership.HongKongMacaoTaiwan,
    };

    private Certifications PickCertifications(decimal revenue, bool isTech)
    {
        var c = Certifications.None;
        if (!isTech)
        {
            return c;
        }
        if (revenue < 50_000m && _random.NextDouble() < 0.35)
        {
            c |= Certifications.TechSme;
        }
        if (_random.NextDouble() < 0.3)
        {
            c |= Certifications.HighTech;
        }
        if (_random.NextDouble() < 0.15)
        {
            c |= Certifications.InnovativeSme;
            if (_random.NextDouble() < 0.45)
            {
                c |= Certifications.Specialized;
                if (_random.NextDouble() < 0.12)
                {
                    c |= Certifications.LittleGiant;
                }
            }
        }
        if (revenue > 300_000m && _random.NextDouble() < 0.05)
        {
            c |= Certifications.SingleChampion;
        }
        return c;
    }

    private decimal U(double min, double max) => (decimal)(min + _random.NextDouble() * (max - min));

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
