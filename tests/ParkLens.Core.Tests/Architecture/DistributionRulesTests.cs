using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Tests.Architecture;

public sealed class DistributionRulesTests
{
    /// <summary>
    /// Zone-owned columns that refer to another table without a foreign key, each with the reason. A distributed database
    /// enforces a foreign key only within a zone, so a reference that may cross zones cannot be one (docs/scaling.md).
    /// </summary>
    private static readonly Dictionary<string, string> Unenforced = new()
    {
        // A land evaluation result is a snapshot of its run in the run's zone; the enterprise it rated may since have
        // moved to another zone (the registry import moves enterprises), and the result must stay with the run.
        ["Land_Results.EnterpriseId"] = "snapshot of a run; the enterprise may have moved zone since",
        // A search posting is derived from its enterprise row by triggers that also delete it (migration AddNameBigrams);
        // a cascading key would need a (ZoneId, EnterpriseId) index over about 14 postings per enterprise.
        ["Registry_EnterpriseNameBigrams.EnterpriseId"] = "search index posting kept by triggers on the enterprise row",
    };

    public static TheoryData<string> Providers => ["Data Source=:memory:", "Host=localhost;Database=parklens_model"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryTable_FollowsTheDistributionRules(string connection)
    {
        using var db = ParkDbContextFactory.Create(DatabaseSettings.Parse(connection), new FixedActor("test", DataScope.Everything));
        var model = db.GetService<IDesignTimeModel>().Model;

        var problems = DistributionRules.Check(model, Unenforced);

        problems.ShouldBeEmpty("tables that break the distribution rules:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheZoneOwnedTables_AreTheIZoneOwnedEntities_ExceptZonesItself(string connection)
    {
        using var db = ParkDbContextFactory.Create(DatabaseSettings.Parse(connection), new FixedActor("test", DataScope.Everything));
        var model = db.GetService<IDesignTimeModel>().Model;

        var zoneOwned = model.GetEntityTypes().Where(e => DistributionRules.Classify(e) == TableDistribution.Zone).Select(e => e.ClrType).ToHashSet();

        zoneOwned.ShouldBe(model.GetEntityTypes().Select(e => e.ClrType)
            .Where(t => typeof(IZoneOwned).IsAssignableFrom(t) && t != typeof(Zone)).ToHashSet(), ignoreOrder: true);
        model.FindEntityType(typeof(Zone))!.MarkedDistribution().ShouldBe(TableDistribution.Reference);
    }

    [Fact]
    public void TheChecker_ReportsEachBrokenRule_ByTable()
    {
        using var db = new BadContext();

        var problems = DistributionRules.Check(db.GetService<IDesignTimeModel>().Model, new Dictionary<string, string> { ["Bad_Gone.NoSuchId"] = "stale" });

        problems.ShouldBe(
        [
            "Bad_Children: primary key (Id) does not contain ZoneId",
            "Bad_Children: unique index (Code) does not contain ZoneId",
            "Bad_Children.OrderId: looks like a reference but is no foreign key; make it one (with ZoneId) or add it to the allow-list with the reason",
            "Bad_Codes: Reference table has a foreign key to Zone table Bad_Parents (ParentZoneId, ParentId)",
            "Bad_Loose: has no ZoneId and is marked neither IsReferenceTable() nor IsCoordinatorTable()",
            "Bad_Parents: foreign key to Bad_Children (ChildId) does not pair ZoneId with the principal's ZoneId",
            "Bad_Parents: foreign key to Bad_Children (ChildId) is ON DELETE SET NULL, which would null ZoneId; use ClientSetNull",
            "Bad_Gone.NoSuchId: is on the allow-list of unenforced references but no such column exists",
        ], ignoreOrder: true);
    }

    private sealed class Child
    {
        public int Id { get; set; }

        public int ZoneId { get; set; }

        public string Code { get; set; } = "";

        public int OrderId { get; set; }
    }

    private sealed class Parent
    {
        public int Id { get; set; }

        public int ZoneId { get; set; }

        public int? ChildId { get; set; }
    }

    private sealed class Code
    {
        public int Id { get; set; }

        public int ParentZoneId { get; set; }

        public int ParentId { get; set; }
    }

    private sealed class Loose
    {
        public int Id { get; set; }
    }

    private sealed class BadContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Child>(b =>
            {
                b.ToTable("Bad_Children");
                b.HasIndex(c => c.Code).IsUnique();
            });
            modelBuilder.Entity<Parent>(b =>
            {
                b.ToTable("Bad_Parents");
                b.HasKey(p => new { p.ZoneId, p.Id });
                b.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.SetNull);
            });
            modelBuilder.Entity<Code>(b =>
            {
                b.ToTable("Bad_Codes");
                b.IsReferenceTable();
                b.HasOne<Parent>().WithMany().HasForeignKey(c => new { c.ParentZoneId, c.ParentId });
            });
            modelBuilder.Entity<Loose>().ToTable("Bad_Loose");
        }
    }
}
