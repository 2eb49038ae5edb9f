using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

/// <summary>
/// Foreign keys from one module's tables to another's. They live here, in the one place that knows every module, so a
/// module's own types never name another module's entities. A key between two zone-owned tables is (ZoneId, XId), so it
/// never crosses zones; an optional one is ClientSetNull, because the database cannot null XId without nulling ZoneId.
/// </summary>
internal static class CrossModuleKeys
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<TierFactValue>().HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierEvidence>().HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierApplication>().HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<CultivationEntry>().HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AssistanceRecord>().HasOne<Enterprise>().WithMany().HasForeignKey(f => new { f.ZoneId, f.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SegmentAssignment>().HasOne<Enterprise>().WithMany().HasForeignKey(a => new { a.ZoneId, a.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SupplyRelation>().HasOne<Enterprise>().WithMany().HasForeignKey(r => new { r.ZoneId, r.EnterpriseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SupplyRelation>().HasOne<Enterprise>().WithMany().HasForeignKey(r => new { r.ZoneId, r.PartnerEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<ZoneChain>().HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<ZoneChain>().HasOne<Enterprise>().WithMany().HasForeignKey(c => new { c.ZoneId, c.LeaderEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<TargetLead>().HasOne<Zone>().WithMany().HasForeignKey(l => l.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<ChainTemplateRecord>().HasOne<Zone>().WithMany().HasForeignKey(t => t.OwnerZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Project>().HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Project>().HasOne<SubPark>().WithMany().HasForeignKey(p => new { p.ZoneId, p.SubParkId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<Project>().HasOne<Enterprise>().WithMany().HasForeignKey(p => new { p.ZoneId, p.EnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<GroupStart>().HasOne<Zone>().WithMany().HasForeignKey(g => g.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.Domain.LandEvaluationRun>().HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key from Land_Results.EnterpriseId: a result is a snapshot of its run, and the enterprise may since have
        // moved to another zone (docs/scaling.md, "References the database does not enforce").
        builder.Entity<LandEfficiency.Domain.ImprovementPlan>().HasOne<LandParcel>().WithMany().HasForeignKey(p => new { p.ZoneId, p.ParcelId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.Domain.ImprovementPlan>().HasOne<Enterprise>().WithMany().HasForeignKey(p => new { p.ZoneId, p.EnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Zone>().WithMany().HasForeignKey(u => u.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<SubPark>().WithMany().HasForeignKey(u => new { u.ZoneId, u.SubParkId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Building>().WithMany().HasForeignKey(u => new { u.ZoneId, u.BuildingId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Enterprise>().WithMany().HasForeignKey(u => new { u.ZoneId, u.OwnerEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Enterprise>().WithMany().HasForeignKey(u => new { u.ZoneId, u.TenantEnterpriseId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Project>().WithMany().HasForeignKey(u => new { u.ZoneId, u.ProjectId }).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Entity<LandEfficiency.Domain.ParcelBoundary>().HasOne<LandParcel>().WithMany().HasForeignKey(b => new { b.ZoneId, b.ParcelId }).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierTarget>().HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}
