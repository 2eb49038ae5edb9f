using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.ChainAtlas.Domain;

internal sealed class ChainTemplateRecordConfiguration : IEntityTypeConfiguration<ChainTemplateRecord>
{
    public void Configure(EntityTypeBuilder<ChainTemplateRecord> builder)
    {
        builder.ToTable("ChainAtlas_Templates");
        builder.IsReferenceTable();
        builder.Property(t => t.Key).HasMaxLength(40);
        builder.Property(t => t.Json).HasMaxLength(200_000);
        builder.Property(t => t.SavedBy).HasMaxLength(200);
        builder.Property(t => t.OwnerScope).HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(400);
        builder.HasIndex(t => new { t.Key, t.OwnerScope, t.Version }).IsUnique();
    }
}

internal sealed class SegmentAssignmentConfiguration : IEntityTypeConfiguration<SegmentAssignment>
{
    public void Configure(EntityTypeBuilder<SegmentAssignment> builder)
    {
        builder.ToTable("ChainAtlas_Assignments");
        builder.Property(a => a.ChainKey).HasMaxLength(40);
        builder.Property(a => a.SegmentId).HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(600);
        builder.Property(a => a.ReasonEn).HasMaxLength(600);
        builder.Property(a => a.Confidence).HasPrecision(4, 2);
        builder.Property(a => a.ReviewedBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.ZoneId, a.EnterpriseId, a.ChainKey }).IsUnique();
        builder.HasIndex(a => new { a.ZoneId, a.ChainKey, a.SegmentId });
        builder.MapProvenance();
    }
}

internal sealed class ZoneChainConfiguration : IEntityTypeConfiguration<ZoneChain>
{
    public void Configure(EntityTypeBuilder<ZoneChain> builder)
    {
        builder.ToTable("ChainAtlas_ZoneChains");
        builder.Property(c => c.ChainKey).HasMaxLength(40);
        builder.Property(c => c.ChiefName).HasMaxLength(100);
        builder.Property(c => c.ChiefTitle).HasMaxLength(100);
        builder.Property(c => c.LeaderName).HasMaxLength(200);
        builder.HasIndex(c => new { c.ZoneId, c.ChainKey }).IsUnique();
        builder.MapProvenance();
    }
}

internal sealed class SupplyRelationConfiguration : IEntityTypeConfiguration<SupplyRelation>
{
    public void Configure(EntityTypeBuilder<SupplyRelation> builder)
    {
        builder.ToTable("ChainAtlas_SupplyRelations");
        builder.Property(r => r.PartnerName).HasMaxLength(200);
        builder.Property(r => r.ChainKey).HasMaxLength(40);
        builder.Property(r => r.FromSegmentId).HasMaxLength(40);
        builder.Property(r => r.ToSegmentId).HasMaxLength(40);
        builder.HasIndex(r => new { r.ZoneId, r.ChainKey });
        builder.MapProvenance();
    }
}

internal sealed class PoolCandidateConfiguration : IEntityTypeConfiguration<PoolCandidate>
{
    public void Configure(EntityTypeBuilder<PoolCandidate> builder)
    {
        builder.ToTable("ChainAtlas_PoolCandidates");
        builder.IsReferenceTable();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Uscc).HasMaxLength(18);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.CityCode).HasMaxLength(4);
        builder.Property(c => c.IndustryCode).HasMaxLength(4);
        builder.Property(c => c.MainProducts).HasMaxLength(1000);
        builder.Property(c => c.ListedBoard).HasMaxLength(20);
        builder.Property(c => c.StockCode).HasMaxLength(20);
        builder.Property(c => c.Lists).HasMaxLength(200);
        builder.Property(c => c.Chains).HasMaxLength(400);
        builder.Property(c => c.ImportedBy).HasMaxLength(200);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class TargetLeadConfiguration : IEntityTypeConfiguration<TargetLead>
{
    public void Configure(EntityTypeBuilder<TargetLead> builder)
    {
        builder.ToTable("ChainAtlas_Leads");
        builder.Property(l => l.ChainKey).HasMaxLength(40);
        builder.Property(l => l.SegmentId).HasMaxLength(40);
        builder.Property(l => l.CompanyName).HasMaxLength(200);
        builder.Property(l => l.CandidateKey).HasMaxLength(60);
        builder.Property(l => l.Origin).HasMaxLength(20);
        builder.Property(l => l.Explanation).HasMaxLength(8000);
        builder.Property(l => l.CreatedBy).HasMaxLength(200);
        builder.HasIndex(l => new { l.ZoneId, l.ChainKey, l.CandidateKey }).IsUnique();
        builder.MapProvenance();
    }
}
