using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

/// <summary>
/// The one context of ParkLens (accounts included). Provider subclasses exist only to carry their own migration sets.
/// Every <see cref="IZoneOwned"/> entity is filtered to the current actor's <see cref="DataScope"/>, every write is
/// recorded in the append-only audit log in the same transaction, and a write to a zone's rows raises the zone's data
/// version when the transaction commits (<see cref="ZoneVersions"/>).
/// </summary>
public abstract partial class ParkDbContext : IdentityDbContext<ParkUser, IdentityRole<int>, int>
{
    private readonly ICurrentActor _actor;

    protected ParkDbContext(DbContextOptions options, ICurrentActor actor)
        : base(options)
    {
        _actor = actor;
    }

    internal DbSet<Authority> Authorities => Set<Authority>();

    internal DbSet<Zone> Zones => Set<Zone>();

    internal DbSet<SubPark> SubParks => Set<SubPark>();

    internal DbSet<Enterprise> Enterprises => Set<Enterprise>();

    internal DbSet<EnterpriseIndicator> Indicators => Set<EnterpriseIndicator>();

    internal DbSet<EnterpriseNameBigram> NameBigrams => Set<EnterpriseNameBigram>();

    internal DbSet<LandParcel> Parcels => Set<LandParcel>();

    internal DbSet<Building> Buildings => Set<Building>();

    internal DbSet<PublishedFact> PublishedFacts => Set<PublishedFact>();

    internal DbSet<TierFactValue> TierFacts => Set<TierFactValue>();

    internal DbSet<TierEvidence> TierEvidence => Set<TierEvidence>();

    internal DbSet<TierApplication> TierApplications => Set<TierApplication>();

    internal DbSet<CultivationEntry> CultivationEntries => Set<CultivationEntry>();

    internal DbSet<AssistanceRecord> AssistanceRecords => Set<AssistanceRecord>();

    internal DbSet<TierTarget> TierTargets => Set<TierTarget>();

    internal DbSet<ChainTemplateRecord> ChainTemplates => Set<ChainTemplateRecord>();

    internal DbSet<SegmentAssignment> SegmentAssignments => Set<SegmentAssignment>();

    internal DbSet<ZoneChain> ZoneChains => Set<ZoneChain>();

    internal DbSet<SupplyRelation> SupplyRelations => Set<SupplyRelation>();

    internal DbSet<PoolCandidate> PoolCandidates => Set<PoolCandidate>();

    internal DbSet<TargetLead> TargetLeads => Set<TargetLead>();

    internal DbSet<Project> Projects => Set<Project>();

    internal DbSet<ProjectStageChange> ProjectStageChanges => Set<ProjectStageChange>();

    internal DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();

    internal DbSet<ProjectChecklistItem> ProjectChecklist => Set<ProjectChecklistItem>();

    internal DbSet<ProjectYearPlan> ProjectYearPlans => Set<ProjectYearPlan>();

    internal DbSet<ProjectMonthlyInvestment> ProjectMonthlyInvestments => Set<ProjectMonthlyInvestment>();

    internal DbSet<ProjectListEntry> ProjectListEntries => Set<ProjectListEntry>();

    internal DbSet<SiteReview> SiteReviews => Set<SiteReview>();

    internal DbSet<GroupStart> GroupStarts => Set<GroupStart>();

    internal DbSet<InvestmentAgreement> InvestmentAgreements => Set<InvestmentAgreement>();

    internal DbSet<LandEfficiency.Domain.LandEvaluationRun> LandRuns => Set<LandEfficiency.Domain.LandEvaluationRun>();

    internal DbSet<LandEfficiency.Domain.LandEvaluationResult> LandResults => Set<LandEfficiency.Domain.LandEvaluationResult>();

    internal DbSet<LandEfficiency.Domain.LandSchemeRecord> LandSchemes => Set<LandEfficiency.Domain.LandSchemeRecord>();

    internal DbSet<LandEfficiency.Domain.ImprovementPlan> ImprovementPlans => Set<LandEfficiency.Domain.ImprovementPlan>();

    internal DbSet<LandEfficiency.Domain.ParcelBoundary> ParcelBoundaries => Set<LandEfficiency.Domain.ParcelBoundary>();

    internal DbSet<LandEfficiency.IdleSpace.Domain.SpaceUnit> SpaceUnits => Set<LandEfficiency.IdleSpace.Domain.SpaceUnit>();

    internal DbSet<LandEfficiency.IdleSpace.Domain.SpaceStatusChange> SpaceStatusChanges => Set<LandEfficiency.IdleSpace.Domain.SpaceStatusChange>();

    internal DbSet<LandEfficiency.IdleSpace.Domain.OccupancyRecord> Occupancy => Set<LandEfficiency.IdleSpace.Domain.OccupancyRecord>();

    internal DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    internal DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal DbSet<DemoCredential> DemoCredentials => Set<DemoCredential>();

    internal ICurrentActor Actor => _actor;

    // Read by the query filters; EF evaluates these per query, so one cached model serves every caller.
    internal bool ScopeUnrestricted => _actor.Scope.Unrestricted;

    internal IReadOnlyCollection<int> ScopeZoneIds => _actor.Scope.ZoneIds;

    internal bool ScopeAllEnterprises => _actor.Scope.EnterpriseIds is null;

