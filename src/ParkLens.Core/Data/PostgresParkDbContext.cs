using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

public sealed class PostgresParkDbContext(DbContextOptions<PostgresParkDbContext> options, ICurrentActor actor)
    : ParkDbContext(options, actor)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The search postings compare and sort bytewise, i.e. by code point as SQLite does: a page of a common fragment is
        // the top of tens of thousands of names, which a linguistic collation sorts several times slower.
        builder.Entity<EnterpriseNameBigram>(b =>
        {
            b.Property(p => p.Bigram).UseCollation("C");
            b.Property(p => p.Name).UseCollation("C");
        });
    }
}
