using ParkLens.Core.Common.Tabular;
using System.Globalization;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.Reference;

namespace ParkLens.Core.Registry.ImportRegistryFile;

/// <summary>Typed access to one row's cells; every problem is recorded against the row and the column's header text.</summary>
internal sealed class RowReader(IReadOnlyDictionary<string, (int Index, string Header)> columns, TabularRow row, List<ImportError> errors)
{
    public int Row => row.RowNumber;

    public string Header(string key) => columns.TryGetValue(key, out var c) ? c.Header : key;

    public string? Text(string key, int maxLength = 400)
    {
        if (!columns.TryGetValue(key, out var c) || c.Index >= row.Cells.Length)
        {
            return null;
        }
        var value = row.Cells[c.Index]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            errors.Add(ImportRules.TooLong.At(Row, c.Header, maxLength));
        }
        return value;
    }

    public string RequiredText(string key, int maxLength = 400)
    {
        var value = Text(key, maxLength);
        if (value is null)
        {
            errors.Add(ImportRules.Required.At(Row, Header(key)));
        }
        return value ?? "";
    }

    public string RequiredUscc(string key)
    {
        var raw = Text(key);
        if (raw is null)
        {
            errors.Add(ImportRules.Required.At(Row, Header(key)));
            return "";
        }
        var code = Uscc.Normalize(raw.Replace(" ", "", StringComparison.Ordinal));
        switch (Uscc.Validate(code))
        {
            case UsccError.InvalidLength:
                errors.Add(ImportRules.UsccLength.At(Row, Header(key), code.Length));
                break;
            case UsccError.InvalidFormat:
                errors.Add(ImportRules.UsccFormat.At(Row, Header(key)));
                break;
            case UsccError.InvalidChecksum:
                errors.Add(ImportRules.UsccChecksum.At(Row, Header(key), Uscc.CheckChar(code.AsSpan(0, 17))));
                break;
        }
        return code;
    }

    public decimal? Decimal(string key, decimal min, decimal max)
    {
        var raw = Text(key);
        if (raw is null)
        {
            return null;
        }
        if (!PlainDecimal.TryParse(raw, out var value)
            && !decimal.TryParse(raw.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            errors.Add(ImportRules.NotANumber.At(Row, Header(key), raw));
            return null;
        }
        if (value < 0 && min >= 0)
        {
            errors.Add(ImportRules.Negative.At(Row, Header(key)));
            return null;
        }
        if (value < min || value > max)
        {
            errors.Add(ImportRules.OutOfRange.At(Row, Header(key), raw, min, max));
            return null;
        }
        return Math.Round(value, 4);
    }

    public int? Integer(string key, int min, int max)
    {
        var value = Decimal(key, min, max);
        if (value is null)
        {
            return null;
        }
        if (value != decimal.Truncate(value.Value))
        {
            errors.Add(ImportRules.NotAnInteger.At(Row, Header(key), Text(key)));
            return null;
        }
        return (int)value.Value;
    }

    public T? Term<T>(string key, IReadOnlyDictionary<T, string> terms, bool required)
        where T : struct, Enum
    {
        var raw = Text(key);
        if (raw is null)
        {
            if (required)
            {
                errors.Add(ImportRules.Required.At(Row, Header(key)));
            }
            return null;
        }
        if (RegistryTerms.TryParse(terms, raw, out var value))
        {
            return value;
        }
        errors.Add(ImportRules.UnknownTerm.At(Row, Header(key), raw, string.Join("/", terms.Values)));
        return null;
    }

    public bool? Boolean(string key)
    {
        var raw = Text(key);
        switch (raw?.ToUpperInvariant())
        {
            case null:
                return null;
            case "是" or "Y" or "YES" or "TRUE" or "1":
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0":
                return false;
            default:
                errors.Add(ImportRules.NotABoolean.At(Row, Header(key), raw));
                return null;
        }
    }

    public DateOnly? Date(string key, DateOnly today)
    {
        var raw = Text(key);
        if (raw is null)
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "s", "yyyy-MM-ddTHH:mm:ss"];
        if (!DateTime.TryParseExact(raw, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add(ImportRules.NotADate.At(Row, Header(key), raw));
            return null;
        }
        var date = DateOnly.FromDateTime(parsed);
        if (date > today)
        {
            errors.Add(ImportRules.FutureDate.At(Row, Header(key)));
            return null;
        }
        return date;
    }

    public string? IndustryCode(string key)
    {
        var raw = RequiredText(key);
        if (raw.Length == 0)
        {
            return null;
        }
        var industry = IndustryCatalog.Instance.Find(raw);
        if (industry is null || industry.Level == 1)
        {
            errors.Add(ImportRules.UnknownIndustry.At(Row, Header(key), raw));
            return null;
        }
        return industry.Code;
    }

    public void Add(ImportError error) => errors.Add(error);

    public int ErrorCount => errors.Count;

    public bool IsBlank => row.Cells.All(string.IsNullOrWhiteSpace);
}
