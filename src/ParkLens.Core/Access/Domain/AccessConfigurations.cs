using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Domain;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("Access_ApiTokens");
        builder.IsCoordinatorTable();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(12);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<ParkUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("Access_AuditEntries");
        builder.IsCoordinatorTable();
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        builder.Property(a => a.Changes).HasMaxLength(100_000);
        builder.HasIndex(a => new { a.ZoneId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}

internal sealed class DemoCredentialConfiguration : IEntityTypeConfiguration<DemoCredential>
{
    public void Configure(EntityTypeBuilder<DemoCredential> builder)
    {
        builder.ToTable("Access_DemoCredentials");
        builder.IsCoordinatorTable();
        builder.Property(d => d.UserName).HasMaxLength(100);
        builder.Property(d => d.Password).HasMaxLength(100);
        builder.Property(d => d.Description).HasMaxLength(200);
    }
}
