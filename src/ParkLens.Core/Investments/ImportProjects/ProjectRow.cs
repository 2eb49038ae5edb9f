using System.Globalization;
using ParkLens.Core.Common.Tabular;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.SaveProject;

namespace ParkLens.Core.Investments.ImportProjects;

/// <summary>One parsed row of a project list.</summary>
internal sealed record ProjectRow(
    int Row, ProjectFields Fields, string? SubParkName, string? ChainText, string? SegmentText, ProjectStage Stage, DateOnly? StageDate,
    string? ListName, int? ListYear, decimal? YearPlan, IReadOnlyDictionary<ProjectStage, DateOnly> Planned);

/// <summary>Reads the cells of one row into typed values, recording every problem against the row and the column.</summary>
internal sealed class ProjectRowParser(IReadOnlyDictionary<string, int> columns, TabularRow row, List<ImportError> errors, DateOnly today)
{
    public static readonly ImportRule Required = new("required", "必填，不能为空", "is required");
    public static readonly ImportRule NotANumber = new("not-a-number", "「{0}」不是数字", "\"{0}\" is not a number");
    public static readonly ImportRule Negative = new("negative", "不能为负数", "may not be negative");
    public static readonly ImportRule NotADate = new("not-a-date", "「{0}」不是日期（例如 2023-03-12）", "\"{0}\" is not a date (e.g. 2023-03-12)");
    public static readonly ImportRule FutureDate = new("future-date", "日期不能晚于今天", "may not be in the future");
    public static readonly ImportRule UnknownTerm = new("unknown-term", "「{0}」不是允许的取值（{1}）", "\"{0}\" is not one of {1}");
    public static readonly ImportRule TooLong = new("too-long", "长度不能超过 {0} 个字符", "may not exceed {0} characters");
    public static readonly ImportRule YearRange = new("year-range", "年度 {0} 超出范围（2000—2100）", "year {0} is outside 2000–2100");

    public int Row => row.RowNumber;

    public ProjectRow Parse()
    {
        var stage = Term(ProjectColumns.Stage, InvestmentTerms.Stages) ?? ProjectStage.Lead;
        var stageDate = Date(ProjectColumns.StageDate, notFuture: true);
        if (stage != ProjectStage.Lead && stageDate is null && Text(ProjectColumns.StageDate) is null)
        {
            errors.Add(Required.At(Row, ProjectColumns.StageDate));
        }
        var planned = new Dictionary<ProjectStage, DateOnly>();
        AddPlan(planned, ProjectStage.Contracted, ProjectColumns.PlanSign);
        AddPlan(planned, ProjectStage.ConstructionStarted, ProjectColumns.PlanStart);
        AddPlan(planned, ProjectStage.InProduction, ProjectColumns.PlanProduction);
        AddPlan(planned, ProjectStage.FullOutput, ProjectColumns.PlanFullOutput);
        var listYear = Integer(ProjectColumns.ListYear);
        if (listYear is < 2000 or > 2100)
        {
            errors.Add(YearRange.At(Row, ProjectColumns.ListYear, listYear));
        }
        var listName = Text(ProjectColumns.ListName, 100);
        if (listName is not null && listYear is null && Text(ProjectColumns.ListYear) is null)
        {
            errors.Add(Required.At(Row, ProjectColumns.ListYear));
        }
        var fields = new ProjectFields(
            RequiredText(ProjectColumns.Name, 200), RequiredText(ProjectColumns.Investor, 200), null, null, null, null,
            Term(ProjectColumns.Source, InvestmentTerms.Sources) ?? ProjectSource.Other,
            Amount(ProjectColumns.Total), Amount(ProjectColumns.FixedAssets), Amount(ProjectColumns.Foreign), Text(ProjectColumns.Currency, 3)?.ToUpperInvariant(),
            Amount(ProjectColumns.LandMu), Amount(ProjectColumns.FloorM2), Amount(ProjectColumns.Output), Amount(ProjectColumns.Tax),
            (int?)Amount(ProjectColumns.Jobs), Text(ProjectColumns.LeadOfficial, 100), Text(ProjectColumns.Commissioner, 100), Text(ProjectColumns.Department, 100),
            Term(ProjectColumns.Priority, InvestmentTerms.Priorities) ?? ProjectPriority.Ordinary,
            Term(ProjectColumns.Route, InvestmentTerms.Routes) ?? SpaceRoute.NewBuild, Text(ProjectColumns.Note, 1000));
        return new ProjectRow(Row, fields, Text(ProjectColumns.SubPark, 200), Text(ProjectColumns.Chain, 100), Text(ProjectColumns.Segment, 100),
            stage, stageDate, listName, listYear, Amount(ProjectColumns.YearPlan), planned);
    }

    public bool IsBlank => row.Cells.All(string.IsNullOrWhiteSpace);

    private string? Text(string column, int maxLength = 400)
    {
        if (!columns.TryGetValue(column, out var index) || index >= row.Cells.Length)
        {
            return null;
        }
        var value = row.Cells[index]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            errors.Add(TooLong.At(Row, column, maxLength));
        }
        return value;
    }

    private string RequiredText(string column, int maxLength)
    {
        var value = Text(column, maxLength);
        if (value is null)
        {
            errors.Add(Required.At(Row, column));
        }
        return value ?? "";
    }

    private decimal? Amount(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(NotANumber.At(Row, column, text));
            return null;
        }
        if (value < 0)
        {
            errors.Add(Negative.At(Row, column));
            return null;
        }
        return value;
    }

    private int? Integer(string column)
    {
        var value = Amount(column);
        return value is null ? null : (int)value.Value;
    }

    private DateOnly? Date(string column, bool notFuture)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(NotADate.At(Row, column, text));
            return null;
        }
        if (notFuture && day > today)
        {
            errors.Add(FutureDate.At(Row, column));
        }
        return day;
    }

    private void AddPlan(Dictionary<ProjectStage, DateOnly> planned, ProjectStage stage, string column)
    {
        if (Date(column, notFuture: false) is { } day)
        {
            planned[stage] = day;
        }
    }

    private T? Term<T>(string column, IReadOnlyDictionary<T, (string Zh, string En)> terms)
        where T : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        foreach (var (value, names) in terms)
        {
            if (names.Zh == text || string.Equals(names.En, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        errors.Add(UnknownTerm.At(Row, column, text, string.Join("、", terms.Values.Select(t => t.Zh))));
        return null;
    }
}
