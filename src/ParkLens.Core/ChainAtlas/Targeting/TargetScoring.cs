using ParkLens.Core.ChainAtlas.Mapping;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.Targeting;

public enum CandidateOrigin
{
    /// <summary>An enterprise of another zone the caller may see (an authority's other zones).</summary>
    OtherZone,

    /// <summary>The imported national candidate pool (listed companies, 小巨人 lists …).</summary>
    NationalPool,
}

/// <summary>An outside enterprise that could fill a link. Revenue in 万元 (null = not known).</summary>
public sealed record Candidate(
    string Key, string Name, CandidateOrigin Origin, int? ZoneId, string? ZoneName, string ProvinceCode, string? CityCode,
    MatchSubject Subject, Certifications Certifications, bool IsListed, IReadOnlyList<string> Lists, decimal? Revenue,
    decimal? PreviousRevenue, bool IsSynthetic, string? Source);

/// <summary>A known relation between a local enterprise and an outside one (以商招商): it supplies us, or buys from us.</summary>
public sealed record LocalTie(string PartnerName, string LocalEnterpriseName, bool LocalIsLeader, bool PartnerSupplies, bool IsSynthetic = false);

/// <summary>The points each term can give; the defaults are ParkLens's and every score shows them term by term.</summary>
public sealed record TargetWeights(decimal Fit = 35, decimal Size = 14, decimal Growth = 6, decimal Tier = 20, decimal Ties = 15, decimal Distance = 10)
{
    public static TargetWeights Default { get; } = new();

    public decimal Total => Fit + Size + Growth + Tier + Ties + Distance;
}

/// <summary>One term of a target's score: points out of the most it can give, and why.</summary>
public sealed record ScoreTerm(string Key, decimal Points, decimal Max, string ReasonZh, string ReasonEn);

public sealed record ScoredTarget(Candidate Candidate, string SegmentId, decimal Score, IReadOnlyList<ScoreTerm> Terms, SegmentMatch Match);

/// <summary>Where the zone is, who its local chain enterprises deal with, and how to place a province on the map.</summary>
public sealed record TargetingContext(
    string HomeProvinceCode, Func<string, GeoPoint?> ProvincePoint, IReadOnlyDictionary<string, IReadOnlyList<LocalTie>> TiesByPartner,
    TargetWeights Weights)
{
    public static string NormaliseName(string name) => name.Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal).Trim();
}

public readonly record struct GeoPoint(double Longitude, double Latitude)
{
    /// <summary>Great-circle distance in km (haversine, mean Earth radius 6,371 km).</summary>
    public double KilometresTo(GeoPoint other)
    {
        const double R = 6371.0;
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
