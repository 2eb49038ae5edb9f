using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

internal sealed record ZoneSeedCounts(int Certificates, int OpenApplications, int PoolEntries, int AssistanceRecords, int Facts, int Targets);

/// <summary>One zone's synthetic tier history and this year's cultivation work (see <see cref="SeedTierDemoDataHandler"/>).</summary>
internal sealed class ZoneLadderSeed(ParkDbContext db, IEnterpriseFigures registry, Random random, int lastYear, DateOnly today, Provenance provenance)
{
    private static readonly string[] Staff = ["张敏", "李强", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "周婷"];

    private static readonly Dictionary<AssistanceKind, string[]> Contents = new()
    {
        [AssistanceKind.Visit] = ["上门走访，了解研发投入和知识产权情况", "走访企业负责人，梳理申报条件差距"],
        [AssistanceKind.Coaching] = ["辅导建立研发费用辅助账，核对近三年研发投入占比", "讲解知识产权布局，建议补充与主导产品相关的知识产权"],
        [AssistanceKind.DocumentReview] = ["预审申报材料，指出科技人员名单与社保记录不一致", "核对审计报告与申报数据"],
        [AssistanceKind.Training] = ["参加梯度培育政策宣讲会", "参加申报实务培训"],
        [AssistanceKind.Other] = ["协调金融机构对接，了解股权融资需求"],
    };

    public async Task<ZoneSeedCounts> SeedAsync(int zoneId, CancellationToken ct)
    {
        var enterprises = await registry.ForZoneAsync(db, zoneId, lastYear, lastYear, ct);
        if (enterprises.Count == 0)
        {
            return new ZoneSeedCounts(0, 0, 0, 0, 0, 0);
        }
        var figures = await registry.PublishedFiguresAsync(db, zoneId, ct);
        var published = PublishedCounts.From(figures);
        var province = enterprises[0].Uscc.Length >= 4 ? enterprises[0].Uscc.Substring(2, 2) : "00";
        var history = new CertificateHistory(random, lastYear, today, provenance);
        // Enterprises that spend most on R&D are the likeliest holders.
        var ranked = enterprises.Where(e => e.IsSynthetic)
            .OrderByDescending(e => e.In(lastYear) is { Revenue: > 0 } f ? (f.RdExpense ?? 0) / f.Revenue!.Value : 0).ThenBy(e => e.Id).ToList();
        var holders = new Dictionary<Tier, HashSet<int>>();
        var applications = new List<TierApplication>();
        var targets = 0;
        foreach (var tier in TierTerms.Ladder)
        {
            var flag = TierTerms.FlagOf(tier)!.Value;
            var declared = enterprises.Where(e => (e.Certifications & flag) != 0).Select(e => e.Id).ToHashSet();
            var held = published.FirstOrDefault(p => p.Tier == tier && !p.NewlyListed);
            var listed = published.FirstOrDefault(p => p.Tier == tier && p.NewlyListed);
            var referenceYear = held?.Year ?? listed?.Year ?? lastYear;
            var wanted = held?.Count ?? Math.Max(declared.Count, listed?.Count ?? 0);
            var real = enterprises.Where(e => !e.IsSynthetic && declared.Contains(e.Id)).Select(e => e.Id).ToList();
            // 小巨人 are chosen among 专精特新 holders, 专精特新 preferably among 创新型.
            var pool = tier switch
            {
                Tier.LittleGiant => ranked.Where(e => holders[Tier.Specialized].Contains(e.Id)).Concat(ranked),
                Tier.Specialized => ranked.Where(e => holders[Tier.InnovativeSme].Contains(e.Id)).Concat(ranked),
                _ => ranked.AsEnumerable(),
            };
            var chosen = held is null && listed is null
                ? declared
                : real.Concat(pool.Select(e => e.Id)).Distinct().Take(wanted).ToHashSet();
            holders[tier] = chosen;
            var firstTime = listed is null ? [] : chosen.Where(id => !real.Contains(id)).Take(listed.Count).ToHashSet();
            foreach (var id in chosen.Where(id => !real.Contains(id)))
            {
                applications.AddRange(history.ForHolder(zoneId, id, province, tier, referenceYear, firstTime.Contains(id) ? listed!.Year : null));
            }
            // A few enterprises reach the rung only after the published year: the ladder grows.
            if (referenceYear < lastYear)
            {
                foreach (var id in pool.Select(e => e.Id).Where(id => !chosen.Contains(id)).Distinct().Take(Math.Max(1, wanted / 10)))
                {
                    applications.AddRange(history.ForHolder(zoneId, id, province, tier, lastYear, random.Next(referenceYear + 1, lastYear + 1)));
                }
            }
            targets += AddTarget(zoneId, tier, figures, held);
        }
        db.TierApplications.AddRange(applications);
        await SyncRegistryFlagsAsync(enterprises, applications, ct);
        var work = AddThisYearsWork(zoneId, ranked, holders, history);
        return new ZoneSeedCounts(applications.Count, work.Applications, work.Pools, work.Assistance, work.Facts, targets);
    }

