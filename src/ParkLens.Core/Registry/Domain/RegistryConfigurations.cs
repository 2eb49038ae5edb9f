using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.Registry.Domain;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> builder)
    {
        builder.ToTable("Registry_Authorities");
        builder.IsReferenceTable();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> builder)
    {
        builder.ToTable("Registry_Zones");
        builder.IsReferenceTable();
        builder.Ignore(z => z.ZoneId);
        builder.Property(z => z.Name).HasMaxLength(100);
        builder.Property(z => z.ShortName).HasMaxLength(50);
        builder.Property(z => z.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(z => z.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(z => z.ProvinceCode).HasMaxLength(2);
        builder.Property(z => z.CityCode).HasMaxLength(4);
        builder.Property(z => z.CatalogueCode).HasMaxLength(10);
        builder.Property(z => z.LeadingIndustries).HasMaxLength(1000);
        builder.HasIndex(z => z.Name).IsUnique();
        builder.HasOne(z => z.Authority).WithMany(a => a.Zones).HasForeignKey(z => z.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(z => z.SubParks).WithOne().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.MapProvenance();
    }
}

internal sealed class SubParkConfiguration : IEntityTypeConfiguration<SubPark>
{
    public void Configure(EntityTypeBuilder<SubPark> builder)
    {
        builder.ToTable("Registry_SubParks");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => new { s.ZoneId, s.Name }).IsUnique();
        builder.MapProvenance();
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("Registry_Enterprises");
        builder.Property(e => e.Uscc).HasMaxLength(18).IsFixedLength();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.NameInitials).HasMaxLength(200);
        builder.Property(e => e.IndustryCode).HasMaxLength(4);
        builder.Property(e => e.IndustrySection).HasMaxLength(1);
        builder.Property(e => e.Ownership).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Tags).HasMaxLength(1000);
        builder.Property(e => e.MainProducts).HasMaxLength(1000);
        builder.Property(e => e.BusinessScope).HasMaxLength(4000);
        // A USCC is unique nationwide; the database can only hold that within a zone, the importer checks it across zones.
        builder.HasIndex(e => new { e.ZoneId, e.Uscc }).IsUnique();
        builder.HasIndex(e => e.Uscc);
        builder.HasIndex(e => new { e.ZoneId, e.Name });
        builder.HasIndex(e => new { e.ZoneId, e.IndustryCode });
        builder.HasIndex(e => e.NameInitials);
        builder.HasIndex(e => e.Name);
        builder.HasOne<Zone>().WithMany().HasForeignKey(e => e.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SubPark>().WithMany().HasForeignKey(e => new { e.ZoneId, e.SubParkId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(e => e.Indicators).WithOne().HasForeignKey(i => new { i.ZoneId, i.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.MapProvenance();
    }
}

// Keyed by (bigram, zone) first: one 2-character search is one contiguous range of the index, and a zone's user reads
// only its own zone's part of it. No foreign keys: the triggers that write the postings from the enterprise row also
// delete them by this key, and each key would cost an index of its own over about 14 postings per enterprise.
internal sealed class EnterpriseNameBigramConfiguration : IEntityTypeConfiguration<EnterpriseNameBigram>
{
    public void Configure(EntityTypeBuilder<EnterpriseNameBigram> builder)
    {
        builder.ToTable("Registry_EnterpriseNameBigrams");
        builder.HasKey(b => new { b.Bigram, b.ZoneId, b.Name, b.EnterpriseId });
        builder.Property(b => b.Bigram).HasMaxLength(2);
        builder.Property(b => b.Name).HasMaxLength(200);
    }
}

internal sealed class EnterpriseIndicatorConfiguration : IEntityTypeConfiguration<EnterpriseIndicator>
{
    public void Configure(EntityTypeBuilder<EnterpriseIndicator> builder)
    {
        builder.ToTable("Registry_EnterpriseIndicators");
        builder.HasIndex(i => new { i.ZoneId, i.EnterpriseId, i.Year }).IsUnique();
        builder.HasIndex(i => new { i.ZoneId, i.Year });
        builder.HasOne<Zone>().WithMany().HasForeignKey(i => i.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.MapProvenance();
    }
}

internal sealed class LandParcelConfiguration : IEntityTypeConfiguration<LandParcel>
{
    public void Configure(EntityTypeBuilder<LandParcel> builder)
    {
        builder.ToTable("Registry_LandParcels");
        builder.Property(p => p.Code).HasMaxLength(50);
        builder.Property(p => p.Use).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.OwnerName).HasMaxLength(200);
        builder.HasIndex(p => new { p.ZoneId, p.Code }).IsUnique();
        builder.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SubPark>().WithMany().HasForeignKey(p => new { p.ZoneId, p.SubParkId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => new { p.ZoneId, p.OwnerEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(p => p.Buildings).WithOne().HasForeignKey(b => new { b.ZoneId, b.ParcelId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.MapProvenance();
    }
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.ToTable("Registry_Buildings");
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.Use).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.OwnerName).HasMaxLength(200);
        builder.HasIndex(b => b.ZoneId);
        builder.HasOne<Zone>().WithMany().HasForeignKey(b => b.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(b => new { b.ZoneId, b.OwnerEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.MapProvenance();
    }
}

internal sealed class PublishedFactConfiguration : IEntityTypeConfiguration<PublishedFact>
{
    public void Configure(EntityTypeBuilder<PublishedFact> builder)
    {
        builder.ToTable("Registry_PublishedFacts");
        builder.Property(f => f.Indicator).HasMaxLength(200);
        builder.Property(f => f.Quote).HasMaxLength(1000);
        builder.HasIndex(f => new { f.ZoneId, f.EnterpriseId });
        builder.HasOne<Zone>().WithMany().HasForeignKey(f => f.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
    }
}
