using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

/// <summary>
/// The one context of ParkLens. Provider subclasses exist only to carry their own migration sets.
/// Every <see cref="IZoneOwned"/> entity is filtered to the current actor's <see cref="DataScope"/>.
/// </summary>
public abstract class ParkDbContext : DbContext
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

    internal DbSet<LandParcel> Parcels => Set<LandParcel>();

    internal DbSet<Building> Buildings => Set<Building>();

    internal DbSet<PublishedFact> PublishedFacts => Set<PublishedFact>();

    internal ICurrentActor Actor => _actor;

    // Read by the query filters; EF evaluates these per query, so one cached model serves every caller.
    internal bool ScopeUnrestricted => _actor.Scope.Unrestricted;

    internal IReadOnlyCollection<int> ScopeZoneIds => _actor.Scope.ZoneIds;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ParkDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IZoneOwned).IsAssignableFrom(t.ClrType)))
        {
            entity.SetQueryFilter(BuildScopeFilter(entity.ClrType));
        }
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
        return Expression.Lambda(Expression.OrElse(unrestricted, contains), row);
    }
}
