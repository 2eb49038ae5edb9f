namespace ParkLens.Core.Registry.Contracts;

/// <summary>Certifications an enterprise holds (declared on import, and kept in step with the certificates the EnterpriseTiers module records).</summary>
[Flags]
public enum Certifications
{
    None = 0,
    TechSme = 1,
    HighTech = 2,
    InnovativeSme = 4,
    Specialized = 8,
    LittleGiant = 16,
    SingleChampion = 32,
}
