using System.Security.Cryptography;
using System.Text;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.SeedDemoData;

/// <summary>The published part of the demo data: zones, sub-parks, named enterprises, their figures and quotes.</summary>
internal static class SeedSteps
{
    public static async Task<Dictionary<string, Zone>> ZonesAsync(ParkDbContext db, SeedFacts facts, Provenance provenance, CancellationToken ct)
    {
        var authorities = facts.Authorities.ToDictionary(
            a => a.Key, a => new Authority { Name = a.Name, ProvinceCode = a.ProvinceCode, Body = a.Body });
        db.Authorities.AddRange(authorities.Values);
        var zones = new Dictionary<string, Zone>();
        foreach (var z in facts.Zones)
        {
            var level = RegistryTerms.TryParse(RegistryTerms.Levels, z.Level, out var l) ? l : ZoneLevel.Unrated;
            if (!RegistryTerms.TryParse(RegistryTerms.Kinds, z.Kind, out var kind))
            {
                throw new InvalidDataException($"seed-facts.json: zone {z.Key} has unknown kind {z.Kind}");
            }
            var catalogue = NationalZoneCatalog.Instance.FindByName(z.Name);
            var zone = new Zone
            {
                Authority = authorities[z.Authority],
                Name = z.Name,
                ShortName = z.ShortName,
                Level = level,
                Kind = kind,
                ProvinceCode = z.ProvinceCode,
                CityCode = z.CityCode,
                ApprovalYear = z.ApprovalYear ?? catalogue?.ApprovalYear,
                ApprovedAreaHa = z.ApprovedAreaHa ?? catalogue?.ApprovedAreaHa,
                CatalogueCode = z.CatalogueCode ?? catalogue?.CatalogueCode,
                LeadingIndustries = string.Join(";", z.LeadingIndustries.Count > 0 ? z.LeadingIndustries : catalogue?.LeadingIndustries ?? []),
                Provenance = provenance.Copy(),
            };
            foreach (var park in z.SubParks.DistinctBy(p => p.Name))
            {
                zone.SubParks.Add(new SubPark { Name = park.Name, Note = park.Note, Provenance = Cited(provenance, facts, park.Seed) });
            }
            db.Zones.Add(zone);
            zones[z.Key] = zone;
        }
        await db.SaveChangesAsync(ct);
        foreach (var z in facts.Zones)
        {
            db.PublishedFacts.AddRange(z.Facts.Select(f => Fact(facts, zones[z.Key].Id, null, f)));
        }
        await db.SaveChangesAsync(ct);
        return zones;
    }

