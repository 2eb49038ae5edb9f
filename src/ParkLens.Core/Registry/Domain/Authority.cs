namespace ParkLens.Core.Registry.Domain;

/// <summary>A province-level body that oversees zones (省商务厅, 科技厅 …).</summary>
internal sealed class Authority
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string ProvinceCode { get; set; } = "";

    public string? Body { get; set; }

    public List<Zone> Zones { get; } = [];
}
