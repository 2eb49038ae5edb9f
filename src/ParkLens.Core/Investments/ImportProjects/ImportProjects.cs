using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.PlanMilestones;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Investments.SaveProject;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.ImportProjects;

public sealed record ImportProjectsCommand(int ZoneId, Stream Content, FileFormat Format, string FileName);

public sealed record ImportProjectsResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a zone's project list (项目清单) from XLSX or CSV, all or nothing: a new name creates a project (at the stage the
/// list gives, recorded as one imported step), a known name updates its fields, list membership, year plan and planned
/// dates, and may move it one legal step. Any bad row refuses the whole file with every problem by row and column.
/// </summary>
public sealed class ImportProjectsHandler(IDbContextFactory<ParkDbContext> dbs, IChainDirectory chains, IEnterpriseFigures figures, ICurrentActor actor, TimeProvider clock)
{
    public static readonly ImportRule NotPermitted = new(Problem.NotPermitted, "您的角色不能导入项目清单", "your role may not import project lists");
    public static readonly ImportRule NoZone = new("no-zone", "园区 {0} 不存在或不在您的数据范围内", "zone {0} does not exist or is outside your scope");
    public static readonly ImportRule Unreadable = new("unreadable-file", "无法读取文件：{0}", "the file cannot be read: {0}");
    public static readonly ImportRule EmptyFile = new("empty-file", "文件没有表头或数据行", "the file has no header or no data rows");
    public static readonly ImportRule UnknownColumn = new("unknown-column", "不是项目清单的列（可用列：{0}）", "is not a column of the project list (columns: {0})");
    public static readonly ImportRule MissingColumn = new("missing-column", "缺少必需的列", "required column is missing");
    public static readonly ImportRule DuplicateColumn = new("duplicate-column", "列名重复", "appears twice in the header");
    public static readonly ImportRule DuplicateRow = new("duplicate-in-file", "与第 {0} 行重复", "duplicates row {0}");
    public static readonly ImportRule UnknownSubPark = new("unknown-sub-park", "园区中没有子园区「{0}」", "the zone has no sub-park \"{0}\"");
    public static readonly ImportRule UnknownChain = new("unknown-chain", "「{0}」不是本园区产业链图谱中的链", "\"{0}\" is not a chain of this zone's atlas");
    public static readonly ImportRule UnknownSegment = new("unknown-segment", "「{0}」不是该产业链的环节", "\"{0}\" is not a segment of that chain");
    public static readonly ImportRule Rule = new("rule", "{0}", "{0}");

