using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.LandEfficiency.Domain;

internal sealed class LandEvaluationRunConfiguration : IEntityTypeConfiguration<LandEvaluationRun>
{
    public void Configure(EntityTypeBuilder<LandEvaluationRun> builder)
    {
        builder.ToTable("Land_Runs");
        builder.Property(r => r.SchemeKey).HasMaxLength(40);
        builder.Property(r => r.SchemeJson).HasMaxLength(100_000);
        builder.Property(r => r.MethodCardJson).HasMaxLength(100_000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasIndex(r => new { r.ZoneId, r.Year, r.SchemeKey, r.RunVersion }).IsUnique();
        builder.HasMany(r => r.Results).WithOne().HasForeignKey(x => new { x.ZoneId, x.RunId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LandEvaluationRun>().WithMany().HasForeignKey(r => new { r.ZoneId, r.CorrectsRunId }).OnDelete(DeleteBehavior.ClientSetNull);
    }
}

internal sealed class LandEvaluationResultConfiguration : IEntityTypeConfiguration<LandEvaluationResult>
{
    public void Configure(EntityTypeBuilder<LandEvaluationResult> builder)
    {
        builder.ToTable("Land_Results");
        builder.Property(r => r.Population).HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Class).HasConversion<string>().HasMaxLength(2);
        builder.Property(r => r.PreviousClass).HasConversion<string>().HasMaxLength(2);
        builder.Property(r => r.ItemsJson).HasMaxLength(4000);
        builder.Property(r => r.Missing).HasMaxLength(200);
        builder.Property(r => r.Detail).HasMaxLength(100);
        builder.Property(r => r.ReasonKind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(r => new { r.ZoneId, r.RunId, r.EnterpriseId }).IsUnique();
        builder.HasIndex(r => new { r.ZoneId, r.EnterpriseId });
    }
}

internal sealed class LandSchemeRecordConfiguration : IEntityTypeConfiguration<LandSchemeRecord>
{
    public void Configure(EntityTypeBuilder<LandSchemeRecord> builder)
    {
        builder.ToTable("Land_Schemes");
        builder.IsReferenceTable();
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.Property(s => s.OwnerScope).HasMaxLength(30);
        builder.Property(s => s.Json).HasMaxLength(100_000);
        builder.Property(s => s.Note).HasMaxLength(400);
        builder.Property(s => s.SavedBy).HasMaxLength(200);
        builder.HasIndex(s => new { s.Key, s.OwnerScope, s.Version }).IsUnique();
    }
}

internal sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> builder)
    {
        builder.ToTable("Land_ImprovementPlans");
        builder.Property(p => p.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Target).HasMaxLength(400);
        builder.Property(p => p.ResponsibleUnit).HasMaxLength(100);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.ZoneId, p.ParcelId });
        builder.HasMany(p => p.Progress).WithOne().HasForeignKey(x => new { x.ZoneId, x.PlanId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImprovementProgressConfiguration : IEntityTypeConfiguration<ImprovementProgress>
{
    public void Configure(EntityTypeBuilder<ImprovementProgress> builder)
    {
        builder.ToTable("Land_ImprovementProgress");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.By).HasMaxLength(200);
    }
}

internal sealed class ParcelBoundaryConfiguration : IEntityTypeConfiguration<ParcelBoundary>
{
    public void Configure(EntityTypeBuilder<ParcelBoundary> builder)
    {
        builder.ToTable("Land_ParcelBoundaries");
        // One outline per parcel; the key is (ZoneId, Id) like every zone-owned table's.
        builder.HasIndex(b => new { b.ZoneId, b.ParcelId }).IsUnique();
        builder.Property(b => b.GeometryJson).HasMaxLength(2_000_000);
        builder.Property(b => b.SourceFile).HasMaxLength(260);
        builder.Property(b => b.ImportedBy).HasMaxLength(200);
    }
}
