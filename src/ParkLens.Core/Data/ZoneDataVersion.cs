using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

/// <summary>
/// A counter per zone, raised in the transaction of every write to the zone's rows (see <see cref="ZoneVersions"/>). A
/// result computed from a zone and kept in memory is current as long as the zone's version has not moved, which one
/// indexed read tells, on every instance of the app.
/// </summary>
internal sealed class ZoneDataVersion : IZoneOwned
{
    /// <summary>Always the zone's id, so that each zone has one row and the upsert needs no generated key.</summary>
    public int Id { get; set; }

    public int ZoneId { get; set; }

    public long Version { get; set; }
}

internal sealed class ZoneDataVersionConfiguration : IEntityTypeConfiguration<ZoneDataVersion>
{
    // No foreign key to the zone: a version outlives a deleted zone, so an id the database hands out again never meets
    // a result cached for the zone that had it before.
    public void Configure(EntityTypeBuilder<ZoneDataVersion> builder) => builder.ToTable(ZoneVersions.Table);
}