    private int AddTarget(int zoneId, Tier tier, IReadOnlyList<PublishedFigure> figures, PublishedCount? held)
    {
        if (held is null)
        {
            return 0;
        }
        var share = figures.FirstOrDefault(f => f.Unit == "%" && f.Year == held.Year && f.Indicator.Contains("目标", StringComparison.Ordinal)
            && f.Indicator.Contains(TierTerms.Names[tier].Zh, StringComparison.Ordinal));
        if (share?.Value is not { } percent || PublishedCounts.ImpliedTarget(held.Count, percent) is not { } target)
        {
            return 0;
        }
        db.TierTargets.Add(new TierTarget
        {
            ZoneId = zoneId, Tier = tier, Year = held.Year, Target = target,
            Basis = $"市定目标，由报道推算：{held.Count}家占目标{percent}%（{share.Quote}）", Provenance = provenance.Copy(),
        });
        return 1;
    }

    // The registry's declared flags say what each synthetic enterprise holds now, as the certificates do.
    private async Task SyncRegistryFlagsAsync(IReadOnlyList<EnterpriseSnapshot> enterprises, List<TierApplication> applications, CancellationToken ct)
    {
        var now = TierInputs.AsOf(lastYear);
        var mask = TierTerms.Ladder.Aggregate(Certifications.None, (m, t) => m | TierTerms.FlagOf(t)!.Value);
        var byEnterprise = applications.ToLookup(a => a.EnterpriseId);
        var changed = new Dictionary<int, Certifications>();
        foreach (var enterprise in enterprises.Where(e => e.IsSynthetic))
        {
            var held = byEnterprise[enterprise.Id].Where(a => a.IsValidOn(now))
                .Aggregate(Certifications.None, (m, a) => m | (TierTerms.FlagOf(a.Tier) ?? Certifications.None));
            if (held != (enterprise.Certifications & mask))
            {
                changed[enterprise.Id] = held;
            }
        }
        await registry.SetCertificationsAsync(db, changed, mask, ct);
    }

    private (int Applications, int Pools, int Assistance, int Facts) AddThisYearsWork(
        int zoneId, List<EnterpriseSnapshot> ranked, Dictionary<Tier, HashSet<int>> holders, CertificateHistory history)
    {
        var batchYear = lastYear + 1;
        int applications = 0, pools = 0, assistance = 0, facts = 0;
        var withFacts = new HashSet<int>();
        foreach (var tier in TierTerms.Ladder)
        {
            // Enterprises on the rung below come first; only 小巨人 requires it (专精特新 status, [M]). A 高企 need not be 科技型.
            var i = TierTerms.Ladder.ToList().IndexOf(tier);
            var below = i > 0 ? holders[TierTerms.Ladder[i - 1]] : [];
            var candidates = ranked.Where(e => !holders[tier].Contains(e.Id) && (tier != Tier.LittleGiant || below.Contains(e.Id)))
                .OrderBy(e => below.Contains(e.Id) ? 0 : 1)
                .Take(Math.Clamp(ranked.Count / 30, 3, 15)).ToList();
            for (var n = 0; n < candidates.Count; n++)
            {
                var enterprise = candidates[n];
                var pool = n < candidates.Count / 5 + 1 ? CultivationPool.Promoting : n < candidates.Count / 2 ? CultivationPool.Cultivating : CultivationPool.Reserve;
                var staff = Staff[random.Next(Staff.Length)];
                db.CultivationEntries.Add(new CultivationEntry
                {
                    ZoneId = zoneId, EnterpriseId = enterprise.Id, Tier = tier, Year = batchYear, Pool = pool, AssignedStaff = staff, IsSynthetic = true,
                    Provenance = provenance.Copy(),
                });
                pools++;
                if (pool == CultivationPool.Promoting)
                {
                    var status = (ApplicationStatus)random.Next(0, 3);
                    db.TierApplications.Add(history.Open(zoneId, enterprise.Id, tier, batchYear, status));
                    applications++;
                }
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var kind = Enum.GetValues<AssistanceKind>()[random.Next(5)];
                    db.AssistanceRecords.Add(new AssistanceRecord
                    {
                        ZoneId = zoneId, EnterpriseId = enterprise.Id, Tier = tier, On = new DateOnly(batchYear, 1, 10).AddDays(random.Next(0, today.DayOfYear - 10)),
                        Staff = staff, Kind = kind, Content = Contents[kind][random.Next(Contents[kind].Length)], IsSynthetic = true, Provenance = provenance.Copy(),
                    });
                    assistance++;
                }
                if (withFacts.Add(enterprise.Id))
                {
                    facts += SyntheticTierFacts.Add(db, zoneId, enterprise, lastYear, random, provenance);
                }
            }
        }
        return (applications, pools, assistance, facts);
    }
}
