using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Investments.AdvanceProject;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.SeedInvestmentDemoData;

internal sealed record ZonePipeline(List<Project> Projects, List<(Project Project, InvestmentAgreement Agreement)> Agreements);

/// <summary>Builds the demo projects; every random choice comes from one generator with a fixed seed.</summary>
internal sealed class DemoProjectBuilder(int seed, DateOnly today, DateTime nowUtc, string actor)
{
    private const string SeedFile = "data/demo/seed-projects.json";
    private const string SyntheticBy = "演示数据（合成）";

    internal const string Remedies =
        "依《闲置土地处置办法》（国土资源部令第53号）第十四条：未动工开发满一年的，按土地出让价款的20%征缴土地闲置费；满两年的，无偿收回国有建设用地使用权。" +
        "未达约定投资强度或亩均税收的，按协议核减或返还扶持资金。（演示协议条款，合成）";

    private readonly Random _random = new(seed);

    public Project Published(int zoneId, int? subParkId, SeedProject p)
    {
        var steps = p.Steps.OrderBy(s => s.Key).ToList();
        var first = steps.Count == 0 ? today : steps[0].Value;
        var source = Provenance.Of(DataSource.Seed, $"{SeedFile} · 科技日报 seed {p.Seed}", nowUtc, actor);
        var note = $"原文：{p.Quote}" + (p.ApproximateDates ? "（原文未给出确切日期，日期按报道年月近似，待核实）" : "") + (p.Note is null ? "" : $"；{p.Note}");
        var project = new Project
        {
            ZoneId = zoneId, SubParkId = subParkId, Name = p.Name, InvestorName = p.Investor, ChainKey = p.Chain, Source = p.Source, TotalInvestment = p.Total,
            LandNeedMu = p.LandMu, ExpectedAnnualOutput = p.ExpectedOutput, Priority = p.Priority, Route = SpaceRoute.NewBuild, Stage = ProjectStage.Lead,
            StageSince = first, CreatedOn = first, LastProgressOn = first, Note = note.Length > 1000 ? note[..1000] : note, Provenance = source,
        };
        foreach (var (stage, on) in steps)
        {
            if (stage == ProjectStage.ConstructionStarted)
            {
                // Construction starts lawfully only with its permit; the article reports the start, so the permit was held by then.
                project.Checklist.Add(new ProjectChecklistItem { ZoneId = zoneId, Item = PreStartItem.ConstructionPermit, DoneOn = on, Note = "开工即表明已取得（据报道推定）" });
            }
            AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, stage, on, null, $"科技日报 seed {p.Seed}"), "公开报道", nowUtc);
        }
        foreach (var (stage, on) in p.Planned ?? new Dictionary<ProjectStage, DateOnly>())
        {
            if (project.Milestones.FirstOrDefault(m => m.Stage == stage) is { } reached)
            {
                reached.PlannedOn = on;
            }
            else
            {
                project.Milestones.Add(new ProjectMilestone { ZoneId = zoneId, Stage = stage, PlannedOn = on });
            }
        }
        if (p.YearPlan is { } plan && p.PlanYear is { } year)
        {
            project.YearPlans.Add(new ProjectYearPlan { ZoneId = zoneId, Year = year, Planned = plan });
        }
        project.Provenance = source;
        return project;
    }

    /// <summary>The projects of a group start the article does not name, sharing exactly what the named ones leave of the published totals.</summary>
    public List<Project> GroupStartRemainder(int zoneId, SeedGroupStart g, List<Project> named)
    {
        var count = g.Projects - named.Count;
        var totals = Amounts.Split(g.Total - named.Sum(p => p.TotalInvestment ?? 0), count, 1000m, _random);
        var plans = Amounts.Proportional(totals, g.YearPlan - named.Sum(p => p.YearPlans.Where(y => y.Year == g.PlanYear).Sum(y => y.Planned)));
        var result = new List<Project>();
        for (var i = 0; i < count; i++)
        {
            var project = Synthetic(zoneId, $"{g.Name}·未具名项目{i + 1}（合成）", "未具名投资方（合成）", totals[i], g.On.AddMonths(-8));
            Walk(project, ProjectStage.ConstructionStarted, g.On.AddMonths(-8), g.On);
            project.YearPlans.Add(new ProjectYearPlan { ZoneId = zoneId, Year = g.PlanYear, Planned = plans[i] });
            project.Note = $"合成数据：{g.Name}共 {g.Projects} 个项目，原文只点名其中 {named.Count} 个；其余项目的金额按公布总数拆分生成。";
            result.Add(project);
        }
        return result;
    }

    /// <summary>A published project list (磨憨 2023: 119 projects, 918.3亿元, 120.13亿元 planned), its projects generated to its exact totals.</summary>
    public List<Project> ListProjects(int zoneId, SeedList list)
    {
        var totals = list.Total is { } total
            ? Amounts.Split(total, list.Projects, list.MinTotal, _random)
            : Enumerable.Range(0, list.Projects).Select(_ => list.MinTotal + Math.Round((decimal)Math.Exp(_random.NextDouble() * 3) * list.MinTotal / 10m) * 10m).ToArray();
        var plans = Amounts.Proportional(totals, list.YearPlan);
        var result = new List<Project>();
        for (var i = 0; i < list.Projects; i++)
        {
            var created = new DateOnly(list.Year - 1, 1 + _random.Next(12), 1 + _random.Next(28));
            var project = Synthetic(zoneId, $"{list.Name}项目{i + 1:000}（合成）", $"清单项目业主{i + 1:000}（合成）", totals[i], created);
            var target = (ProjectStage)Math.Min((int)ProjectStage.FullOutput, 2 + _random.Next(7));
            var end = new DateOnly(list.Year, 12, 31) < today ? new DateOnly(list.Year, 12, 31) : today;
            Walk(project, target, created, end);
            project.Lists.Add(new ProjectListEntry { ZoneId = zoneId, ListName = list.Name, Year = list.Year });
            project.YearPlans.Add(new ProjectYearPlan { ZoneId = zoneId, Year = list.Year, Planned = plans[i] });
            AddMonths(project, list.Year, plans[i], 12);
            project.Note = $"合成数据：清单共 {list.Projects} 个项目" + (list.Total is null ? "" : $"、总投资 {list.Total:0.##} 万元") + $"、年度计划投资 {list.YearPlan:0.##} 万元与原文一致（科技日报 seed {list.Seed}）；单个项目为合成。";
            result.Add(project);
        }
        return result;
    }

    /// <summary>A zone's everyday pipeline, dated around today, with agreements checked against synthetic enterprises' reported figures.</summary>
    public ZonePipeline ZonePipeline(int zoneId, string zoneName, IReadOnlyList<ChainOutline> chains, IReadOnlyList<(int Id, string Name, List<DeliveredFigures> Figures)> enterprises)
    {
        var count = 8 + _random.Next(9);
        var commissioners = Enumerable.Range(0, 3 + _random.Next(3)).Select(_ => SyntheticNames.Person(_random)).Distinct().ToList();
        var leaders = Enumerable.Range(0, 2).Select(_ => SyntheticNames.Person(_random) + "（管委会副主任）").ToList();
        var place = zoneName.Length >= 2 ? zoneName[..2] : zoneName;
        var result = new ZonePipeline([], []);
        var withFigures = enterprises.Where(e => e.Figures.Any(f => f.Tax is not null && (f.GrossOutput ?? f.Revenue) is not null)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var company = SyntheticNames.Company(_random, place);
            if (!used.Add(company))
            {
                // Company names are the projects' prefixes, so they must differ within a zone.
                company = company.Replace("科技有限公司", $"{used.Count}号科技有限公司", StringComparison.Ordinal);
                used.Add(company);
            }
            var total = Math.Round((decimal)Math.Exp(_random.NextDouble() * 4.5) * 2000m / 10m) * 10m;
            var created = today.AddDays(-(30 + _random.Next(600)));
            var project = Synthetic(zoneId, $"{SyntheticNames.Project(_random, company)}（合成）", company, total, created);
            project.Commissioner = commissioners[_random.Next(commissioners.Count)];
            project.Department = SyntheticNames.Departments[_random.Next(SyntheticNames.Departments.Length)];
            project.LeadOfficial = leaders[_random.Next(leaders.Count)];
            project.Source = (ProjectSource)_random.Next(Enum.GetValues<ProjectSource>().Length);
            project.Route = _random.NextDouble() < 0.25 ? SpaceRoute.Lease : SpaceRoute.NewBuild;
            project.Priority = (ProjectPriority)_random.Next(4);
            project.LandNeedMu = project.Route == SpaceRoute.NewBuild ? Math.Round(total / (150 + _random.Next(300)), 1) + 5 : null;
            project.FloorSpaceNeedM2 = project.Route == SpaceRoute.Lease ? 2000 + 1000 * _random.Next(20) : null;
            project.FixedAssetInvestment = Math.Round(total * 0.8m / 10m) * 10m;
            project.ExpectedAnnualOutput = Math.Round(total * (decimal)(1.2 + _random.NextDouble() * 2) / 10m) * 10m;
            project.ExpectedAnnualTax = Math.Round((project.ExpectedAnnualOutput ?? 0) * 0.05m / 10m) * 10m;
            project.ExpectedJobs = 20 + _random.Next(400);
            if (chains.Count > 0)
            {
                var chain = chains[_random.Next(chains.Count)];
                project.ChainKey = chain.Key;
                project.SegmentId = chain.Segments.Count > 0 ? chain.Segments[_random.Next(chain.Segments.Count)].Id : null;
            }
            var target = (ProjectStage)_random.Next((int)ProjectStage.FullOutput + 1);
            Walk(project, target, created, today);
            PlanAhead(project);
            if (_random.NextDouble() < 0.12 && project.Stage is > ProjectStage.Lead and < ProjectStage.FullOutput)
            {
                AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, ProjectStage.Suspended, Later(project.StageSince, today), "投资方资金安排调整（合成）"), SyntheticBy, nowUtc);
            }
            else if (_random.NextDouble() < 0.06 && project.Stage < ProjectStage.ConstructionStarted)
            {
                AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, ProjectStage.Terminated, Later(project.StageSince, today), "投资方战略调整，项目不再落地（合成）"), SyntheticBy, nowUtc);
            }
            if (ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.Contracted))
            {
                project.Lists.Add(new ProjectListEntry { ZoneId = zoneId, ListName = $"{today.Year}年度市重点项目", Year = today.Year });
            }
            if (ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.ConstructionStarted))
            {
                var plan = Math.Round(total * (decimal)(0.15 + _random.NextDouble() * 0.3) / 10m) * 10m;
                project.YearPlans.Add(new ProjectYearPlan { ZoneId = zoneId, Year = today.Year, Planned = plan });
                AddMonths(project, today.Year, plan, today.Month - 1);
                if (_random.NextDouble() < 0.5)
                {
                    project.Reviews.Add(new SiteReview
                    {
                        ZoneId = zoneId, On = Later(project.StageSince, today), Reviewer = "项目观摩点评组（合成）", Score = 70 + _random.Next(29),
                        Comment = "进度、形象、安全文明施工综合评分（合成）",
                    });
                }
            }
            result.Projects.Add(project);
            if (ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.InProduction) && withFigures.Count > 0 && _random.NextDouble() < 0.8)
            {
                var (id, name, figures) = withFigures[_random.Next(withFigures.Count)];
                withFigures.RemoveAll(e => e.Id == id);
                project.EnterpriseId = id;
                project.InvestorName = name;
                result.Agreements.Add((project, Agreement(project, figures)));
            }
            else if (ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.Contracted) && _random.NextDouble() < 0.4)
            {
                result.Agreements.Add((project, Agreement(project, [])));
            }
        }
        AddThisWeeksLeads(result, zoneId, place, used, commissioners);
        return result;
    }

    // Two leads of the past week per zone (one already in talks), so this week's 例会 report has news; drawn from their own
    // generator so the rest of the demo stays as it was.
    private void AddThisWeeksLeads(ZonePipeline result, int zoneId, string place, HashSet<string> used, List<string> commissioners)
    {
        var random = new Random(seed + zoneId);
        for (var i = 0; i < 2; i++)
        {
            var company = SyntheticNames.Company(random, place);
            if (!used.Add(company))
            {
                continue;
            }
            var created = today.AddDays(-(2 + random.Next(5)));
            var project = Synthetic(zoneId, $"{SyntheticNames.Project(random, company)}（合成）", company, Math.Round((decimal)Math.Exp(random.NextDouble() * 4) * 1000m / 10m) * 10m, created);
            project.Commissioner = commissioners[random.Next(commissioners.Count)];
            project.Department = SyntheticNames.Departments[random.Next(SyntheticNames.Departments.Length)];
            project.Source = ProjectSource.ChainTargeting;
            if (i == 0)
            {
                AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, ProjectStage.Negotiating, created.AddDays(1), null, "首次洽谈纪要（合成）"), SyntheticBy, nowUtc);
                project.Milestones.Add(new ProjectMilestone { ZoneId = zoneId, Stage = ProjectStage.Contracted, PlannedOn = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(random.Next(27)) });
            }
            result.Projects.Add(project);
        }
    }

    private InvestmentAgreement Agreement(Project project, List<DeliveredFigures> figures)
    {
        var signed = project.History.FirstOrDefault(h => h.To == ProjectStage.Contracted)?.On ?? project.CreatedOn;
        var land = project.LandNeedMu ?? 30m;
        var agreement = new InvestmentAgreement
        {
            ZoneId = project.ZoneId, SignedOn = signed, CommittedInvestment = project.TotalInvestment, LandMu = land,
            InvestmentIntensity = Math.Round((project.FixedAssetInvestment ?? 0) / land * (decimal)(0.8 + _random.NextDouble() * 0.3), 1),
            StartBy = signed.AddMonths(6), ProductionBy = signed.AddMonths(18), FullOutputBy = signed.AddMonths(30),
            IdleLandMonths = project.Route == SpaceRoute.NewBuild ? 24 : null, Remedies = Remedies, Document = "投资协议（合成）",
            Provenance = Provenance.Of(DataSource.Synthetic, $"合成数据 seed={seed}", nowUtc, actor),
        };
        var reported = figures.Where(f => f.Tax is not null && (f.GrossOutput ?? f.Revenue) is not null).OrderBy(f => f.Year).ToList();
        if (reported.Count > 0)
        {
            // Promises set around what the enterprise reports, so some are met and some are breached.
            var from = reported[^Math.Min(2, reported.Count)].Year;
            var last = reported[^1];
            agreement.OutputFromYear = from;
            agreement.AnnualOutput = Math.Round((last.GrossOutput ?? last.Revenue)!.Value * (decimal)(0.8 + _random.NextDouble() * 0.45) / 10m) * 10m;
            var mu = last.LandMu ?? land;
            agreement.TaxPerMu = Math.Round(last.Tax!.Value / mu * (decimal)(0.8 + _random.NextDouble() * 0.45), 1);
        }
        return agreement;
    }

    private Project Synthetic(int zoneId, string name, string investor, decimal total, DateOnly created) => new()
    {
        ZoneId = zoneId, Name = name.Length > 200 ? name[..200] : name, InvestorName = investor, TotalInvestment = total, Stage = ProjectStage.Lead,
        StageSince = created, CreatedOn = created, LastProgressOn = created, IsSynthetic = true, Route = SpaceRoute.NewBuild,
        Provenance = Provenance.Of(DataSource.Synthetic, $"合成数据 seed={seed}", nowUtc, actor),
    };

    /// <summary>Moves the project along its route up to <paramref name="target"/>, steps spread between two days.</summary>
    private void Walk(Project project, ProjectStage target, DateOnly from, DateOnly until)
    {
        var stages = ProjectTransitions.StagesOf(project.Route).Where(s => s > ProjectStage.Lead && s <= target).ToList();
        var day = from;
        var span = Math.Max(1, until.DayNumber - from.DayNumber);
        foreach (var stage in stages)
        {
            day = day.AddDays(1 + _random.Next(Math.Max(1, span / (stages.Count + 1))));
            if (day > until)
            {
                break;
            }
            if (stage == ProjectStage.ConstructionStarted && project.Route == SpaceRoute.NewBuild)
            {
                foreach (var item in Enum.GetValues<PreStartItem>().Where(i => project.Checklist.All(c => c.Item != i)))
                {
                    project.Checklist.Add(new ProjectChecklistItem { ZoneId = project.ZoneId, Item = item, DoneOn = day.AddDays(-_random.Next(1, 60)) });
                }
            }
            AdvanceProjectHandler.Apply(project, new AdvanceProjectCommand(0, stage, day), SyntheticBy, nowUtc);
        }
    }

    // Plans for the next two stages: some already late, some due next month (项目预报), some later.
    private void PlanAhead(Project project)
    {
        var ahead = ProjectTransitions.StagesOf(project.Route).Where(s => s > project.Stage && project.Stage <= ProjectStage.FullOutput).Take(2).ToList();
        var day = today.AddDays(-45 + _random.Next(120));
        foreach (var stage in ahead)
        {
            project.Milestones.Add(new ProjectMilestone { ZoneId = project.ZoneId, Stage = stage, PlannedOn = day });
            day = day.AddDays(30 + _random.Next(150));
        }
    }

    private void AddMonths(Project project, int year, decimal plan, int throughMonth)
    {
        var started = project.History.FirstOrDefault(h => h.To == ProjectStage.ConstructionStarted)?.On;
        for (var month = 1; month <= Math.Min(12, throughMonth); month++)
        {
            if (started is null || new DateOnly(year, month, 1).AddMonths(1) <= started.Value || new DateOnly(year, month, 1).AddMonths(1) > today)
            {
                continue;
            }
            var amount = Math.Round(plan / 12m * (decimal)(0.4 + _random.NextDouble() * 0.9), 1);
            project.MonthlyInvestments.Add(new ProjectMonthlyInvestment { ZoneId = project.ZoneId, Year = year, Month = month, Completed = amount });
            var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
            if (monthEnd > project.LastProgressOn)
            {
                project.LastProgressOn = monthEnd;
            }
        }
    }

    private DateOnly Later(DateOnly from, DateOnly until) => from.AddDays(_random.Next(Math.Max(1, until.DayNumber - from.DayNumber)));
}
