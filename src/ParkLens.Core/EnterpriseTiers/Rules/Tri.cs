namespace ParkLens.Core.EnterpriseTiers.Rules;

/// <summary>Three-valued logic: null is "cannot tell yet".</summary>
internal static class Tri
{
    public static bool? All(params bool?[] values) =>
        values.Any(v => v == false) ? false : values.All(v => v == true) ? true : null;

    public static bool? Any(params bool?[] values) =>
        values.Any(v => v == true) ? true : values.All(v => v == false) ? false : null;

    public static bool? AtLeast(decimal? value, decimal threshold) => value is { } v ? v >= threshold : null;

    public static bool? AtMost(decimal? value, decimal threshold) => value is { } v ? v <= threshold : null;

    /// <summary>A rank fact: 0 means none, otherwise the firm must rank within the top <paramref name="top"/>.</summary>
    public static bool? RankWithin(decimal? rank, decimal top) => rank is { } r ? r >= 1 && r <= top : null;

    public static bool? Flag(decimal? value) => value is { } v ? v != 0 : null;

    public static CriterionState State(bool? met) => met switch { true => CriterionState.Met, false => CriterionState.NotMet, null => CriterionState.Unknown };
}
