using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

internal static class ProvenanceMapping
{
    public static void MapProvenance<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.ComplexProperty(typeof(Provenance), nameof(Provenance), p =>
        {
            p.Property(nameof(Common.Provenance.Source)).HasConversion<string>().HasMaxLength(20);
            p.Property(nameof(Common.Provenance.SourceRef)).HasMaxLength(400);
            p.Property(nameof(Common.Provenance.UpdatedBy)).HasMaxLength(200);
        });
    }
}