    public async Task<ImportProjectsResult> HandleAsync(ImportProjectsCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return Refused(NotPermitted.At(0, "", command.FileName));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await figures.ZoneExistsAsync(db, command.ZoneId, ct))
        {
            return Refused(NoZone.At(0, "", command.ZoneId));
        }
        TabularData data;
        try
        {
            data = TabularFile.Read(command.Content, command.Format);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or CsvHelper.CsvHelperException)
        {
            return Refused(Unreadable.At(0, "", e.Message));
        }
        var errors = new List<ImportError>();
        var columns = Header(data, errors);
        if (errors.Count > 0)
        {
            return Refused([.. errors]);
        }
        var today = clock.Today();
        var rows = new List<ProjectRow>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tabular in data.Rows)
        {
            var parser = new ProjectRowParser(columns, tabular, errors, today);
            if (parser.IsBlank)
            {
                continue;
            }
            var row = parser.Parse();
            if (row.Fields.Name.Length > 0 && !names.TryAdd(row.Fields.Name, row.Row))
            {
                errors.Add(DuplicateRow.At(row.Row, ProjectColumns.Name, names[row.Fields.Name]));
            }
            rows.Add(row);
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(EmptyFile.At(0, ""));
        }
        var plan = await PlanAsync(db, command.ZoneId, rows, errors, ct);
        if (errors.Count > 0)
        {
            return new ImportProjectsResult(0, 0, errors.OrderBy(e => e.Row).ToList());
        }
        var (created, updated) = await WriteAsync(db, command, plan, ct);
        return new ImportProjectsResult(created, updated, []);
    }

    private static Dictionary<string, int> Header(TabularData data, List<ImportError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (data.Header.Length == 0)
        {
            errors.Add(EmptyFile.At(0, ""));
            return columns;
        }
        for (var i = 0; i < data.Header.Length; i++)
        {
            var header = data.Header[i].Trim();
            if (header.Length == 0)
            {
                continue;
            }
            if (!ProjectColumns.All.Contains(header))
            {
                errors.Add(UnknownColumn.At(1, header, string.Join("、", ProjectColumns.All)));
            }
            else if (!columns.TryAdd(header, i))
            {
                errors.Add(DuplicateColumn.At(1, header));
            }
        }
        foreach (var required in ProjectColumns.Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(MissingColumn.At(1, required));
        }
        return columns;
    }

    private sealed record PlannedRow(ProjectRow Row, ProjectFields Fields, Project? Existing);

    private async Task<List<PlannedRow>> PlanAsync(ParkDbContext db, int zoneId, List<ProjectRow> rows, List<ImportError> errors, CancellationToken ct)
    {
        var subParks = (await figures.SubParksAsync(db, zoneId, ct)).ToDictionary(kv => kv.Value, kv => kv.Key);
        var outlines = await chains.ForZoneAsync(db, zoneId, ct);
        var investors = await figures.IdsByNameAsync(db, zoneId, rows.Select(r => r.Fields.InvestorName).ToList(), ct);
        var rowNames = rows.Select(r => r.Fields.Name).ToList();
        var existing = await db.Projects.Include(p => p.Milestones).Include(p => p.Checklist).Include(p => p.Lists).Include(p => p.YearPlans)
            .Where(p => p.ZoneId == zoneId && rowNames.Contains(p.Name)).ToDictionaryAsync(p => p.Name, ct);
        var plan = new List<PlannedRow>();
        foreach (var row in rows)
        {
            var fields = row.Fields with { EnterpriseId = investors.TryGetValue(row.Fields.InvestorName, out var eid) ? eid : null };
            if (row.SubParkName is { } subPark)
            {
                if (subParks.TryGetValue(subPark, out var id))
                {
                    fields = fields with { SubParkId = id };
                }
                else
                {
                    errors.Add(UnknownSubPark.At(row.Row, ProjectColumns.SubPark, subPark));
                }
            }
            if (row.ChainText is { } chainText)
            {
                var chain = outlines.FirstOrDefault(c => c.Key == chainText || c.NameZh == chainText);
                if (chain is null)
                {
                    errors.Add(UnknownChain.At(row.Row, ProjectColumns.Chain, chainText));
                }
                else
                {
                    fields = fields with { ChainKey = chain.Key };
                    if (row.SegmentText is { } segmentText)
                    {
                        var segment = chain.Segments.FirstOrDefault(s => s.Id == segmentText || s.NameZh == segmentText || s.PathZh == segmentText);
                        if (segment is null)
                        {
                            errors.Add(UnknownSegment.At(row.Row, ProjectColumns.Segment, segmentText));
                        }
                        else
                        {
                            fields = fields with { SegmentId = segment.Id };
                        }
                    }
                }
            }
            else if (row.SegmentText is not null)
            {
                errors.Add(ProjectRowParser.Required.At(row.Row, ProjectColumns.Chain));
            }
            foreach (var problem in ProjectFieldRules.CheckShape(fields with { ChainKey = fields.ChainKey ?? (row.SegmentText is null ? null : "?") }))
            {
                if (problem.Field is not ("name" or "investorName"))
                {
                    errors.Add(Rule.At(row.Row, ColumnOf(problem.Field), problem.Message));
                }
            }
            var project = existing.GetValueOrDefault(fields.Name);
            CheckStage(row, fields, project, errors);
            var probe = project ?? new Project { Route = fields.Route };
            var planned = row.Planned.ToDictionary(kv => kv.Key, kv => (DateOnly?)kv.Value);
            foreach (var problem in PlanMilestonesHandler.Check(probe, planned))
            {
                errors.Add(Rule.At(row.Row, PlanColumn(problem.Field), problem.Message));
            }
            plan.Add(new PlannedRow(row, fields, project));
        }
        return plan;
    }

    private void CheckStage(ProjectRow row, ProjectFields fields, Project? project, List<ImportError> errors)
    {
        if (project is null)
        {
            if (!ProjectTransitions.AppliesTo(row.Stage, fields.Route) || row.Stage == ProjectStage.Suspended)
            {
                errors.Add(Rule.At(row.Row, ProjectColumns.Stage, InvestmentProblems.NotApplicableStage.For("stage", InvestmentTerms.Stage(row.Stage), InvestmentTerms.Route(fields.Route)).Message));
            }
            return;
        }
        if (project.Stage == row.Stage)
        {
            return;
        }
        var permit = project.Checklist.Any(c => c.Item == PreStartItem.ConstructionPermit && c.DoneOn is not null);
        var command = new AdvanceProjectCommand(project.Id, row.Stage, row.StageDate ?? clock.Today(), InvestmentProblems.Clean(row.Fields.Note));
        if (ProjectTransitions.Check(project.Stage, row.Stage, fields.Route, project.SuspendedFrom, command.Reason, permit) is { } refused)
        {
            errors.Add(Rule.At(row.Row, ProjectColumns.Stage, refused.Message));
        }
        else if (row.StageDate is { } on && on < project.StageSince)
        {
            errors.Add(Rule.At(row.Row, ProjectColumns.StageDate, ProjectTransitions.DateBeforePrevious.For("on", on, project.StageSince).Message));
        }
    }

    private async Task<(int Created, int Updated)> WriteAsync(ParkDbContext db, ImportProjectsCommand command, List<PlannedRow> plan, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var provenance = Provenance.Of(DataSource.Import, command.FileName, now, actor.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int created = 0, updated = 0;
        foreach (var (row, fields, existing) in plan)
        {
            var project = existing;
            if (project is null)
            {
                var since = row.Stage == ProjectStage.Lead ? today : row.StageDate!.Value;
                project = new Project
                {
                    ZoneId = command.ZoneId, Stage = ProjectStage.Lead, StageSince = since, CreatedOn = today, LastProgressOn = since,
                    OriginRef = $"import:{(command.FileName.Length > 100 ? command.FileName[..100] : command.FileName)}",
                };
                db.Projects.Add(project);
                if (row.Stage != ProjectStage.Lead)
                {
                    // The list states where the project stands; the one step records that as imported, not as a decision taken here.
                    AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, row.Stage, since, UiLanguage.Pick("导入项目清单时的阶段", "stage given by the imported list"), command.FileName), actor.Name, now);
                }
                created++;
            }
            else
            {
                if (project.Stage != row.Stage)
                {
                    AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(project.Id, row.Stage, row.StageDate ?? today, InvestmentProblems.Clean(row.Fields.Note), command.FileName), actor.Name, now);
                }
                updated++;
            }
            ProjectFieldRules.Apply(project, fields);
            project.Provenance = provenance.Copy();
            foreach (var (stage, day) in row.Planned)
            {
                var milestone = project.Milestones.FirstOrDefault(m => m.Stage == stage);
                if (milestone is null)
                {
                    project.Milestones.Add(new ProjectMilestone { ZoneId = command.ZoneId, Stage = stage, PlannedOn = day });
                }
                else
                {
                    milestone.PlannedOn = day;
                }
            }
            if (row.ListName is { } list && row.ListYear is { } year && !project.Lists.Any(l => l.ListName == list && l.Year == year))
            {
                project.Lists.Add(new ProjectListEntry { ZoneId = command.ZoneId, ListName = list, Year = year });
            }
            if (row.YearPlan is { } planned)
            {
                var planYear = row.ListYear ?? today.Year;
                var yearPlan = project.YearPlans.FirstOrDefault(p => p.Year == planYear);
                if (yearPlan is null)
                {
                    project.YearPlans.Add(new ProjectYearPlan { ZoneId = command.ZoneId, Year = planYear, Planned = planned });
                }
                else
                {
                    yearPlan.Planned = planned;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (created, updated);
    }

    private static string ColumnOf(string field) => field switch
    {
        "totalInvestment" => ProjectColumns.Total,
        "fixedAssetInvestment" => ProjectColumns.FixedAssets,
        "foreignInvestment" => ProjectColumns.Foreign,
        "foreignCurrency" => ProjectColumns.Currency,
        "landNeedMu" => ProjectColumns.LandMu,
        "floorSpaceNeedM2" => ProjectColumns.FloorM2,
        "expectedAnnualOutput" => ProjectColumns.Output,
        "expectedAnnualTax" => ProjectColumns.Tax,
        "expectedJobs" => ProjectColumns.Jobs,
        "leadOfficial" => ProjectColumns.LeadOfficial,
        "commissioner" => ProjectColumns.Commissioner,
        "department" => ProjectColumns.Department,
        "chainKey" => ProjectColumns.Chain,
        "note" => ProjectColumns.Note,
        _ => field,
    };

    private static string PlanColumn(string field) => field switch
    {
        "planned.Contracted" => ProjectColumns.PlanSign,
        "planned.ConstructionStarted" => ProjectColumns.PlanStart,
        "planned.InProduction" => ProjectColumns.PlanProduction,
        "planned.FullOutput" => ProjectColumns.PlanFullOutput,
        _ => field,
    };

    private static ImportProjectsResult Refused(params ImportError[] errors) => new(0, 0, errors);
}
