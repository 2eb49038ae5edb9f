using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.SeedChainDemoData;
using ParkLens.Core.Common;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.GetInvestmentRollup;
using ParkLens.Core.Investments.GetProject;
using ParkLens.Core.Investments.ImportProjects;
using ParkLens.Core.Investments.ListGroupStarts;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Investments.SeedInvestmentDemoData;
using ParkLens.Core.Registry.SeedDemoData;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Investments;

/// <summary>The demo pipeline reproduces the articles' figures; moves and imports are refused whole when wrong.</summary>
public sealed class ProjectPipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<Dictionary<string, int>> SeedAsync(TestDatabase database)
    {
        await using (var scope = database.Services())
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoDataHandler>().HandleAsync(new SeedDemoDataCommand(MinPerZone: 5, MaxPerZone: 10), null, Ct);
            await scope.ServiceProvider.GetRequiredService<SeedChainDemoDataHandler>().HandleAsync(new SeedChainDemoDataCommand(SeedDemoDataCommand.DefaultSeed, Demo: true), Ct);
            var result = await scope.ServiceProvider.GetRequiredService<SeedInvestmentDemoDataHandler>()
                .HandleAsync(new SeedInvestmentDemoDataCommand(SeedDemoDataCommand.DefaultSeed, Demo: true), Ct);
            result.Projects.ShouldBeGreaterThan(170);
        }
        await using var db = database.Open();
        return await db.Zones.ToDictionaryAsync(z => z.ShortName, z => z.Id, Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_ReproducesTheArticles_TianmaTheXiamenGroupStartAndMohansList(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("省商务厅", DataScope.Everything, AccessRole.AuthorityAnalyst));

        var groups = await scope.ServiceProvider.GetRequiredService<ListGroupStartsHandler>().HandleAsync(zones["厦门火炬高新区"], Ct);
        var xiamen = groups!.ShouldHaveSingleItem();
        xiamen.Projects.Count.ShouldBe(7);
        xiamen.TotalInvestment.ShouldBe(5_102_000m); // 510.2亿元
        xiamen.YearPlan.ShouldBe(769_000m); // 76.9亿元
        (xiamen.AnnouncedTotalInvestment, xiamen.AnnouncedYearPlan).ShouldBe((5_102_000m, 769_000m));
        var tianma = xiamen.Projects[0];
        (tianma.Name, tianma.TotalInvestment, tianma.YearPlan, tianma.IsSynthetic).ShouldBe(("天马第6代柔性AMOLED生产线项目", 4_800_000m, 700_000m, false));

        var mohan = await scope.ServiceProvider.GetRequiredService<GetInvestmentRollupHandler>()
            .HandleAsync(new GetInvestmentRollupQuery(zones["磨憨—磨丁经济合作区"], 2023, 12, RollupDimension.List), Ct);
        var list = mohan!.Rows.Single(r => r.Key == "磨憨国际口岸城市项目建设清单");
        (list.Projects, list.TotalInvestment, list.Planned).ShouldBe((119, 9_183_000m, 1_201_300m));

        await using var db = database.Open();
        var changtong = await db.Projects.Include(p => p.History).SingleAsync(p => p.Name == "长通智能制造产业基地项目", Ct);
        (changtong.ZoneId, changtong.TotalInvestment, changtong.LandNeedMu, changtong.Stage).ShouldBe((zones["贵阳高新区"], 58_000m, 189m, ProjectStage.ConstructionStarted));
        changtong.History.Single(h => h.To == ProjectStage.ConstructionStarted).On.ShouldBe(new DateOnly(2020, 3, 12));
        var nantong = await db.Projects.SingleAsync(p => p.Name == "南通鑫佳元光电项目", Ct);
        (nantong.TotalInvestment, nantong.Stage).ShouldBe((500_000m, ProjectStage.ToppedOut));
        (await db.Projects.SingleAsync(p => p.Name == "泽璟新药生产基地建设项目", Ct)).Stage.ShouldBe(ProjectStage.Contracted);
        (await db.Projects.SingleAsync(p => p.Name == "迈胜医疗高端医疗装备产业创新中心项目", Ct)).TotalInvestment.ShouldBe(300_000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnIllegalMove_IsRefusedWithThePipelinesRule_AndChangesNothing_ALegalOneIsRecordedAndAudited(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        var kunshan = zones["昆山高新区"];
        await using var scope = database.Services(new FixedActor("昆山招商局 陈静", DataScope.Zones([kunshan]), AccessRole.InvestmentStaff));
        int id;
        await using (var db = database.Open())
        {
            id = await db.Projects.Where(p => p.Name == "迈胜医疗高端医疗装备产业创新中心项目").Select(p => p.Id).SingleAsync(Ct);
        }
        var advance = scope.ServiceProvider.GetRequiredService<AdvanceProjectHandler>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var skip = await advance.HandleAsync(new AdvanceProjectCommand(id, ProjectStage.ConstructionStarted, new DateOnly(2024, 5, 6)), Ct);
            skip.Problems.ShouldHaveSingleItem().Message.ShouldBe("项目不能从「洽谈」变为「开工」（允许：签约、暂停、终止）");
            var early = await advance.HandleAsync(new AdvanceProjectCommand(id, ProjectStage.Contracted, new DateOnly(2019, 1, 1)), Ct);
            early.Problems.ShouldHaveSingleItem().Rule.ShouldBe("date-order");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        await using (var db = database.Open())
        {
            var unchanged = await db.Projects.Include(p => p.History).SingleAsync(p => p.Id == id, Ct);
            (unchanged.Stage, unchanged.History.Count).ShouldBe((ProjectStage.Negotiating, 1));
        }

        var signed = await advance.HandleAsync(new AdvanceProjectCommand(id, ProjectStage.Contracted, new DateOnly(2024, 5, 6), Document: "昆高新投协〔2024〕12号"), Ct);

        signed.Succeeded.ShouldBeTrue();
        var view = await scope.ServiceProvider.GetRequiredService<GetProjectHandler>().HandleAsync(id, Ct);
        view!.Stage.ShouldBe(ProjectStage.Contracted);
        view.Facts.History[^1].ShouldBe(new StageChangeFact(ProjectStage.Negotiating, ProjectStage.Contracted, new DateOnly(2024, 5, 6), "昆山招商局 陈静", null, "昆高新投协〔2024〕12号"));
        view.Facts.ReachedOn(ProjectStage.Contracted).ShouldBe(new DateOnly(2024, 5, 6));
        view.NextStages.ShouldBe([ProjectStage.Registered, ProjectStage.Suspended, ProjectStage.Terminated]);
        await using var after = database.Open();
        (await after.AuditEntries.CountAsync(a => a.EntityType == nameof(ProjectStageChange) && a.Actor == "昆山招商局 陈静", Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherZonesProject_IsNeitherReadNorMoved(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        await using var scope = database.Services(new FixedActor("昆明招商局", DataScope.Zones([zones["昆明高新区"]]), AccessRole.InvestmentStaff));
        int tianma;
        await using (var db = database.Open())
        {
            tianma = await db.Projects.Where(p => p.Name == "天马第6代柔性AMOLED生产线项目").Select(p => p.Id).SingleAsync(Ct);
        }

        (await scope.ServiceProvider.GetRequiredService<GetProjectHandler>().HandleAsync(tianma, Ct)).ShouldBeNull();
        var moved = await scope.ServiceProvider.GetRequiredService<AdvanceProjectHandler>()
            .HandleAsync(new AdvanceProjectCommand(tianma, ProjectStage.ToppedOut, new DateOnly(2021, 1, 1)), Ct);
        moved.Problems.ShouldHaveSingleItem().Rule.ShouldBe("no-project");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AProjectListWithABadRow_IsRefusedWhole_WithRowAndColumn_AGoodOneCreatesAndMovesProjects(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var zones = await SeedAsync(database);
        var guiyang = zones["贵阳高新区"];
        await using var scope = database.Services(new FixedActor("贵阳招商局", DataScope.Zones([guiyang]), AccessRole.InvestmentStaff));
        var import = scope.ServiceProvider.GetRequiredService<ImportProjectsHandler>();
        int before;
        await using (var db = database.Open())
        {
            before = await db.Projects.CountAsync(p => p.ZoneId == guiyang, Ct);
        }
        const string header = "项目名称,投资方,子园区,总投资(万元),固定资产投资(万元),当前阶段,阶段日期,清单名称,清单年度,年度计划投资(万元),计划开工日期\n";
        var bad = header
            + "铝合金门窗高端制造基地,贵州某铝业有限公司,沙文生态科技产业园,30000,20000,洽谈,2024-03-01,2024年省重点,2024,5000,2024-09-01\n"
            + "数据中心二期,某云计算公司,不存在的园区,abc,,开建,2024-03-01,,,,\n"
            + ",某公司,,1000,2000,线索,,,,,\n";

        var refused = await import.HandleAsync(new ImportProjectsCommand(guiyang, Csv(bad), FileFormat.Csv, "贵阳2024项目清单.csv"), Ct);

        refused.Succeeded.ShouldBeFalse();
        refused.Errors.Select(e => (e.Row, e.Column, e.Rule)).ShouldBe(
        [
            (3, "子园区", "unknown-sub-park"), (3, "总投资(万元)", "not-a-number"), (3, "当前阶段", "unknown-term"),
            (4, "项目名称", "required"), (4, "固定资产投资(万元)", "rule"),
        ], ignoreOrder: true);
        await using (var db = database.Open())
        {
            (await db.Projects.CountAsync(p => p.ZoneId == guiyang, Ct)).ShouldBe(before);
        }

        var good = header
            + "铝合金门窗高端制造基地,贵州某铝业有限公司,沙文生态科技产业园,30000,20000,洽谈,2024-03-01,2024年省重点,2024,5000,2024-09-01\n"
            + "长通智能制造产业基地项目,长通智能制造产业基地,沙文生态科技产业园,58000,,主体封顶,2020-08-20,,,,\n";
        var imported = await import.HandleAsync(new ImportProjectsCommand(guiyang, Csv(good), FileFormat.Csv, "贵阳2024项目清单.csv"), Ct);

        imported.Errors.ShouldBeEmpty();
        (imported.Created, imported.Updated).ShouldBe((1, 1));
        await using var after = database.Open();
        var window = await after.Projects.Include(p => p.History).Include(p => p.Lists).Include(p => p.YearPlans).Include(p => p.Milestones)
            .SingleAsync(p => p.Name == "铝合金门窗高端制造基地", Ct);
        (window.Stage, window.StageSince, window.SubParkId is not null).ShouldBe((ProjectStage.Negotiating, new DateOnly(2024, 3, 1), true));
        window.Lists.ShouldHaveSingleItem().ListName.ShouldBe("2024年省重点");
        window.YearPlans.ShouldHaveSingleItem().Planned.ShouldBe(5000m);
        window.Milestones.Single(m => m.Stage == ProjectStage.ConstructionStarted).PlannedOn.ShouldBe(new DateOnly(2024, 9, 1));
        var changtong = await after.Projects.Include(p => p.History).SingleAsync(p => p.Name == "长通智能制造产业基地项目", Ct);
        changtong.Stage.ShouldBe(ProjectStage.ToppedOut);
        changtong.History.OrderBy(h => h.Id).Last().Document.ShouldBe("贵阳2024项目清单.csv");
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
