namespace ParkLens.Core.Registry.ImportRegistryFile;

public enum ImportKind
{
    Zones,
    Enterprises,
    Indicators,
}
