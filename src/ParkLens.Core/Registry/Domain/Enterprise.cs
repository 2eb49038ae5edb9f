using ParkLens.Core.Common;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Registry.Domain;

internal sealed class Enterprise : IZoneOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int? SubParkId { get; set; }

    public string Uscc { get; set; } = "";

    /// <summary>True when the real code is not known yet and a well-formed stand-in was generated (demo data).</summary>
    public bool UsccIsPlaceholder { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Pinyin initials of <see cref="Name"/>, kept for search.</summary>
    public string NameInitials { get; set; } = "";

    /// <summary>GB/T 4754-2017 code at the finest level known (小类 preferred).</summary>
    public string IndustryCode { get; set; } = "";

    /// <summary>The 门类 letter of <see cref="IndustryCode"/>, denormalised for grouping.</summary>
    public string IndustrySection { get; set; } = "";

    public DateOnly? FoundedOn { get; set; }

    public Ownership Ownership { get; set; }

    public bool IsListed { get; set; }

    public Certifications Certifications { get; set; }

    /// <summary>Main products as the enterprise states them (主营产品), semicolon-separated; read by the chain mapping.</summary>
    public string MainProducts { get; set; } = "";

    /// <summary>The registered business scope (经营范围), verbatim.</summary>
    public string BusinessScope { get; set; } = "";

    /// <summary>Semicolon-separated free tags.</summary>
    public string Tags { get; set; } = "";

    public bool IsSynthetic { get; set; }

    public Provenance Provenance { get; set; } = new();

    public List<EnterpriseIndicator> Indicators { get; } = [];
}
