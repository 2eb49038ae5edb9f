using System.Globalization;

namespace ParkLens.Core.Common.Tabular;

/// <summary>One problem in an import file. Row is the spreadsheet row number (the header is row 1).</summary>
public sealed record ImportError(int Row, string Column, string Rule, string Message)
{
    public override string ToString() => UiLanguage.IsChinese
        ? $"第 {Row} 行，列「{Column}」：{Message}"
        : $"row {Row}, column {Column}: {Message}";
}

/// <summary>A validation rule of the import, with its message in both UI languages.</summary>
public sealed record ImportRule(string Code, string Zh, string En)
{
    public ImportError At(int row, string column, params object?[] args)
    {
        var template = UiLanguage.Pick(Zh, En);
        return new ImportError(row, column, Code, string.Format(CultureInfo.InvariantCulture, template, args));
    }
}
