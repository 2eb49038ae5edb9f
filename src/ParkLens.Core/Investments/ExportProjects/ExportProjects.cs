using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.GetPipeline;
using ParkLens.Core.Investments.ImportProjects;

namespace ParkLens.Core.Investments.ExportProjects;

/// <summary>
/// Writes a zone's projects as the project list XLSX in the import's layout (so an exported list can be edited and
/// imported back), one row per project; with a list filter the row carries that list and its year plan.
/// </summary>
public sealed class ExportProjectsHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, IChainDirectory chains, ICurrentActor actor)
{
    public async Task<int?> HandleAsync(GetPipelineQuery query, Stream output, CancellationToken ct)
    {
        if (!InvestmentProblems.CanRead(actor) || query.ZoneId is not { } zoneId)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await registry.ZoneExistsAsync(db, zoneId, ct))
        {
            return null;
        }
        var ids = GetPipelineHandler.Filter(await ProjectLoader.LoadAsync(db, zoneId, ct), query).Select(p => p.Id).ToList();
        var projects = await db.Projects.AsNoTracking().AsSplitQuery().Include(p => p.Milestones).Include(p => p.Lists).Include(p => p.YearPlans)
            .Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
        var subParks = await registry.SubParksAsync(db, zoneId, ct);
        var outlines = (await chains.ForZoneAsync(db, zoneId, ct)).ToDictionary(c => c.Key);
        using var table = new DataTable("项目清单");
        foreach (var column in ProjectColumns.All)
        {
            table.Columns.Add(column, typeof(string));
        }
        foreach (var p in projects)
        {
            var list = p.Lists.Where(l => query.ListName is null || l.ListName == query.ListName).Where(l => query.ListYear is null || l.Year == query.ListYear)
                .OrderByDescending(l => l.Year).FirstOrDefault();
            var planYear = list?.Year ?? query.ListYear;
            var chain = p.ChainKey is { } key ? outlines.GetValueOrDefault(key) : null;
            var stageDate = p.Stage == ProjectStage.Lead ? null : Day(p.StageSince);
            var stage = p.Stage == ProjectStage.Suspended ? p.SuspendedFrom ?? ProjectStage.Lead : p.Stage;
            table.Rows.Add(
                p.Name, p.InvestorName, p.SubParkId is { } s ? subParks.GetValueOrDefault(s) : null, chain?.NameZh ?? p.ChainKey,
                chain?.Segments.FirstOrDefault(x => x.Id == p.SegmentId)?.NameZh ?? p.SegmentId, InvestmentTerms.Sources[p.Source].Zh,
                Number(p.TotalInvestment), Number(p.FixedAssetInvestment), Number(p.ForeignInvestment), p.ForeignCurrency, Number(p.LandNeedMu),
                Number(p.FloorSpaceNeedM2), Number(p.ExpectedAnnualOutput), Number(p.ExpectedAnnualTax), p.ExpectedJobs?.ToString(CultureInfo.InvariantCulture),
                p.LeadOfficial, p.Commissioner, p.Department, InvestmentTerms.Priorities[p.Priority].Zh, InvestmentTerms.Routes[p.Route].Zh,
                InvestmentTerms.Stages[p.Stage == ProjectStage.Suspended ? ProjectStage.Suspended : stage].Zh, stageDate, list?.ListName,
                list?.Year.ToString(CultureInfo.InvariantCulture), planYear is { } y ? Number(p.YearPlans.FirstOrDefault(x => x.Year == y)?.Planned) : null,
                Planned(p, ProjectStage.Contracted), Planned(p, ProjectStage.ConstructionStarted), Planned(p, ProjectStage.InProduction),
                Planned(p, ProjectStage.FullOutput), p.IsSynthetic ? Join("合成数据（演示）", p.Note) : p.Note);
        }
        output.SaveAs(table, sheetName: "项目清单");
        return table.Rows.Count;
    }

    private static string? Planned(Project p, ProjectStage stage) => p.Milestones.FirstOrDefault(m => m.Stage == stage)?.PlannedOn is { } d ? Day(d) : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Join(string a, string? b) => b is null ? a : $"{a}；{b}";
}
