using System.Globalization;
using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;

namespace ParkLens.Core.LandEfficiency.IdleSpace.Rules;

/// <summary>A reason in both UI languages; <see cref="Text"/> picks the caller's.</summary>
public sealed record SpaceReason(string Zh, string En)
{
    public string Text => UiLanguage.Pick(Zh, En);
}

/// <summary>One term of the score: its points out of its maximum, and why.</summary>
public sealed record ScoreTerm(string Code, decimal Points, decimal Max, SpaceReason Reason);

public sealed record SpaceMatch(SpaceOffer Offer, decimal Score, IReadOnlyList<ScoreTerm> Terms);

public sealed record SpaceMiss(SpaceOffer Offer, IReadOnlyList<SpaceReason> Reasons);

public sealed record SpaceMatchResult(IReadOnlyList<SpaceMatch> Matches, IReadOnlyList<SpaceMiss> Misses);

/// <summary>
/// Matches a need to the offered units. Hard constraints first — a unit failing any is left out with its reasons:
/// the vacant area lies within the need's range; every specification the need names is recorded and at least the need
/// (clear height, floor load, power, crane, dock doors); the fire rating is at least as demanding as the use (GB 50016
/// order 甲 → 乙 → 丙 → 丁 → 戊, 甲 the most hazardous: a unit rated 乙 serves a 丙 use, not a 甲 one); the unit is
/// offered (招租 or 闲置); and it is available by the move-in date. The units that pass are scored out of 100:
/// area fit 30 (full at the middle of the range, less by the share it is off), rent 25 (12.5 at the budget, up to 25
/// the cheaper it is, down to 0 at 1.5× the budget; 12.5 when either is unknown), specification headroom 20 (10 when
/// each named spec is just met, up to 20 with 100 % headroom; 10 when none is named), sub-park 10 (10 in the preferred
/// sub-park or with no preference, 0 elsewhere) and readiness 15 (招租 15, 闲置 5). Ties go to the larger vacant area, then the id.
/// </summary>
public static class SpaceMatcher
{
    public const decimal AreaMax = 30m;
    public const decimal RentMax = 25m;
    public const decimal SpecMax = 20m;
    public const decimal SubParkMax = 10m;
    public const decimal ReadinessMax = 15m;

