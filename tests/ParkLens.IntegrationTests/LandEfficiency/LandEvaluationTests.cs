using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.Evaluation;
using ParkLens.Core.LandEfficiency.ExportLandRun;
using ParkLens.Core.LandEfficiency.GetLandRun;
using ParkLens.Core.LandEfficiency.PublishLandRun;
using ParkLens.Core.LandEfficiency.Schemes;
using ParkLens.Core.LandEfficiency.WhatIfLand;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.LandEfficiency;

/// <summary>Runs on the demo registry: every firm accounted for, drafts replaced, published runs frozen, corrections versioned.</summary>
public sealed class LandEvaluationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Year => ProvenanceRules.ExpectedLatestYear(DateTime.UtcNow);

    private static async Task<(int Kunming, int Yuxi, int NoEnergy)> SeedAsync(TestDatabase database)
    {
        await using (var scope = database.Services())
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 60, MaxPerZone: 60), null, Ct);
        }
        await using var db = database.Open();
        var kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(Ct);
        var yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => z.Id).SingleAsync(Ct);
        // One evaluable firm stops reporting energy: it must be listed as incomplete, not scored.
        var row = await db.Indicators.Where(i => i.ZoneId == kunming && i.Year == Year && i.EnergyTce != null && i.LandMu >= 3 && i.Tax != null && i.ValueAdded != null
                && i.Employees != null && i.RdExpense != null && i.Revenue >= 2000)
            .OrderBy(i => i.EnterpriseId).FirstAsync(Ct);
        row.EnergyTce = null;
        await db.SaveChangesAsync(Ct);
        return (kunming, yuxi, row.EnterpriseId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AZoneRun_AccountsForEveryEnterprise_AndAFirmWithoutEnergyIsReportedNotScored(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kunming, _, noEnergy) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));

        var evaluated = await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, Year), Ct);

        evaluated.Succeeded.ShouldBeTrue(string.Join("; ", evaluated.Problems));
        var run = (await scope.ServiceProvider.GetRequiredService<GetLandRunHandler>().HandleAsync(new GetLandRunQuery(evaluated.Id), Ct))!;
        await using var db = database.Open();
        run.Results.Count.ShouldBe(await db.Enterprises.CountAsync(e => e.ZoneId == kunming, Ct));
        run.Status.ShouldBe(RunStatus.Draft);
        var firm = run.Results.Single(r => r.EnterpriseId == noEnergy);
        (firm.Status, firm.Total, firm.Class).ShouldBe((ResultStatus.Incomplete, null, null));
        firm.Missing.ShouldBe([IndicatorCode.ValueAddedPerEnergy]);
        var scored = run.Results.Where(r => r.Status == ResultStatus.Scored).ToList();
        scored.ShouldNotBeEmpty();
        scored.ShouldAllBe(r => r.Class != null && r.Total != null && r.Items.Count > 0, "no tenant leases from a firm in the demo zone");
        scored.Where(r => r.Population == "above").Select(r => r.Rank).Min().ShouldBe(1);
        run.Results.Where(r => r.Status == ResultStatus.Excluded).ShouldAllBe(r => r.Reason != null);
        run.Method.Indicators.ShouldContain(i => i.Code == IndicatorCode.TaxPerMu && i.Basis > 0);
        run.Method.Indicators.Single(i => i.Population == "above" && i.Code == IndicatorCode.ValueAddedPerEmission).Basis.ShouldBe(0, "the registry holds no emissions: the item is left out and says so");
        run.Aggregates[0].TaxPerMu.ShouldNotBeNull();
        run.ClassCounts["above"].Values.Sum().ShouldBe(scored.Count(r => r.Population == "above"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APublishedRunIsFrozen_ACorrectionIsTheNextVersion_AndSupersedesItWhenPublished(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kunming, _, noEnergy) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));
        var evaluate = scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>();
        var publish = scope.ServiceProvider.GetRequiredService<PublishLandRunHandler>();

        var draft = await evaluate.HandleAsync(new EvaluateLandCommand(kunming, Year), Ct);
        var redraft = await evaluate.HandleAsync(new EvaluateLandCommand(kunming, Year), Ct);
        (await publish.HandleAsync(redraft.Id!.Value, Ct)).Succeeded.ShouldBeTrue();
        (await publish.HandleAsync(redraft.Id.Value, Ct)).Problems.ShouldHaveSingleItem().Rule.ShouldBe("not-draft");
        await using (var db = database.Open())
        {
            (await db.LandRuns.AnyAsync(r => r.Id == draft.Id, Ct)).ShouldBeFalse("a draft is replaced by the next computation");
            var fixedRow = await db.Indicators.SingleAsync(i => i.EnterpriseId == noEnergy && i.Year == Year, Ct);
            fixedRow.EnergyTce = 500m;
            await db.SaveChangesAsync(Ct);
        }

        var correction = await evaluate.HandleAsync(new EvaluateLandCommand(kunming, Year, Note: "补报能耗"), Ct);

        await using (var db = database.Open())
        {
            var runs = await db.LandRuns.Where(r => r.ZoneId == kunming).OrderBy(r => r.RunVersion).ToListAsync(Ct);
            runs.Select(r => (r.RunVersion, r.Status)).ShouldBe([(1, RunStatus.Published), (2, RunStatus.Draft)]);
            runs[1].CorrectsRunId.ShouldBe(runs[0].Id);
            (await db.LandResults.SingleAsync(r => r.RunId == runs[0].Id && r.EnterpriseId == noEnergy, Ct)).Status.ShouldBe(ResultStatus.Incomplete, "published numbers never change");
            (await db.LandResults.SingleAsync(r => r.RunId == runs[1].Id && r.EnterpriseId == noEnergy, Ct)).Status.ShouldBe(ResultStatus.Scored);
        }
        (await publish.HandleAsync(correction.Id!.Value, Ct)).Succeeded.ShouldBeTrue();
        await using var after = database.Open();
        (await after.LandRuns.Where(r => r.ZoneId == kunming).OrderBy(r => r.RunVersion).Select(r => r.Status).ToListAsync(Ct)).ShouldBe([RunStatus.Superseded, RunStatus.Published]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ABelowScaleTenantWithoutLand_TakesItsLandlordsClass_ExceptInASmallAndMicroPark(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kunming, _, _) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));
        var evaluate = scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>();
        var get = scope.ServiceProvider.GetRequiredService<GetLandRunHandler>();
        var first = (await get.HandleAsync(new GetLandRunQuery((await evaluate.HandleAsync(new EvaluateLandCommand(kunming, Year), Ct)).Id), Ct))!;
        var landlord = first.Results.Where(r => r.Status == ResultStatus.Scored && r.Population == "below").OrderBy(r => r.EnterpriseId).First();
        var tenants = first.Results.Where(r => r.Population == "below" && r.Status == ResultStatus.Scored && r.EnterpriseId != landlord.EnterpriseId).OrderBy(r => r.EnterpriseId).Take(2)
            .Select(r => r.EnterpriseId).ToList();
        await using (var db = database.Open())
        {
            foreach (var row in await db.Indicators.Where(i => tenants.Contains(i.EnterpriseId) && i.Year == Year).ToListAsync(Ct))
            {
                row.LandMu = null;
            }
            var now = DateTime.UtcNow;
            foreach (var (tenant, smallMicro) in new[] { (tenants[0], false), (tenants[1], true) })
            {
                db.SpaceUnits.Add(new ParkLens.Core.LandEfficiency.IdleSpace.Domain.SpaceUnit
                {
                    ZoneId = kunming, Name = $"测试厂房 {tenant}", Kind = ParkLens.Core.LandEfficiency.IdleSpace.Domain.SpaceKind.Plant, FloorAreaM2 = 2000,
                    Status = ParkLens.Core.LandEfficiency.IdleSpace.Domain.SpaceStatus.Leased, StatusSince = DateOnly.FromDateTime(now),
                    OwnerEnterpriseId = landlord.EnterpriseId, TenantEnterpriseId = tenant, InSmallMicroPark = smallMicro,
                    Provenance = Provenance.Of(DataSource.Form, null, now, "test"),
                });
            }
            await db.SaveChangesAsync(Ct);
        }

        var run = (await get.HandleAsync(new GetLandRunQuery((await evaluate.HandleAsync(new EvaluateLandCommand(kunming, Year), Ct)).Id), Ct))!;

        var follower = run.Results.Single(r => r.EnterpriseId == tenants[0]);
        var landlordNow = run.Results.Single(r => r.EnterpriseId == landlord.EnterpriseId);
        landlordNow.Class.ShouldNotBeNull();
        (follower.Status, follower.Class, follower.Total).ShouldBe((ResultStatus.Scored, landlordNow.Class, (decimal?)null));
        follower.Reason.ShouldNotBeNull().ShouldContain(landlord.Name);
        run.Results.Single(r => r.EnterpriseId == tenants[1]).Status.ShouldBe(ResultStatus.Incomplete, "小微园 tenants are not evaluated with their landlord");
        run.Method.Scope.TenantsFollowLandlord.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherZone_NeitherEvaluatesNorReads_AndAnEnterpriseUserMayNotEvaluate(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kunming, yuxi, _) = await SeedAsync(database);
        int runId;
        await using (var own = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff)))
        {
            runId = (await own.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, Year), Ct)).Id!.Value;
        }
        await using var other = database.Services(new FixedActor("玉溪经发局", DataScope.Zones([yuxi]), AccessRole.EconomyStaff));

        (await other.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, Year), Ct))
            .Problems.ShouldHaveSingleItem().Rule.ShouldBe("no-zone");
        (await other.ServiceProvider.GetRequiredService<GetLandRunHandler>().HandleAsync(new GetLandRunQuery(runId), Ct)).ShouldBeNull();
        (await other.ServiceProvider.GetRequiredService<PublishLandRunHandler>().HandleAsync(runId, Ct)).Problems.ShouldHaveSingleItem().Rule.ShouldBe("no-run");
        await using var enterprise = database.Services(new FixedActor("企业", DataScope.Enterprises(kunming, [1]), AccessRole.EnterpriseUser));
        (await enterprise.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, Year), Ct)).Forbidden.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WhatIf_ShowsWhoChangesClassAndWhy_AndTheExportHasTheUpwardLayout(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (kunming, _, _) = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));
        var runId = (await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, Year), Ct)).Id!.Value;
        var scheme = BuiltInSchemes.Default;
        var above = scheme.Populations[0];
        var taxHeavy = scheme with
        {
            Populations = [above with { Indicators = [.. above.Indicators.Select(i => i.Code == IndicatorCode.TaxPerMu ? i with { Weight = 90 } : i)] }, scheme.Populations[1]],
        };

        var whatIf = (await scope.ServiceProvider.GetRequiredService<WhatIfLandHandler>().HandleAsync(new WhatIfLandQuery(runId, taxHeavy), Ct))!;
        var invalid = (await scope.ServiceProvider.GetRequiredService<WhatIfLandHandler>()
            .HandleAsync(new WhatIfLandQuery(runId, scheme with { Classes = scheme.Classes with { Cuts = [new(EfficiencyClass.A, 0.5m)] } }), Ct))!;

        whatIf.Problems.ShouldBeEmpty();
        whatIf.DataChangedSinceRun.ShouldBeFalse();
        whatIf.Changes.ShouldNotBeEmpty();
        whatIf.Changes.ShouldAllBe(c => c.Before != c.After && c.Why.Length > 0);
        whatIf.Before.Values.Sum().ShouldBe(whatIf.After.Values.Sum());
        invalid.Problems.ShouldHaveSingleItem().Field.ShouldBe("$.classes.cuts[0].upTo");

        using var xlsx = new MemoryStream();
        var rows = await scope.ServiceProvider.GetRequiredService<ExportLandRunHandler>().HandleAsync(runId, xlsx, Ct);
        xlsx.Position = 0;
        MiniExcel.GetSheetNames(xlsx).ShouldBe(["评价结果", "亩均汇总", "方法说明"]);
        xlsx.Position = 0;
        MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "评价结果").Count().ShouldBe(rows!.Value);
    }
}

