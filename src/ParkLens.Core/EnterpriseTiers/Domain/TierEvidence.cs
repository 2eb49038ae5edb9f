using ParkLens.Core.Common;

namespace ParkLens.Core.EnterpriseTiers.Domain;

/// <summary>A file backing one or more facts (certificate scan, patent list, audit report), kept in the database.</summary>
internal sealed class TierEvidence : IEnterpriseOwned
{
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public int EnterpriseId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public string UploadedBy { get; set; } = "";
}
