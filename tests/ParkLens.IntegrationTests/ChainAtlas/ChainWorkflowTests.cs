using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.CreateLead;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.ReviewMapping;
using ParkLens.Core.ChainAtlas.SaveChainTemplate;
using ParkLens.Core.ChainAtlas.SetZoneChain;
using ParkLens.Core.ChainAtlas.SupplyRelations;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.ChainAtlas;

/// <summary>Staff decisions, template versions, leads and the pool import, each refused whole when wrong.</summary>
public sealed class ChainWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StaffDecisions_SurviveRemapping_AndAreAudited(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, _, _) = await ChainAtlasDemoTests.SeedAsync(database);
        var staff = new FixedActor("玉溪招商局 王芳", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff);
        await using var scope = database.Services(staff);
        int enje, eve;
        await using (var db = database.Open())
        {
            enje = await db.Enterprises.Where(e => e.Name == "云南恩捷新材料股份有限公司").Select(e => e.Id).SingleAsync(Ct);
            eve = await db.Enterprises.Where(e => e.Name == "玉溪亿纬锂能有限公司").Select(e => e.Id).SingleAsync(Ct);
        }
        var review = scope.ServiceProvider.GetRequiredService<ReviewMappingHandler>();

        (await review.HandleAsync(new ReviewMappingCommand(enje, "new-energy-battery", ReviewDecision.Confirm), Ct)).Succeeded.ShouldBeTrue();
        (await review.HandleAsync(new ReviewMappingCommand(eve, "new-energy-battery", ReviewDecision.Assign, "modules-pack"), Ct)).Succeeded.ShouldBeTrue();
        var badSegment = await review.HandleAsync(new ReviewMappingCommand(eve, "new-energy-battery", ReviewDecision.Assign, "materials"), Ct);
        var remap = await scope.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(yuxi, null), Ct);

        badSegment.Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-segment");
        remap.Succeeded.ShouldBeTrue();
        remap.KeptReviewed.ShouldBeGreaterThanOrEqualTo(2);
        await using var after = database.Open();
        var rows = await after.SegmentAssignments.Where(a => a.ChainKey == "new-energy-battery" && (a.EnterpriseId == enje || a.EnterpriseId == eve)).ToDictionaryAsync(a => a.EnterpriseId, Ct);
        (rows[enje].Status, rows[enje].SegmentId, rows[enje].ReviewedBy).ShouldBe((AssignmentStatus.Confirmed, "separator", "玉溪招商局 王芳"));
        (rows[eve].Status, rows[eve].SegmentId, rows[eve].Confidence).ShouldBe((AssignmentStatus.Manual, "modules-pack", 1m));
        (await after.AuditEntries.CountAsync(a => a.EntityType == nameof(SegmentAssignment) && a.Actor == "玉溪招商局 王芳", Ct)).ShouldBe(2);
        (await after.AuditEntries.CountAsync(a => a.EntityType == "ChainMapping" && a.ZoneId == yuxi && a.Actor == "玉溪招商局 王芳", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task ReviewQueue_ListsUnsureAutomaticMappings_MostConfidentFirst_AndAConfirmationLeavesIt()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (yuxi, _, _) = await ChainAtlasDemoTests.SeedAsync(database);
        await using var scope = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));
        var queue = scope.ServiceProvider.GetRequiredService<ListReviewQueueHandler>();

        var before = await queue.HandleAsync(new ListReviewQueueQuery(yuxi, null, PageSize: 200), Ct);
        var first = before!.Items[0];
        (await scope.ServiceProvider.GetRequiredService<ReviewMappingHandler>()
            .HandleAsync(new ReviewMappingCommand(first.EnterpriseId, first.ChainKey, ReviewDecision.Confirm), Ct)).Succeeded.ShouldBeTrue();
        var after = await queue.HandleAsync(new ListReviewQueueQuery(yuxi, null, PageSize: 200), Ct);

        before.Total.ShouldBeGreaterThan(0);
        before.Items.ShouldAllBe(i => i.Confidence < ListReviewQueueHandler.ReviewThreshold);
        before.Items.Select(i => i.Confidence).ShouldBeInOrder(SortDirection.Descending);
        before.Items.Where(i => i.Confidence < SegmentMatcherAcceptAt).ShouldAllBe(i => !i.Counted);
        after!.Total.ShouldBe(before.Total - 1);
        after.Items.ShouldNotContain(i => i.EnterpriseId == first.EnterpriseId && i.ChainKey == first.ChainKey);
        (await queue.HandleAsync(new ListReviewQueueQuery(99999, null), Ct)).ShouldBeNull();
    }

    private const decimal SegmentMatcherAcceptAt = ParkLens.Core.ChainAtlas.Mapping.SegmentMatcher.AcceptAt;

    [Fact]
    public async Task Remapping_AfterASegmentIsRemoved_KeepsRejections_AndReturnsOrphanedDecisionsToTheMatcher()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (yuxi, _, yunnan) = await ChainAtlasDemoTests.SeedAsync(database);
        int enje, eve;
        await using (var db = database.Open())
        {
            enje = await db.Enterprises.Where(e => e.Name == "云南恩捷新材料股份有限公司").Select(e => e.Id).SingleAsync(Ct);
            eve = await db.Enterprises.Where(e => e.Name == "玉溪亿纬锂能有限公司").Select(e => e.Id).SingleAsync(Ct);
        }
        await using (var staff = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff)))
        {
            var review = staff.ServiceProvider.GetRequiredService<ReviewMappingHandler>();
            (await review.HandleAsync(new ReviewMappingCommand(eve, "new-energy-battery", ReviewDecision.Reject), Ct)).Succeeded.ShouldBeTrue();
            (await review.HandleAsync(new ReviewMappingCommand(enje, "new-energy-battery", ReviewDecision.Assign, "bms"), Ct)).Succeeded.ShouldBeTrue();
        }
        // The authority drops the BMS leaf (and its edges): 恩捷's manual place is gone, 亿纬's rejection is not about a segment.
        var template = System.Text.Json.Nodes.JsonNode.Parse(BuiltInChains.All.Single(c => c.Template.Key == "new-energy-battery").Json)!.AsObject();
        var segments = template["segments"]!.AsArray();
        segments.Remove(segments.Single(n => (string?)n!["id"] == "bms"));
        var edges = template["edges"]!.AsArray();
        foreach (var edge in edges.Where(e => (string?)e!["from"] == "bms" || (string?)e!["to"] == "bms").ToList())
        {
            edges.Remove(edge);
        }
        await using var authority = database.Services(new FixedActor("云南省商务厅", DataScope.Zones(yunnan), AccessRole.AuthorityAnalyst));
        var saved = await authority.ServiceProvider.GetRequiredService<SaveChainTemplateHandler>()
            .HandleAsync(new SaveChainTemplateCommand(template.ToJsonString(), null, "去掉 BMS", "new-energy-battery"), Ct);

        saved.Succeeded.ShouldBeTrue(string.Join("; ", saved.Problems));
        await using var after = database.Open();
        var rows = await after.SegmentAssignments.Where(a => a.ChainKey == "new-energy-battery" && (a.EnterpriseId == enje || a.EnterpriseId == eve)).ToDictionaryAsync(a => a.EnterpriseId, Ct);
        rows[eve].Status.ShouldBe(AssignmentStatus.Rejected);
        (rows[enje].Status, rows[enje].SegmentId).ShouldBe((AssignmentStatus.Auto, "separator"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TemplateEdits_AreRefusedWholeWhenWrong_AndApplyToTheEditingAuthoritysZonesOnly(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, suzhou, yunnan) = await ChainAtlasDemoTests.SeedAsync(database);
        var json = BuiltInChains.All.Single(c => c.Template.Key == "new-energy-battery").Json;
        var edited = json.Replace("\"zh\": \"隔膜\"", "\"zh\": \"锂电隔膜\"", StringComparison.Ordinal);
        edited.ShouldNotBe(json);
        await using var authority = database.Services(new FixedActor("云南省商务厅", DataScope.Zones(yunnan), AccessRole.AuthorityAnalyst));
        var save = authority.ServiceProvider.GetRequiredService<SaveChainTemplateHandler>();

        var broken = await save.HandleAsync(new SaveChainTemplateCommand(edited.Replace("\"2921\"", "\"9999\"", StringComparison.Ordinal), null, "x", "new-energy-battery"), Ct);
        var wrongKey = await save.HandleAsync(new SaveChainTemplateCommand(edited, null, "x", "hydrogen"), Ct);
        var saved = await save.HandleAsync(new SaveChainTemplateCommand(edited, null, "隔膜改称锂电隔膜", "new-energy-battery"), Ct);
        await using var zoneStaff = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));
        var refused = await zoneStaff.ServiceProvider.GetRequiredService<SaveChainTemplateHandler>().HandleAsync(new SaveChainTemplateCommand(edited, null, "x"), Ct);

        broken.Problems.ShouldHaveSingleItem().Field.ShouldStartWith("$.segments[");
        broken.Problems[0].Field.ShouldEndWith(".industryCodes[0]");
        wrongKey.Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-key-mismatch");
        refused.Forbidden.ShouldBeTrue();
        saved.Succeeded.ShouldBeTrue(string.Join("; ", saved.Problems));
        saved.Version.ShouldBe(2);
        saved.Remapped!.Zones.ShouldBe(yunnan.Length);
        await using var everyone = database.Services();
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        var atlas = everyone.ServiceProvider.GetRequiredService<GetChainAtlasHandler>();
        var yuxiChain = (await atlas.HandleAsync(new GetChainAtlasQuery(yuxi, "new-energy-battery", 2025), Ct))!.Selected!;
        var suzhouChain = (await atlas.HandleAsync(new GetChainAtlasQuery(suzhou, "new-energy-battery", 2025), Ct))!.Selected!;
        (yuxiChain.Version, yuxiChain.Segments.Single(s => s.Id == "separator").Name).ShouldBe((2, "锂电隔膜"));
        (suzhouChain.Version, suzhouChain.Segments.Single(s => s.Id == "separator").Name).ShouldBe((1, "隔膜"));
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        await using var db = database.Open();
        (await db.ChainTemplates.CountAsync(Ct)).ShouldBe(1);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ChainTemplateRecord) && a.Actor == "云南省商务厅", Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Leads_AreMadeFromRealTargetsOnce_AndRolesNeedALocalLeader(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, suzhou, _) = await ChainAtlasDemoTests.SeedAsync(database);
        await using var scope = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));
        var targets = await scope.ServiceProvider.GetRequiredService<ListChainTargetsHandler>().HandleAsync(new ListChainTargetsQuery(yuxi, "new-energy-battery", 2025), Ct);
        var top = targets!.Items[0];
        var leads = scope.ServiceProvider.GetRequiredService<CreateLeadFromTargetHandler>();

        var made = await leads.HandleAsync(new CreateLeadFromTargetCommand(yuxi, "new-energy-battery", top.CandidateKey, 2025, "拜访计划"), Ct);
        var again = await leads.HandleAsync(new CreateLeadFromTargetCommand(yuxi, "new-energy-battery", top.CandidateKey, 2025), Ct);
        var madeUp = await leads.HandleAsync(new CreateLeadFromTargetCommand(yuxi, "new-energy-battery", "pool:999999", 2025), Ct);
        int suzhouEnterprise;
        await using (var db = database.Open())
        {
            suzhouEnterprise = await db.Enterprises.Where(e => e.ZoneId == suzhou).Select(e => e.Id).FirstAsync(Ct);
        }
        var foreignLeader = await scope.ServiceProvider.GetRequiredService<SetZoneChainHandler>()
            .HandleAsync(new SetZoneChainCommand(yuxi, "new-energy-battery", "张明", "副主任", suzhouEnterprise, null, null), Ct);
        var chief = await scope.ServiceProvider.GetRequiredService<SetZoneChainHandler>()
            .HandleAsync(new SetZoneChainCommand(yuxi, "new-energy-battery", "张明", "管委会副主任", null, "宁德时代新能源科技股份有限公司", null), Ct);

        made.Succeeded.ShouldBeTrue(string.Join("; ", made.Problems));
        again.Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-lead-exists");
        madeUp.Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-target");
        foreignLeader.Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-leader");
        chief.Succeeded.ShouldBeTrue();
        var list = await scope.ServiceProvider.GetRequiredService<ListLeadsHandler>().HandleAsync(yuxi, Ct);
        var lead = list.ShouldHaveSingleItem();
        (lead.CompanyName, lead.Score, lead.Note).ShouldBe((top.Name, top.Score, "拜访计划"));
        var role = (await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(yuxi, "new-energy-battery", 2025), Ct))!.Selected!.Role!;
        (role.ChiefName, role.LeaderName, role.LeaderIsLocal).ShouldBe(("张明", "宁德时代新能源科技股份有限公司", false));
        await using var enterpriseUser = database.Services(new FixedActor("企业", DataScope.Enterprises(yuxi, []), AccessRole.EnterpriseUser));
        (await enterpriseUser.ServiceProvider.GetRequiredService<ListChainTargetsHandler>().HandleAsync(new ListChainTargetsQuery(yuxi, "new-energy-battery", 2025), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task PoolImport_WithABadRow_WritesNothing_AndNamesRowAndColumn()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        await using var scope = database.Services(new FixedActor("admin", DataScope.Everything, AccessRole.SystemAdministrator));
        var import = scope.ServiceProvider.GetRequiredService<ImportCandidatesHandler>();
        const string header = "name,uscc,province_code,city_code,industry_code,main_products,listed_board,stock_code,lists,chains,source\n";

        var bad = await import.HandleAsync(Csv(header + "甲电池有限公司,,53,5304,3841,锂离子电池,,,,new-energy-battery,公开信息\n乙材料有限公司,,53,4403,2613,正极材料,,,,new-energy-battery,公开信息\n"), "pool.csv", Ct);
        var good = await import.HandleAsync(Csv(header + "甲电池有限公司,,53,5304,3841,锂离子电池,,,,new-energy-battery,公开信息\n"), "pool.csv", Ct);
        await using var analyst = database.Services(new FixedActor("分析员", DataScope.Zones([1]), AccessRole.AuthorityAnalyst));
        var forbidden = await analyst.ServiceProvider.GetRequiredService<ImportCandidatesHandler>().HandleAsync(Csv(header), "pool.csv", Ct);

        bad.Problems.ShouldHaveSingleItem().Field.ShouldBe("row 3, city_code");
        (good.Created, good.Updated).ShouldBe((1, 0));
        forbidden.Forbidden.ShouldBeTrue();
        await using var db = database.Open();
        (await db.PoolCandidates.Select(c => c.Name).ToListAsync(Ct)).ShouldBe(["甲电池有限公司"]);
    }

    [Fact]
    public async Task SupplyRelations_FeedTheLocalRatio_AndBadOnesAreRefusedWhole()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (yuxi, _, _) = await ChainAtlasDemoTests.SeedAsync(database);
        await using var scope = database.Services(new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff));
        int enje, eve;
        await using (var db = database.Open())
        {
            enje = await db.Enterprises.Where(e => e.Name == "云南恩捷新材料股份有限公司").Select(e => e.Id).SingleAsync(Ct);
            eve = await db.Enterprises.Where(e => e.Name == "玉溪亿纬锂能有限公司").Select(e => e.Id).SingleAsync(Ct);
            db.SupplyRelations.RemoveRange(db.SupplyRelations.Where(r => r.ZoneId == yuxi));
            await db.SaveChangesAsync(Ct);
        }
        var record = scope.ServiceProvider.GetRequiredService<RecordSupplyRelationHandler>();

        var local = await record.HandleAsync(new RecordSupplyRelationCommand(eve, "new-energy-battery", "separator", "cells", true, 2025, PartnerEnterpriseId: enje, AnnualAmount: 3000), Ct);
        var outside = await record.HandleAsync(new RecordSupplyRelationCommand(eve, "new-energy-battery", "separator", "cells", true, 2025, PartnerName: "深圳市星源材质科技股份有限公司", AnnualAmount: 1000), Ct);
        var bad = await record.HandleAsync(new RecordSupplyRelationCommand(eve, "new-energy-battery", "cells", "separator", true, 1999, AnnualAmount: -1), Ct);

        local.Succeeded.ShouldBeTrue(string.Join("; ", local.Problems));
        outside.Succeeded.ShouldBeTrue();
        bad.Problems.Select(p => p.Rule).ShouldBe(["chain-no-edge", "chain-partner", "chain-amount", "chain-year"], ignoreOrder: true);
        int foreign;
        await using (var db = database.Open())
        {
            foreign = await db.Enterprises.Where(e => e.ZoneId != yuxi).Select(e => e.Id).FirstAsync(Ct);
        }
        (await record.HandleAsync(new RecordSupplyRelationCommand(foreign, "new-energy-battery", "separator", "cells", true, 2025, PartnerName: "x"), Ct))
            .Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-enterprise");
        (await record.HandleAsync(new RecordSupplyRelationCommand(eve, "new-energy-battery", "separator", "cells", true, 2025, PartnerEnterpriseId: foreign), Ct))
            .Problems.ShouldHaveSingleItem().Rule.ShouldBe("chain-partner-zone");
        var atlas = (await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(new GetChainAtlasQuery(yuxi, "new-energy-battery", 2025), Ct))!.Selected!;
        var edge = atlas.Analysis.Edges.Single(e => e.From == "separator" && e.To == "cells");
        // 3000 of 4000 万元 known supplies come from a local separator maker.
        (edge.KnownSupplies, edge.LocalSupplyRatio, edge.ByAmount).ShouldBe((2, 0.75m, true));
        var listed = await scope.ServiceProvider.GetRequiredService<ListSupplyRelationsHandler>().HandleAsync(yuxi, "new-energy-battery", Ct);
        listed!.Select(r => (r.PartnerName, r.PartnerIsLocal)).ShouldBe([("云南恩捷新材料股份有限公司", true), ("深圳市星源材质科技股份有限公司", false)]);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
