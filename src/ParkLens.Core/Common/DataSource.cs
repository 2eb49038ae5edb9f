namespace ParkLens.Core.Common;

/// <summary>Where a record's figures came from.</summary>
public enum DataSource
{
    Import,
    Form,
    Api,
    Seed,
    Synthetic,
}