    public static SpaceMatchResult Match(SpaceNeed need, IEnumerable<SpaceOffer> offers)
    {
        var matches = new List<SpaceMatch>();
        var misses = new List<SpaceMiss>();
        foreach (var offer in offers)
        {
            var reasons = Misses(need, offer);
            if (reasons.Count > 0)
            {
                misses.Add(new SpaceMiss(offer, reasons));
                continue;
            }
            var terms = new[] { Area(need, offer), Rent(need, offer), Specs(need, offer), SubPark(need, offer), Readiness(offer) };
            matches.Add(new SpaceMatch(offer, Math.Round(terms.Sum(t => t.Points), 1), terms));
        }
        return new SpaceMatchResult(
            matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.Offer.VacantAreaM2).ThenBy(m => m.Offer.Id).ToList(),
            misses.OrderBy(m => m.Reasons.Count).ThenBy(m => m.Offer.Id).ToList());
    }

    /// <summary>Whether the unit's vacant area is in the need's range (the one test used both ways: a need → units, a unit → projects).</summary>
    public static bool AreaFits(SpaceNeed need, decimal vacantAreaM2) => vacantAreaM2 >= need.MinAreaM2 && vacantAreaM2 <= need.MaxAreaM2;

    /// <summary>Whether a unit rated <paramref name="rating"/> may house a use of class <paramref name="use"/>: 甲 serves everything, 戊 only 戊.</summary>
    public static bool FireServes(FireClass rating, FireClass use) => rating <= use;

    public static IReadOnlyList<SpaceReason> Misses(SpaceNeed need, SpaceOffer o)
    {
        var reasons = new List<SpaceReason>();
        if (!AreaFits(need, o.VacantAreaM2))
        {
            reasons.Add(new($"空置面积 {N(o.VacantAreaM2)}㎡ 不在需求 {N(need.MinAreaM2)}—{N(need.MaxAreaM2)}㎡ 内",
                $"vacant area {N(o.VacantAreaM2)} m² is outside the need's {N(need.MinAreaM2)}–{N(need.MaxAreaM2)} m²"));
        }
        AtLeast(reasons, need.MinClearHeightM, o.ClearHeightM, "净高", "clear height", "m");
        AtLeast(reasons, need.MinFloorLoadKnM2, o.FloorLoadKnM2, "地面荷载", "floor load", "kN/㎡");
        AtLeast(reasons, need.MinPowerKva, o.PowerKva, "供电容量", "power", "kVA");
        AtLeast(reasons, need.CraneTonnes, o.CraneTonnes, "行车", "crane", "t");
        AtLeast(reasons, need.DockDoors, o.DockDoors, "装卸门", "dock doors", "");
        if (need.FireClass is { } use)
        {
            if (o.FireClass is not { } rating)
            {
                reasons.Add(new("未登记火灾危险性类别", "no fire hazard class recorded"));
            }
            else if (!FireServes(rating, use))
            {
                reasons.Add(new($"按{ZhFire(rating)}设防，不能用于{ZhFire(use)}生产/储存（GB 50016）",
                    $"rated for class {EnFire(rating)}, which cannot house a class {EnFire(use)} use (GB 50016)"));
            }
        }
        if (!SpaceTransitions.IsOffered(o.Status))
        {
            reasons.Add(new($"状态为{ZhStatus(o.Status)}，不在招租", $"status is {EnStatus(o.Status)}, not on offer"));
        }
        if (need.MoveInOn is { } moveIn && o.AvailableFrom is { } from && from > moveIn)
        {
            reasons.Add(new($"{D(from)} 才能交付，晚于入驻日期 {D(moveIn)}", $"available only from {D(from)}, after the move-in date {D(moveIn)}"));
        }
        return reasons;
    }

    private static void AtLeast<T>(List<SpaceReason> reasons, T? needed, T? have, string zh, string en, string unit)
        where T : struct, IComparable<T>
    {
        if (needed is not { } n)
        {
            return;
        }
        if (have is not { } h)
        {
            reasons.Add(new($"未登记{zh}（需要 ≥ {n}{unit}）", $"no {en} recorded (needs ≥ {n} {unit})".TrimEnd()));
        }
        else if (h.CompareTo(n) < 0)
        {
            reasons.Add(new($"{zh} {h}{unit} 低于需要的 {n}{unit}", $"{en} {h} {unit} is below the needed {n} {unit}".Replace("  ", " ", StringComparison.Ordinal)));
        }
    }

    private static ScoreTerm Area(SpaceNeed need, SpaceOffer o)
    {
        var target = (need.MinAreaM2 + need.MaxAreaM2) / 2;
        var off = target == 0 ? 0 : Math.Abs(o.VacantAreaM2 - target) / target;
        var points = R(AreaMax * Math.Max(0, 1 - off));
        return new ScoreTerm("area", points, AreaMax, new(
            $"空置 {N(o.VacantAreaM2)}㎡，需求中值 {N(target)}㎡，相差 {P(off)}",
            $"{N(o.VacantAreaM2)} m² vacant against a mid-range need of {N(target)} m², {P(off)} off"));
    }

    private static ScoreTerm Rent(SpaceNeed need, SpaceOffer o)
    {
        if (need.MaxRent is not { } budget || budget <= 0 || o.AskingRent is not { } rent)
        {
            return new ScoreTerm("rent", RentMax / 2, RentMax, new("租金或预算未知，按中性计分", "rent or budget unknown: scored neutral"));
        }
        var ratio = rent / budget;
        var points = ratio <= 1 ? RentMax * (1 - (ratio / 2)) : RentMax * Math.Max(0, 0.5m - (ratio - 1));
        return new ScoreTerm("rent", R(points), RentMax, ratio <= 1
            ? new($"报价 {M(rent)} 元/㎡·月，在预算 {M(budget)} 以内（{P(ratio)}）", $"asking {M(rent)} yuan/m²·month, within the budget of {M(budget)} ({P(ratio)})")
            : new($"报价 {M(rent)} 元/㎡·月，超出预算 {M(budget)}（{P(ratio)}）", $"asking {M(rent)} yuan/m²·month, over the budget of {M(budget)} ({P(ratio)})"));
    }

    private static ScoreTerm Specs(SpaceNeed need, SpaceOffer o)
    {
        var headroom = new List<(string Zh, string En, decimal Share)>();
        void Add(decimal? n, decimal? h, string zh, string en)
        {
            if (n is { } nv && nv > 0 && h is { } hv)
            {
                headroom.Add((zh, en, Math.Min(1, (hv - nv) / nv)));
            }
        }
        Add(need.MinClearHeightM, o.ClearHeightM, "净高", "clear height");
        Add(need.MinFloorLoadKnM2, o.FloorLoadKnM2, "荷载", "floor load");
        Add(need.MinPowerKva, o.PowerKva, "供电", "power");
        Add(need.CraneTonnes, o.CraneTonnes, "行车", "crane");
        Add(need.DockDoors, o.DockDoors, "装卸门", "dock doors");
        if (headroom.Count == 0)
        {
            return new ScoreTerm("specs", SpecMax / 2, SpecMax, new("需求未列规格，按中性计分", "no specification asked: scored neutral"));
        }
        var average = headroom.Average(h => h.Share);
        return new ScoreTerm("specs", R((SpecMax / 2) + (SpecMax / 2 * average)), SpecMax, new(
            "规格余量：" + string.Join("，", headroom.Select(h => $"{h.Zh} +{P(h.Share)}")),
            "specification headroom: " + string.Join(", ", headroom.Select(h => $"{h.En} +{P(h.Share)}"))));
    }

    private static ScoreTerm SubPark(SpaceNeed need, SpaceOffer o)
    {
        if (need.SubParkId is not { } wanted)
        {
            return new ScoreTerm("sub-park", SubParkMax, SubParkMax, new("未指定子园区", "no sub-park preferred"));
        }
        return o.SubParkId == wanted
            ? new ScoreTerm("sub-park", SubParkMax, SubParkMax, new($"位于意向子园区{o.SubParkName}", $"in the preferred sub-park {o.SubParkName}"))
            : new ScoreTerm("sub-park", 0, SubParkMax, new("不在意向子园区", "outside the preferred sub-park"));
    }

    private static ScoreTerm Readiness(SpaceOffer o) => o.Status == SpaceStatus.Listed
        ? new ScoreTerm("readiness", ReadinessMax, ReadinessMax, new("已在招租，可直接签约", "on offer now: can be signed at once"))
        : new ScoreTerm("readiness", 5, ReadinessMax, new("闲置未招租，需先办理移交", "idle, not yet on offer: needs a hand-over first"));

    private static decimal R(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string N(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string M(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(decimal share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ZhFire(FireClass f) => "甲乙丙丁戊"[(int)f] + "类";

    private static string EnFire(FireClass f) => "ABCDE"[(int)f] + " (" + "甲乙丙丁戊"[(int)f] + ")";

    private static string ZhStatus(SpaceStatus s) => s switch
    {
        SpaceStatus.Disposal => "整治/司法处置",
        SpaceStatus.Reserved => "已预订",
        SpaceStatus.Leased => "已租",
        SpaceStatus.Listed => "招租",
        _ => "闲置",
    };

    private static string EnStatus(SpaceStatus s) => s switch
    {
        SpaceStatus.Disposal => "in remediation / court disposal",
        SpaceStatus.Reserved => "reserved",
        SpaceStatus.Leased => "leased",
        SpaceStatus.Listed => "for lease",
        _ => "idle",
    };
}
