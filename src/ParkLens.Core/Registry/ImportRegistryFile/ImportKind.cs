namespace ParkLens.Core.Registry.ImportRegistryFile;

public enum ImportKind
{
    Zones,
    Enterprises,
    Indicators,
}

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
