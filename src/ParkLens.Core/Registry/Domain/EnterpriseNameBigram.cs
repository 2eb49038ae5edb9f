using ParkLens.Core.Common;

namespace ParkLens.Core.Registry.Domain;

/// <summary>
/// One posting of the short-fragment search index: a character pair of an enterprise's name (ASCII letters lower-cased),
/// with the name itself so that a page of hits is ranked from the index alone. Written only by database triggers on
/// <c>Registry_Enterprises</c> (migration AddNameBigrams), so every write path keeps it exact; never by EF.
/// </summary>
internal sealed class EnterpriseNameBigram : IEnterpriseOwned
{
    public string Bigram { get; set; } = "";

    public int ZoneId { get; set; }

    public string Name { get; set; } = "";

    public int EnterpriseId { get; set; }
}
