using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Data;

namespace ParkLens.Core.Investments.Domain;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Investments_Projects");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.InvestorName).HasMaxLength(200);
        builder.Property(p => p.ChainKey).HasMaxLength(40);
        builder.Property(p => p.SegmentId).HasMaxLength(40);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Route).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.SuspendedFrom).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.ForeignCurrency).HasMaxLength(3);
        builder.Property(p => p.LeadOfficial).HasMaxLength(100);
        builder.Property(p => p.Commissioner).HasMaxLength(100);
        builder.Property(p => p.Department).HasMaxLength(100);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.OriginRef).HasMaxLength(120);
        builder.HasIndex(p => new { p.ZoneId, p.Name }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.Stage });
        builder.HasOne<GroupStart>().WithMany().HasForeignKey(p => new { p.ZoneId, p.GroupStartId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Checklist).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.YearPlans).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.MonthlyInvestments).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Lists).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(h => new { h.ZoneId, h.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.MapProvenance();
    }
}

internal sealed class ProjectStageChangeConfiguration : IEntityTypeConfiguration<ProjectStageChange>
{
    public void Configure(EntityTypeBuilder<ProjectStageChange> builder)
    {
        builder.ToTable("Investments_StageChanges");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(400);
        builder.Property(c => c.Document).HasMaxLength(400);
        builder.HasIndex(c => new { c.ZoneId, c.On });
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder)
    {
        builder.ToTable("Investments_Milestones");
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId, m.Stage }).IsUnique();
    }
}

internal sealed class ProjectChecklistItemConfiguration : IEntityTypeConfiguration<ProjectChecklistItem>
{
    public void Configure(EntityTypeBuilder<ProjectChecklistItem> builder)
    {
        builder.ToTable("Investments_Checklist");
        builder.Property(m => m.Item).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Note).HasMaxLength(400);
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId, m.Item }).IsUnique();
    }
}

internal sealed class ProjectYearPlanConfiguration : IEntityTypeConfiguration<ProjectYearPlan>
{
    public void Configure(EntityTypeBuilder<ProjectYearPlan> builder)
    {
        builder.ToTable("Investments_YearPlans");
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId, m.Year }).IsUnique();
    }
}

internal sealed class ProjectMonthlyInvestmentConfiguration : IEntityTypeConfiguration<ProjectMonthlyInvestment>
{
    public void Configure(EntityTypeBuilder<ProjectMonthlyInvestment> builder)
    {
        builder.ToTable("Investments_MonthlyInvestments");
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId, m.Year, m.Month }).IsUnique();
    }
}

internal sealed class ProjectListEntryConfiguration : IEntityTypeConfiguration<ProjectListEntry>
{
    public void Configure(EntityTypeBuilder<ProjectListEntry> builder)
    {
        builder.ToTable("Investments_ListEntries");
        builder.Property(m => m.ListName).HasMaxLength(100);
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId, m.ListName, m.Year }).IsUnique();
        builder.HasIndex(m => new { m.ZoneId, m.Year, m.ListName });
    }
}

internal sealed class SiteReviewConfiguration : IEntityTypeConfiguration<SiteReview>
{
    public void Configure(EntityTypeBuilder<SiteReview> builder)
    {
        builder.ToTable("Investments_SiteReviews");
        builder.Property(m => m.Reviewer).HasMaxLength(100);
        builder.Property(m => m.Comment).HasMaxLength(1000);
        builder.Property(m => m.Score).HasPrecision(5, 1);
    }
}

internal sealed class GroupStartConfiguration : IEntityTypeConfiguration<GroupStart>
{
    public void Configure(EntityTypeBuilder<GroupStart> builder)
    {
        builder.ToTable("Investments_GroupStarts");
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Source).HasMaxLength(600);
        builder.HasIndex(m => new { m.ZoneId, m.Name }).IsUnique();
        builder.MapProvenance();
    }
}

internal sealed class InvestmentAgreementConfiguration : IEntityTypeConfiguration<InvestmentAgreement>
{
    public void Configure(EntityTypeBuilder<InvestmentAgreement> builder)
    {
        builder.ToTable("Investments_Agreements");
        builder.Property(m => m.Remedies).HasMaxLength(2000);
        builder.Property(m => m.Document).HasMaxLength(400);
        builder.HasIndex(m => new { m.ZoneId, m.ProjectId }).IsUnique();
        builder.HasOne<Project>().WithOne().HasForeignKey<InvestmentAgreement>(a => new { a.ZoneId, a.ProjectId }).OnDelete(DeleteBehavior.Cascade);
        builder.MapProvenance();
    }
}
