namespace ParkLens.Core.Common.Tabular;

public enum FileFormat
{
    Csv,
    Xlsx,
}

public static class FileFormats
{
    public static FileFormat FromFileName(string fileName) =>
        Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? FileFormat.Xlsx : FileFormat.Csv;
}