/// <summary>An authority's edit of a scheme applies to its zones only, is versioned and audited, and past runs keep their text.</summary>
public sealed class LandSchemeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAuthoritysEdit_AppliesToItsZonesOnly_AndRunsKeepTheVersionTheyUsed(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.Services())
        {
            await seed.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 40, MaxPerZone: 40), null, Ct);
        }
        int[] yunnan;
        int kunming, suzhou;
        await using (var db = database.Open())
        {
            yunnan = await db.Zones.Where(z => z.ProvinceCode == "53").Select(z => z.Id).ToArrayAsync(Ct);
            kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(Ct);
            suzhou = await db.Zones.Where(z => z.ShortName == "苏州工业园区").Select(z => z.Id).SingleAsync(Ct);
        }
        var year = ProvenanceRules.ExpectedLatestYear(DateTime.UtcNow);
        await using var province = database.Services(new FixedActor("云南省商务厅", DataScope.Zones(yunnan), AccessRole.AuthorityAnalyst));
        var save = province.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.SaveLandScheme.SaveLandSchemeHandler>();
        int firstRun;
        await using (var staff = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff)))
        {
            firstRun = (await staff.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, year), Ct)).Id!.Value;
            await staff.ServiceProvider.GetRequiredService<PublishLandRunHandler>().HandleAsync(firstRun, Ct);
        }
        var stricter = BuiltInSchemes.Default with { Scope = BuiltInSchemes.Default.Scope with { MinLandMu = 10 } };

        var refused = await save.HandleAsync(new(SchemeReader.Write(stricter).Replace("\"Weight\": 30", "\"Weight\": -1", StringComparison.Ordinal)), Ct);
        var saved = await save.HandleAsync(new(SchemeReader.Write(stricter), "云南：评价用地 10 亩及以上"), Ct);

        refused.Problems.ShouldHaveSingleItem().Field.ShouldBe("$.populations[0].indicators[0].weight");
        saved.Succeeded.ShouldBeTrue(string.Join("; ", saved.Problems));
        var lists = province.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.ListLandSchemes.ListLandSchemesHandler>();
        var inKunming = (await lists.HandleAsync(kunming, Ct))!.Single(s => s.Scheme.Key == BuiltInSchemes.DefaultKey);
        (inKunming.Scheme.Version, inKunming.Scheme.Scope.MinLandMu, inKunming.IsBuiltIn).ShouldBe((2, 10m, false));
        await using (var sysadmin = database.Services())
        {
            var inSuzhou = (await sysadmin.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.ListLandSchemes.ListLandSchemesHandler>().HandleAsync(suzhou, Ct))!
                .Single(s => s.Scheme.Key == BuiltInSchemes.DefaultKey);
            (inSuzhou.Scheme.Version, inSuzhou.Scheme.Scope.MinLandMu).ShouldBe((1, 3m), "another authority's edit never applies");
        }
        await using var kunmingStaff = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));
        var rerun = await kunmingStaff.ServiceProvider.GetRequiredService<EvaluateLandHandler>().HandleAsync(new EvaluateLandCommand(kunming, year), Ct);
        var get = kunmingStaff.ServiceProvider.GetRequiredService<GetLandRunHandler>();
        (await get.HandleAsync(new GetLandRunQuery(rerun.Id), Ct))!.Method.SchemeVersion.ShouldBe(2);
        var old = (await get.HandleAsync(new GetLandRunQuery(firstRun), Ct))!;
        (old.Method.SchemeVersion, old.Scheme.Scope.MinLandMu).ShouldBe((1, 3m));
        await using var db2 = database.Open();
        (await db2.AuditEntries.CountAsync(a => a.EntityType == nameof(LandSchemeRecord) && a.Actor == "云南省商务厅", Ct)).ShouldBe(1);
    }
}

