using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.ChainAtlas.Analytics;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.Common;
using Spectre.Console;

namespace ParkLens.Cli.ChainAtlas;

internal static class ChainsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var zone = new Option<int>("--zone") { Description = "zone id", Required = true };
        var chain = new Option<string?>("--chain") { Description = "chain key, e.g. new-energy-battery (default: the zone's first chain)" };
        var year = new Option<int?>("--year") { Description = "year of the figures (default: the latest due)" };
        var top = new Option<int>("--top") { Description = "targets to print", DefaultValueFactory = _ => 20 };

        var analyse = new Command("analyse", "Print a zone's chain: coverage, completeness, HHI and the gap table") { zone, chain, year };
        analyse.Aliases.Add("analyze");
        analyse.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var atlas = await scope.ServiceProvider.GetRequiredService<GetChainAtlasHandler>()
                .HandleAsync(new GetChainAtlasQuery(parse.GetValue(zone), parse.GetValue(chain), YearOf(parse, year, scope)), ct);
            if (atlas?.Selected is not { } detail)
            {
                await error.WriteLineAsync(atlas is null ? $"no zone {parse.GetValue(zone)}" : $"no chain {parse.GetValue(chain)}");
                return 1;
            }
            WriteDetail(CliApp.Console(output), atlas, detail);
            return 0;
        });

        var targets = new Command("targets", "Print the ranked targets for a chain's gaps and weak links") { zone, chain, year, top };
        targets.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            if (parse.GetValue(chain) is not { } key)
            {
                await error.WriteLineAsync("give --chain");
                return 2;
            }
            var list = await scope.ServiceProvider.GetRequiredService<ListChainTargetsHandler>()
                .HandleAsync(new ListChainTargetsQuery(parse.GetValue(zone), key, YearOf(parse, year, scope), PageSize: parse.GetValue(top)), ct);
            if (list is null)
            {
                await error.WriteLineAsync($"no zone {parse.GetValue(zone)} or chain {key}");
                return 1;
            }
            var console = CliApp.Console(output);
            console.MarkupLineInterpolated($"[bold]{list.ZoneName} · {list.ChainName}[/] {list.Year} 年 · 招商目标 {list.Total} 个");
            var table = new Table().AddColumns("#", "企业", "目标环节", "所在地", "总分", "评分说明");
            foreach (var t in list.Items)
            {
                table.AddRow(t.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Name + (t.IsSynthetic ? "（合成）" : "")), Markup.Escape(t.SegmentPath),
                    Markup.Escape(t.Place), t.Score.ToString("0.0", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("；", t.Terms.Select(x => $"{ExportChainTargetsHandler.TermName(x.Key, true)} {x.Points:0.#}/{x.Max:0.#}"))));
            }
            console.Write(table);
            return 0;
        });

        var map = new Command("map", "Re-map a zone's enterprises (or every zone's) to the chain segments") { chain };
        var mapZone = new Option<int?>("--zone") { Description = "zone id (default: every zone)" };
        map.Options.Add(mapZone);
        map.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var result = await scope.ServiceProvider.GetRequiredService<MapEnterprisesHandler>().HandleAsync(new MapEnterprisesCommand(parse.GetValue(mapZone), parse.GetValue(chain)), ct);
            if (!result.Succeeded)
            {
                foreach (var p in result.Problems)
                {
                    await error.WriteLineAsync(p.ToString());
                }
                return 1;
            }
            await output.WriteLineAsync($"{result.Zones} zones: {result.Created} new, {result.Updated} changed, {result.Removed} removed, {result.KeptReviewed} decided by staff kept");
            return 0;
        });

        var file = new Argument<FileInfo>("file") { Description = "CSV in the format of data/chains/candidates.csv" };
        var import = new Command("import-candidates", "Import the national candidate pool; any bad row writes nothing") { file };
        import.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var path = parse.GetValue(file)!;
            await using var stream = path.OpenRead();
            var result = await scope.ServiceProvider.GetRequiredService<ImportCandidatesHandler>().HandleAsync(stream, path.Name, ct);
            foreach (var p in result.Problems)
            {
                await error.WriteLineAsync(p.Message);
            }
            if (!result.Succeeded)
            {
                return 1;
            }
            await output.WriteLineAsync($"{result.Created} added, {result.Updated} updated");
            return 0;
        });

        return new Command("chains", "Industrial chains (产业链图谱 · 以链招商)") { analyse, targets, map, import, ChainsBenchCommand.Create(output, error) };
    }

    private static int YearOf(ParseResult parse, Option<int?> year, AsyncServiceScope scope) =>
        parse.GetValue(year) ?? ProvenanceRules.ExpectedLatestYear(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static void WriteDetail(IAnsiConsole console, ZoneAtlas atlas, ChainDetail d)
    {
        var a = d.Analysis;
        console.MarkupLineInterpolated($"[bold]{atlas.ZoneName} · {d.Name}[/]（模板 v{d.Version}）{atlas.Year} 年");
        console.MarkupLineInterpolated($"覆盖率 {a.Coverage:P0}（{a.Covered}/{a.Leaves} 个环节），链条完整度 {(a.Completeness is { } c ? c.ToString("P0", CultureInfo.InvariantCulture) : "—")}，企业 {a.Members} 家，营收 {a.Revenue / 10000:0.##} 亿元，HHI {(a.Hhi?.ToString(CultureInfo.InvariantCulture) ?? "—")}，本地配套率 {(a.LocalSupplyRatio is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "—")}");
        console.MarkupLineInterpolated($"较上年：覆盖率 {d.Change.CoverageDelta * 100:+0.0;-0.0;0} 个百分点，企业 {d.Change.MembersDelta:+0;-0;0} 家");
        if (d.Role is { } role)
        {
            console.MarkupLineInterpolated($"链长：{role.ChiefName ?? "未登记"}  链主：{role.LeaderName ?? "未登记"}{(role.LeaderName is null ? "" : role.LeaderIsLocal ? "（本地）" : "（外地）")}");
        }
        var table = new Table().AddColumns("环节", "阶段", "状态", "企业数", "营收(万元)", "占比", "HHI", "龙头", "原因");
        foreach (var s in d.Segments.Where(s => !s.IsGroup))
        {
            var st = s.Stats!;
            table.AddRow(Markup.Escape(s.Path), ChainTerms.Stage(s.Stage), ChainTerms.Health(st.Health), st.Count.ToString(CultureInfo.InvariantCulture), st.Revenue.ToString("0", CultureInfo.InvariantCulture),
                st.RevenueShare is { } share ? share.ToString("P1", CultureInfo.InvariantCulture) : "—", st.Hhi?.ToString(CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(st.Leader?.Name ?? "—"), Markup.Escape(string.Join("、", st.WeakReasons.Select(ChainTerms.Reason))));
        }
        console.Write(table);
    }
}
