using System.Globalization;

namespace ParkLens.Core.Common;

/// <summary>Why a command was refused: the field it concerns, a stable rule code and a message in the caller's UI language.</summary>
public sealed record Problem(string Field, string Rule, string Message)
{
    /// <summary>The rule code of a refusal because of the caller's role; endpoints answer it with 403.</summary>
    public const string NotPermitted = "not-permitted";

    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>A refusal rule with its message in both UI languages.</summary>
public sealed record ProblemRule(string Code, string Zh, string En)
{
    public Problem For(string field, params object?[] args)
    {
        var template = UiLanguage.Pick(Zh, En);
        return new Problem(field, Code, string.Format(CultureInfo.InvariantCulture, template, args));
    }
}

/// <summary>The outcome of a command: the id of what it wrote, or the problems and nothing written.</summary>
public sealed record CommandResult(int? Id, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public bool Forbidden => Problems.Any(p => p.Rule == Problem.NotPermitted);

    public static CommandResult Done(int id) => new(id, []);

    public static CommandResult Refused(params Problem[] problems) => new(null, problems);

    public static CommandResult Refused(IReadOnlyList<Problem> problems) => new(null, problems);
}
