using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.ReviewMapping;
using ParkLens.Core.ChainAtlas.SaveChainTemplate;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.ChainAtlas;

/// <summary>
/// The atlas page is kept in memory per zone data version and template version: repeated calls get the kept page, which
/// equals a fresh computation, and each write the page depends on (mapping, review, template, figures, a move) makes the
/// next call compute again.
/// </summary>
public sealed class ChainAtlasCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Atlas_IsKeptUntilItsDataChanges_AndAlwaysEqualsAFreshComputation(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (yuxi, _, yunnan) = await ChainAtlasDemoTests.SeedAsync(database);
        var staff = new FixedActor("玉溪招商局", DataScope.Zones([yuxi]), AccessRole.InvestmentStaff);
        await using var app = database.Services(staff);
        await using var other = database.Services(staff);
        var query = new GetChainAtlasQuery(yuxi, "new-energy-battery", 2025);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            async Task<ZoneAtlas> Served() => (await app.ServiceProvider.GetRequiredService<GetChainAtlasHandler>().HandleAsync(query, Ct))!;
            async Task<ZoneAtlas> Fresh()
            {
                await using var db = database.Open(staff);
                return (await GetChainAtlasHandler.ComputeAsync(db, app.ServiceProvider.GetRequiredService<IEnterpriseDirectory>(), query, Ct))!;
            }
            async Task<ZoneAtlas> ChangedAfter(ZoneAtlas before)
            {
                var after = await Served();
                after.ShouldNotBeSameAs(before);
                Json(after).ShouldBe(Json(await Fresh()));
                return after;
            }

            var first = await Served();
            Json(first).ShouldBe(Json(await Fresh()));
            (await Served()).ShouldBeSameAs(first);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var english = await Served();
            english.ShouldNotBeSameAs(first, "texts are part of the page, so each language has its own");
            english.Selected!.Name.ShouldNotBe(first.Selected!.Name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            (await Served()).ShouldBeSameAs(first);

            // A member rejected in the review queue.
            var member = first.Selected!.Segments.SelectMany(s => s.Members).First();
            (await other.ServiceProvider.GetRequiredService<ReviewMappingHandler>()
                .HandleAsync(new ReviewMappingCommand(member.EnterpriseId, "new-energy-battery", ReviewDecision.Reject), Ct)).Succeeded.ShouldBeTrue();
            var reviewed = await ChangedAfter(first);
            reviewed.Selected!.Segments.SelectMany(s => s.Members).ShouldNotContain(m => m.EnterpriseId == member.EnterpriseId);

            // A new enterprise imported and mapped onto the chains.
            await using (var admin = database.Services())
            {
                (await admin.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, Files.Csv(
                    "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,主营产品",
                    $"{RegistryFixtures.Valid("91530400MA6K3YQX7")},玉溪正极材料有限公司,玉溪高新区,3985,民营,锂电池正极材料"), "new.csv", null, Ct)).Errors.ShouldBeEmpty();
            }
            var imported = await ChangedAfter(reviewed);
            (await other.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(yuxi, null), Ct)).Succeeded.ShouldBeTrue();
            var mapped = await ChangedAfter(imported);
            mapped.Selected!.Segments.SelectMany(s => s.Members).ShouldContain(m => m.Name == "玉溪正极材料有限公司");

            // Figures of a member.
            string uscc;
            await using (var db = database.Open())
            {
                var top = mapped.Selected.Segments.SelectMany(s => s.Members).First();
                uscc = await db.Enterprises.Where(e => e.Id == top.EnterpriseId).Select(e => e.Uscc).SingleAsync(Ct);
            }
            await using (var admin = database.Services())
            {
                (await admin.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Indicators, Files.Csv(
                    "统一社会信用代码,年度,营业收入(万元)", $"{uscc},2025,987654"), "figures.csv", null, Ct)).Errors.ShouldBeEmpty();
            }
            var figures = await ChangedAfter(mapped);
            figures.Selected!.Segments.SelectMany(s => s.Members).ShouldContain(m => m.Revenue == 987654m);

            // The authority edits the chain template (a table every zone shares).
            var edited = BuiltInChains.All.Single(c => c.Template.Key == "new-energy-battery").Json.Replace("\"zh\": \"隔膜\"", "\"zh\": \"锂电隔膜\"", StringComparison.Ordinal);
            await using (var authority = database.Services(new FixedActor("云南省商务厅", DataScope.Zones(yunnan), AccessRole.AuthorityAnalyst)))
            {
                (await authority.ServiceProvider.GetRequiredService<SaveChainTemplateHandler>()
                    .HandleAsync(new SaveChainTemplateCommand(edited, null, "隔膜改称锂电隔膜", "new-energy-battery"), Ct)).Succeeded.ShouldBeTrue();
            }
            var template = await ChangedAfter(figures);
            template.Selected!.Segments.Single(s => s.Id == "separator").Name.ShouldBe("锂电隔膜");

            // The member moves to another zone.
            await using (var admin = database.Services())
            {
                (await admin.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>().HandleAsync(ImportKind.Enterprises, Files.Csv(
                    "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型",
                    $"{uscc},迁出企业,苏州工业园区,3841,民营"), "move.csv", null, Ct)).Errors.ShouldBeEmpty();
            }
            var moved = await ChangedAfter(template);
            moved.Selected!.Segments.SelectMany(s => s.Members).ShouldNotContain(m => m.Revenue == 987654m);
            (await Served()).ShouldBeSameAs(moved);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