/// <summary>低效用地: class-D plots and idle parcels listed from the latest run, with plans tracked forward only.</summary>
public sealed class LowEfficiencyLandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClassDPlotsAndIdleParcels_AreListed_AndAPlanMovesForwardOnly(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.Services())
        {
            await seed.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 60, MaxPerZone: 60), null, Ct);
        }
        int kunming, idleParcel;
        await using (var db = database.Open())
        {
            kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => z.Id).SingleAsync(Ct);
            var parcel = await db.Parcels.Where(p => p.ZoneId == kunming).OrderBy(p => p.Id).FirstAsync(Ct);
            parcel.IsIdle = true;
            idleParcel = parcel.Id;
            await db.SaveChangesAsync(Ct);
        }
        await using var scope = database.Services(new FixedActor("昆明经发局", DataScope.Zones([kunming]), AccessRole.EconomyStaff));
        var runId = (await scope.ServiceProvider.GetRequiredService<EvaluateLandHandler>()
            .HandleAsync(new EvaluateLandCommand(kunming, ProvenanceRules.ExpectedLatestYear(DateTime.UtcNow)), Ct)).Id!.Value;
        var list = scope.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.LowEfficiencyLand.ListLowEfficiencyLandHandler>();

        var view = (await list.HandleAsync(kunming, null, Ct))!;

        view.RunId.ShouldBe(runId);
        view.Plots.ShouldContain(p => p.ParcelId == idleParcel && p.Reasons.Contains(ParkLens.Core.LandEfficiency.LowEfficiencyLand.LowEfficiencyReason.Idle));
        await using (var db = database.Open())
        {
            var classD = await db.LandResults.Where(r => r.RunId == runId && r.Class == EfficiencyClass.D).Select(r => r.EnterpriseId).ToListAsync(Ct);
            classD.ShouldNotBeEmpty();
            view.Plots.Where(p => p.OwnerClass == EfficiencyClass.D).Select(p => p.EnterpriseId!.Value).Distinct().Order().ShouldBe(classD.Order());
        }
        var target = view.Plots.First(p => p.OwnerClass == EfficiencyClass.D);
        var save = scope.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.ImprovementPlans.SaveImprovementPlanHandler>();
        var progress = scope.ServiceProvider.GetRequiredService<ParkLens.Core.LandEfficiency.ImprovementPlans.RecordImprovementProgressHandler>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = await save.HandleAsync(new(kunming, target.ParcelId, target.EnterpriseId, ImprovementMeasure.Upgrade, "技改后亩均税收达到区平均", today.AddMonths(12), 20m, "经发局"), Ct);
        plan.Succeeded.ShouldBeTrue(string.Join("; ", plan.Problems));
        (await progress.HandleAsync(new(plan.Id!.Value, today, PlanStatus.InProgress, "企业已提交技改方案"), Ct)).Succeeded.ShouldBeTrue();
        (await progress.HandleAsync(new(plan.Id.Value, today, PlanStatus.Planned, "退回"), Ct)).Problems.ShouldHaveSingleItem().Rule.ShouldBe("plan-backwards");
        (await save.HandleAsync(new(kunming, null, null, ImprovementMeasure.Reclaim, "", today.AddDays(-1)), Ct)).Problems.Select(p => p.Rule)
            .ShouldBe(["plan-target", "required", "deadline-past"], ignoreOrder: true);

        var after = (await list.HandleAsync(kunming, null, Ct))!;
        var planned = after.Plots.First(p => p.ParcelId == target.ParcelId && p.EnterpriseId == target.EnterpriseId).Plans.ShouldHaveSingleItem();
        (planned.Status, planned.LastNote, planned.Overdue).ShouldBe((PlanStatus.InProgress, "企业已提交技改方案", false));
    }
}
