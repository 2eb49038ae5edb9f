using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Rules;
using Spectre.Console;

namespace ParkLens.Cli.EnterpriseTiers;

internal static class TiersCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var zone = new Option<int?>("--zone") { Description = "zone id: prints the ladder and the enterprises closest to each tier" };
        var enterprise = new Option<int?>("--enterprise") { Description = "enterprise id: prints every rule set's criteria" };
        var year = new Option<int?>("--year") { Description = "fiscal year of the figures (default: the latest due)" };
        var top = new Option<int>("--top") { Description = "closest enterprises per tier", DefaultValueFactory = _ => 5 };
        var evaluate = new Command("evaluate", "Evaluate a zone or one enterprise against every tier rule set") { zone, enterprise, year, top };
        evaluate.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliApp.OpenAsync(parse, ct);
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var y = parse.GetValue(year) ?? TierYears.DataYear(clock);
            var console = CliApp.Console(output);
            if (parse.GetValue(enterprise) is { } enterpriseId)
            {
                var card = await scope.ServiceProvider.GetRequiredService<GetEnterpriseTiersHandler>().HandleAsync(new GetEnterpriseTiersQuery(enterpriseId, y), ct);
                if (card is null)
                {
                    await error.WriteLineAsync($"no enterprise {enterpriseId}");
                    return 1;
                }
                WriteCard(console, card);
                return 0;
            }
            if (parse.GetValue(zone) is not { } zoneId)
            {
                await error.WriteLineAsync("give --zone or --enterprise");
                return 2;
            }
            var overview = await scope.ServiceProvider.GetRequiredService<GetZoneTiersHandler>().HandleAsync(new GetZoneTiersQuery(zoneId, y, parse.GetValue(top)), ct);
            if (overview is null)
            {
                await error.WriteLineAsync($"no zone {zoneId}");
                return 1;
            }
            WriteLadder(console, overview);
            return 0;
        });
        return new Command("tiers", "Enterprise tiers (梯次培育)") { evaluate };
    }

    private static void WriteLadder(IAnsiConsole console, ZoneTierOverview o)
    {
        console.MarkupLineInterpolated($"[bold]{o.ZoneName}[/] {o.Year} 年度 · {o.Enterprises} 家企业");
        var table = new Table().AddColumns("梯次", "持有", "当年新认定", "规则判定通过", "未通过", "无法判定", "通过但未持有", "目标", "完成率");
        foreach (var r in o.Ladder)
        {
            table.AddRow(Markup.Escape(TierTerms.Names[r.Tier].Zh), N(r.Held), N(r.NewlyCertified), N(r.Pass), N(r.Fail), N(r.CannotDecide), N(r.PassNotHeld),
                r.Target?.ToString(CultureInfo.InvariantCulture) ?? "—", r.TargetAchievedPercent is { } p ? $"{p:0.00}%" : "—");
        }
        console.Write(table);
        foreach (var f in o.Ladder.SelectMany(r => r.Published))
        {
            console.MarkupLineInterpolated($"  公开报道：{f.Indicator} {f.Value:0.##}{f.Unit}（{f.Period}）“{f.Quote}”");
        }
        foreach (var (tier, closest) in o.Closest.Where(c => c.Value.Count > 0))
        {
            console.MarkupLineInterpolated($"[bold]最接近「{TierTerms.Names[tier].Zh}」[/]");
            var list = new Table().AddColumns("企业", "判定", "得分", "缺少数据", "最省力的改进");
            foreach (var c in closest)
            {
                list.AddRow(Markup.Escape(c.Name + (c.IsSynthetic ? "（合成）" : "")), c.Verdict.ToString(), c.Score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—",
                    Markup.Escape(string.Join("、", c.MissingFacts.Take(3).Select(k => FactCatalog.TryGet(k, out var d) ? d.NameZh : k))),
                    Markup.Escape(c.BestImprovement?.TextZh ?? "—"));
            }
            console.Write(list);
        }
    }

    private static void WriteCard(IAnsiConsole console, EnterpriseTierCard card)
    {
        console.MarkupLineInterpolated($"[bold]{card.Enterprise.Name}[/] {card.Year} 年度 · 持有：{string.Join("、", card.Held.Select(t => TierTerms.Names[t].Zh))}");
        foreach (var e in card.Evaluations)
        {
            console.MarkupLineInterpolated($"[bold]{e.RuleSet.TitleZh}[/]（{e.RuleSet.DocumentNumber}）：{e.Verdict} {e.ResultZh} {e.Score:0.#}");
            var table = new Table().AddColumns("条款", "项目", "状态", "数值", "要求", "得分");
            foreach (var c in e.Criteria)
            {
                table.AddRow(Markup.Escape(c.Clause), Markup.Escape(c.NameZh), c.State.ToString(), Markup.Escape(c.Value ?? "—"), Markup.Escape(c.Threshold ?? ""),
                    c.Points?.ToString("0.#", CultureInfo.InvariantCulture) ?? (c.PointsMin is { } lo ? $"{lo:0.#}–{c.PointsMax:0.#}" : ""));
            }
            console.Write(table);
            foreach (var i in e.Improvements.Take(3))
            {
                console.MarkupLineInterpolated($"  → {i.TextZh}");
            }
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
