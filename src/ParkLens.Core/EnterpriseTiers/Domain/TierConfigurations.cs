using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.EnterpriseTiers.Domain;

internal sealed class TierFactValueConfiguration : IEntityTypeConfiguration<TierFactValue>
{
    public void Configure(EntityTypeBuilder<TierFactValue> builder)
    {
        builder.ToTable("Tiers_FactValues");
        builder.Property(f => f.Key).HasMaxLength(60);
        builder.Property(f => f.Note).HasMaxLength(400);
        builder.HasIndex(f => new { f.ZoneId, f.EnterpriseId, f.Year, f.Key }).IsUnique();
        builder.HasOne(f => f.Evidence).WithMany().HasForeignKey(f => new { f.ZoneId, f.EvidenceId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.MapProvenance();
    }
}

internal sealed class TierEvidenceConfiguration : IEntityTypeConfiguration<TierEvidence>
{
    public void Configure(EntityTypeBuilder<TierEvidence> builder)
    {
        builder.ToTable("Tiers_Evidence");
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.UploadedBy).HasMaxLength(200);
        builder.HasIndex(e => new { e.ZoneId, e.EnterpriseId });
    }
}

internal sealed class TierApplicationConfiguration : IEntityTypeConfiguration<TierApplication>
{
    public void Configure(EntityTypeBuilder<TierApplication> builder)
    {
        builder.ToTable("Tiers_Applications");
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CertificateNumber).HasMaxLength(60);
        builder.Property(a => a.Note).HasMaxLength(400);
        builder.HasIndex(a => new { a.ZoneId, a.Tier, a.BatchYear });
        builder.HasIndex(a => new { a.ZoneId, a.EnterpriseId });
        builder.MapProvenance();
    }
}

internal sealed class CultivationEntryConfiguration : IEntityTypeConfiguration<CultivationEntry>
{
    public void Configure(EntityTypeBuilder<CultivationEntry> builder)
    {
        builder.ToTable("Tiers_CultivationEntries");
        builder.Property(c => c.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Pool).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AssignedStaff).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(400);
        builder.HasIndex(c => new { c.ZoneId, c.EnterpriseId, c.Tier, c.Year }).IsUnique();
        builder.HasIndex(c => new { c.ZoneId, c.Tier, c.Year });
        builder.MapProvenance();
    }
}

internal sealed class AssistanceRecordConfiguration : IEntityTypeConfiguration<AssistanceRecord>
{
    public void Configure(EntityTypeBuilder<AssistanceRecord> builder)
    {
        builder.ToTable("Tiers_AssistanceRecords");
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Staff).HasMaxLength(100);
        builder.Property(a => a.Content).HasMaxLength(2000);
        builder.Property(a => a.FollowUp).HasMaxLength(1000);
        builder.HasIndex(a => new { a.ZoneId, a.EnterpriseId, a.On });
        builder.MapProvenance();
    }
}

internal sealed class TierTargetConfiguration : IEntityTypeConfiguration<TierTarget>
{
    public void Configure(EntityTypeBuilder<TierTarget> builder)
    {
        builder.ToTable("Tiers_Targets");
        builder.Property(t => t.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Basis).HasMaxLength(200);
        builder.HasIndex(t => new { t.ZoneId, t.Tier, t.Year }).IsUnique();
        builder.MapProvenance();
    }
}
