using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

/// <summary>
/// Foreign keys from one module's tables to another's. They live here, in the one place that knows every module, so a
/// module's own types never name another module's entities.
/// </summary>
internal static class CrossModuleKeys
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<TierFactValue>().HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierEvidence>().HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierApplication>().HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<CultivationEntry>().HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AssistanceRecord>().HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SegmentAssignment>().HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SupplyRelation>().HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<SupplyRelation>().HasOne<Enterprise>().WithMany().HasForeignKey(r => r.PartnerEnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<ZoneChain>().HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<ZoneChain>().HasOne<Enterprise>().WithMany().HasForeignKey(c => c.LeaderEnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<TargetLead>().HasOne<Zone>().WithMany().HasForeignKey(l => l.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<ChainTemplateRecord>().HasOne<Zone>().WithMany().HasForeignKey(t => t.OwnerZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Project>().HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Project>().HasOne<SubPark>().WithMany().HasForeignKey(p => p.SubParkId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<Project>().HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<GroupStart>().HasOne<Zone>().WithMany().HasForeignKey(g => g.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.Domain.LandEvaluationRun>().HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.Domain.LandEvaluationResult>().HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.Domain.ImprovementPlan>().HasOne<LandParcel>().WithMany().HasForeignKey(p => p.ParcelId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.Domain.ImprovementPlan>().HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Zone>().WithMany().HasForeignKey(u => u.ZoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<SubPark>().WithMany().HasForeignKey(u => u.SubParkId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Building>().WithMany().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Enterprise>().WithMany().HasForeignKey(u => u.OwnerEnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Enterprise>().WithMany().HasForeignKey(u => u.TenantEnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.IdleSpace.Domain.SpaceUnit>().HasOne<Project>().WithMany().HasForeignKey(u => u.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<LandEfficiency.Domain.ParcelBoundary>().HasOne<LandParcel>().WithMany().HasForeignKey(b => b.ParcelId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TierTarget>().HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}
