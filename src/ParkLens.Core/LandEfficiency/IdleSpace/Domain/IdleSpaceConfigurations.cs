using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.LandEfficiency.IdleSpace.Domain;

internal sealed class SpaceUnitConfiguration : IEntityTypeConfiguration<SpaceUnit>
{
    public void Configure(EntityTypeBuilder<SpaceUnit> builder)
    {
        builder.ToTable("Land_SpaceUnits");
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.ParcelCode).HasMaxLength(100);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.FireClass).HasConversion<string>().HasMaxLength(10);
        builder.Property(u => u.Disposal).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.OwnerName).HasMaxLength(200);
        builder.Property(u => u.TenantName).HasMaxLength(200);
        builder.Property(u => u.Note).HasMaxLength(1000);
        builder.HasIndex(u => new { u.ZoneId, u.Name }).IsUnique();
        builder.HasIndex(u => new { u.ZoneId, u.Status });
        builder.HasMany(u => u.History).WithOne().HasForeignKey(h => new { h.ZoneId, h.SpaceUnitId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Occupancy).WithOne().HasForeignKey(o => new { o.ZoneId, o.SpaceUnitId }).OnDelete(DeleteBehavior.Cascade);
        builder.MapProvenance();
    }
}

internal sealed class SpaceStatusChangeConfiguration : IEntityTypeConfiguration<SpaceStatusChange>
{
    public void Configure(EntityTypeBuilder<SpaceStatusChange> builder)
    {
        builder.ToTable("Land_SpaceUnitHistory");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(400);
        builder.HasIndex(c => new { c.ZoneId, c.SpaceUnitId, c.On });
    }
}

internal sealed class OccupancyRecordConfiguration : IEntityTypeConfiguration<OccupancyRecord>
{
    public void Configure(EntityTypeBuilder<OccupancyRecord> builder)
    {
        builder.ToTable("Land_Occupancy");
        builder.HasIndex(o => new { o.ZoneId, o.SpaceUnitId, o.Year, o.Month }).IsUnique();
        builder.HasIndex(o => new { o.ZoneId, o.Year, o.Month });
    }
}