    public static async Task<(int Enterprises, int Indicators)> NamedEnterprisesAsync(
        ParkDbContext db, SeedFacts facts, Dictionary<string, Zone> zones, Provenance provenance, CancellationToken ct)
    {
        var industries = IndustryCatalog.Instance;
        var created = new List<(Enterprise Enterprise, SeedEnterprise Seed)>();
        foreach (var s in facts.Enterprises)
        {
            var zone = zones[s.Zone];
            var industry = industries.Find(s.IndustryCode) ?? throw new InvalidDataException($"seed-facts.json: {s.Name} has unknown industry {s.IndustryCode}");
            RegistryTerms.TryParse(RegistryTerms.Ownerships, s.Ownership, out var ownership);
            var hasCode = s.Uscc is not null && Uscc.IsValid(s.Uscc);
            var enterprise = new Enterprise
            {
                ZoneId = zone.Id,
                Uscc = hasCode ? Uscc.Normalize(s.Uscc) : PlaceholderUscc(s.Name, zone.CityCode),
                UsccIsPlaceholder = !hasCode,
                Name = s.Name,
                NameInitials = PinyinInitials.Of(s.Name),
                IndustryCode = industry.Code,
                IndustrySection = industry.Section,
                Ownership = ownership,
                IsListed = s.Listed,
                Certifications = CertificationsIn(s.Tags),
                Tags = string.Join(";", s.Tags),
                Provenance = Cited(provenance, facts, s.Seed),
            };
            db.Enterprises.Add(enterprise);
            created.Add((enterprise, s));
        }
        await db.SaveChangesAsync(ct);
        var indicatorRows = 0;
        foreach (var (enterprise, s) in created)
        {
            db.PublishedFacts.Add(new PublishedFact
            {
                ZoneId = enterprise.ZoneId, EnterpriseId = enterprise.Id, Indicator = PublishedFact.Mention, Quote = s.Quote, Source = facts.SourceOf(s.Seed),
            });
            if (s.FoundedYear is { } founded)
            {
                db.PublishedFacts.Add(new PublishedFact
                {
                    ZoneId = enterprise.ZoneId, EnterpriseId = enterprise.Id, Indicator = "成立年份", Year = founded, Value = founded, Unit = "年",
                    Quote = s.Quote, Source = facts.SourceOf(s.Seed),
                });
            }
            db.PublishedFacts.AddRange(s.Facts.Select(f => Fact(facts, enterprise.ZoneId, enterprise.Id, f)));
            foreach (var byYear in s.Facts.Where(f => f.Standard is not null && f.Year is not null && f.Kind != "target").GroupBy(f => f.Year!.Value))
            {
                var row = new EnterpriseIndicator { ZoneId = enterprise.ZoneId, EnterpriseId = enterprise.Id, Year = byYear.Key, Provenance = Cited(provenance, facts, byYear.First().Seed) };
                var any = false;
                foreach (var f in byYear)
                {
                    any |= StandardValue(f) is { } v && IndicatorDefinitions.Write(row, StandardKey(f.Standard!), v);
                }
                if (any)
                {
                    db.Indicators.Add(row);
                    indicatorRows++;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return (created.Count, indicatorRows);
    }

    public static async Task ParcelsAsync(ParkDbContext db, SeedFacts facts, Dictionary<string, Zone> zones, Provenance provenance, CancellationToken ct)
    {
        foreach (var p in facts.Parcels ?? [])
        {
            RegistryTerms.TryParse(RegistryTerms.Uses, p.Use, out var use);
            var parcel = new LandParcel
            {
                ZoneId = zones[p.Zone].Id, Code = p.Code, AreaMu = p.AreaMu, Use = use, OwnerName = p.OwnerName, IsIdle = p.IsIdle,
                Provenance = Cited(provenance, facts, p.Seed),
            };
            foreach (var b in p.Buildings)
            {
                RegistryTerms.TryParse(RegistryTerms.Uses, b.Use, out var buildingUse);
                parcel.Buildings.Add(new Building
                {
                    ZoneId = parcel.ZoneId, Name = b.Name, FloorAreaM2 = b.FloorAreaM2, VacantAreaM2 = b.VacantAreaM2, Use = buildingUse,
                    OwnerName = p.OwnerName, Provenance = parcel.Provenance.Copy(),
                });
            }
            db.Parcels.Add(parcel);
            db.PublishedFacts.Add(new PublishedFact
            {
                ZoneId = parcel.ZoneId, Indicator = $"{p.Code} 占地", Value = p.AreaMu, Unit = "亩", Quote = p.Quote, Source = facts.SourceOf(p.Seed),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    // seed-facts.json names indicators in PascalCase ("GrossOutput"); the registry's keys are snake_case ("gross_output").
    private static string StandardKey(string standard) =>
        System.Text.RegularExpressions.Regex.Replace(standard, "(?<=[a-z])(?=[A-Z])", "_").ToLowerInvariant();

    private static decimal? StandardValue(SeedFact f) => IndicatorDefinitions.Get(StandardKey(f.Standard!)).Kind switch
    {
        IndicatorKind.Amount or IndicatorKind.SignedAmount => Units.ToWanYuan(f.Value, f.Unit),
        IndicatorKind.Quantity when f.Unit == "亩" => f.Value,
        IndicatorKind.Count when f.Unit is "人" or "件" or "项" or "个" => f.Value,
        _ => null,
    };

    private static PublishedFact Fact(SeedFacts facts, int zoneId, int? enterpriseId, SeedFact f) => new()
    {
        ZoneId = zoneId,
        EnterpriseId = enterpriseId,
        Indicator = f.Qualifier is null ? f.Indicator : $"{f.Indicator}（{f.Qualifier}）",
        Year = f.Year,
        Period = f.Period,
        Value = f.Value,
        Unit = f.Unit,
        IsTarget = f.Kind == "target",
        Quote = f.Quote,
        Source = facts.SourceOf(f.Seed),
    };

    private static Provenance Cited(Provenance provenance, SeedFacts facts, string seed) =>
        Provenance.Of(DataSource.Seed, facts.SourceOf(seed), provenance.UpdatedAtUtc, provenance.UpdatedBy);

    private static Certifications CertificationsIn(IEnumerable<string> tags) =>
        tags.Aggregate(Certifications.None, (c, t) => RegistryTerms.TryParse(RegistryTerms.CertificationNames, t, out var v) ? c | v : c);

    // Stable across runs and machines: the same enterprise always gets the same stand-in code.
    private static string PlaceholderUscc(string name, string cityCode)
    {
        var hash = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
        return Uscc.Generate(new Random(hash), cityCode + "00");
    }
}