    internal IReadOnlyCollection<int> ScopeEnterpriseIds => _actor.Scope.EnterpriseIds ?? [];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var modelBuilder = builder;
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && table.StartsWith("AspNet", StringComparison.Ordinal))
            {
                entity.SetTableName("Access_" + table["AspNet".Length..]);
                modelBuilder.Entity(entity.ClrType).IsCoordinatorTable();
            }
        }
        ApplyZoneKeys(modelBuilder);
        modelBuilder.Entity<ParkUser>().Property(u => u.Role).HasConversion<string>().HasMaxLength(30);
        modelBuilder.Entity<ParkUser>().Property(u => u.ScopeKind).HasConversion<string>().HasMaxLength(20);
        modelBuilder.Entity<ParkUser>().Property(u => u.DisplayName).HasMaxLength(100);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ParkDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IZoneOwned).IsAssignableFrom(t.ClrType)))
        {
            entity.SetQueryFilter(BuildScopeFilter(entity.ClrType));
        }
        ApplyEnterpriseScopeFilters(modelBuilder);
        CrossModuleKeys.Apply(modelBuilder);
        // A chain template without an owner is every zone's; a zone's own chain is seen only within its scope.
        modelBuilder.Entity<ChainTemplateRecord>().HasQueryFilter(t => t.OwnerZoneId == null || ScopeUnrestricted || ScopeZoneIds.Contains(t.OwnerZoneId.Value));
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(a => ScopeUnrestricted || (a.ZoneId != null && ScopeZoneIds.Contains(a.ZoneId.Value)));
    }

    // Every zone-owned table with an Id is keyed (ZoneId, Id), so a distributed PostgreSQL keeps each zone's rows and keys on
    // one shard (ADR 0009). Id stays generated and unique across zones; it is set before the configurations so that their
    // composite foreign keys find the composite principal keys. A table without an Id (an index's postings) keys itself,
    // with ZoneId in its key.
    private void ApplyZoneKeys(ModelBuilder modelBuilder)
    {
        var sqlite = Database.IsSqlite();
        foreach (var type in ZoneOwnedTypes.Where(t => t.GetProperty("Id") is not null))
        {
            var entity = modelBuilder.Entity(type);
            entity.HasKey(nameof(IZoneOwned.ZoneId), "Id");
            var id = entity.Property<int>("Id").ValueGeneratedOnAdd();
            if (sqlite)
            {
                id.HasValueGenerator<SqliteIdGenerator>();
            }
            else
            {
                id.UseIdentityByDefaultColumn();
            }
        }
        if (sqlite)
        {
            modelBuilder.Entity<IdSequence>(b =>
            {
                b.ToTable(SqliteIdGenerator.Table);
                b.HasKey(s => s.Table);
                b.Property(s => s.Table).HasMaxLength(100);
                b.IsCoordinatorTable();
            });
        }
    }

    // The zones table itself is a reference table: it carries IZoneOwned only for the scope filter.
    internal static readonly IReadOnlyList<Type> ZoneOwnedTypes = typeof(ParkDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IZoneOwned).IsAssignableFrom(t) && t != typeof(Zone))
        .OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    // Within its zones, a sub-park's or an enterprise's user sees only its own enterprises and what hangs off them.
    private void ApplyEnterpriseScopeFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enterprise>().HasQueryFilter(e =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(e.ZoneId)) && (ScopeAllEnterprises || ScopeEnterpriseIds.Contains(e.Id)));
        modelBuilder.Entity<EnterpriseIndicator>().HasQueryFilter(i =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(i.ZoneId)) && (ScopeAllEnterprises || ScopeEnterpriseIds.Contains(i.EnterpriseId)));
        modelBuilder.Entity<PublishedFact>().HasQueryFilter(f =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(f.ZoneId)) && (ScopeAllEnterprises || (f.EnterpriseId != null && ScopeEnterpriseIds.Contains(f.EnterpriseId.Value))));
        // A sub-park's user sees the projects of its own enterprises; a project without a registry enterprise is the zone's.
        modelBuilder.Entity<Investments.Domain.Project>().HasQueryFilter(p =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(p.ZoneId)) && (ScopeAllEnterprises || (p.EnterpriseId != null && ScopeEnterpriseIds.Contains(p.EnterpriseId.Value))));
        modelBuilder.Entity<LandParcel>().HasQueryFilter(p =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(p.ZoneId)) && (ScopeAllEnterprises || (p.OwnerEnterpriseId != null && ScopeEnterpriseIds.Contains(p.OwnerEnterpriseId.Value))));
        modelBuilder.Entity<Building>().HasQueryFilter(b =>
            (ScopeUnrestricted || ScopeZoneIds.Contains(b.ZoneId)) && (ScopeAllEnterprises || (b.OwnerEnterpriseId != null && ScopeEnterpriseIds.Contains(b.OwnerEnterpriseId.Value))));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    private LambdaExpression BuildScopeFilter(Type clrType)
    {
        var row = Expression.Parameter(clrType, "row");
        var zoneId = clrType == typeof(Zone)
            ? Expression.Property(row, nameof(Zone.Id))
            : Expression.Property(row, nameof(IZoneOwned.ZoneId));
        var self = Expression.Constant(this);
        var unrestricted = Expression.Property(self, nameof(ScopeUnrestricted));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Property(self, nameof(ScopeZoneIds)), zoneId);
        Expression body = Expression.OrElse(unrestricted, contains);
        if (typeof(IEnterpriseOwned).IsAssignableFrom(clrType))
        {
            var enterpriseContains = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
                Expression.Property(self, nameof(ScopeEnterpriseIds)), Expression.Property(row, nameof(IEnterpriseOwned.EnterpriseId)));
            body = Expression.AndAlso(body, Expression.OrElse(Expression.Property(self, nameof(ScopeAllEnterprises)), enterpriseContains));
        }
        return Expression.Lambda(body, row);
    }
}
