using ParkLens.Core.Common;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.EnterpriseTiers.Rules;

namespace ParkLens.Core.EnterpriseTiers.SeedTierDemoData;

/// <summary>
/// Synthetic certificate histories: an enterprise that holds a tier at a reference year-end gets certificates that make it
/// hold there (first issued on a chosen year), renewals after it, and sometimes an earlier certificate before it.
/// </summary>
internal sealed class CertificateHistory(Random random, int lastYear, DateOnly today, Provenance provenance)
{
    public List<TierApplication> ForHolder(int zoneId, int enterpriseId, string provinceCode, Tier tier, int referenceYear, int? firstYear)
    {
        var validity = TierValidity.Of(tier);
        var result = new List<TierApplication>();
        if (validity.UntilYearEnd)
        {
            var start = firstYear ?? referenceYear - random.Next(1, 4);
            for (var year = start; year <= lastYear; year++)
            {
                if (year > referenceYear && random.NextDouble() < 0.08)
                {
                    break;
                }
                result.Add(Certified(zoneId, enterpriseId, provinceCode, tier, year, validity));
            }
            return result;
        }
        var issue = firstYear ?? referenceYear - random.Next(1, validity.Years);
        if (firstYear is null && random.NextDouble() < 0.4)
        {
            result.Add(Certified(zoneId, enterpriseId, provinceCode, tier, issue - validity.Years, validity));
        }
        for (; issue <= lastYear; issue += validity.Years)
        {
            result.Add(Certified(zoneId, enterpriseId, provinceCode, tier, issue, validity));
            if (random.NextDouble() > 0.85)
            {
                break;
            }
        }
        return result;
    }

    /// <summary>An application of the current batch year still under way, at the given step.</summary>
    public TierApplication Open(int zoneId, int enterpriseId, Tier tier, int batchYear, ApplicationStatus status)
    {
        var submitted = Clamp(new DateOnly(batchYear, 3, 1).AddDays(random.Next(0, 60)));
        var application = New(zoneId, enterpriseId, tier, batchYear, submitted);
        application.Status = status;
        if (status >= ApplicationStatus.Accepted)
        {
            application.AcceptedOn = Clamp(submitted.AddDays(random.Next(20, 50)));
        }
        if (status >= ApplicationStatus.Publicized)
        {
            application.PublicizedOn = Clamp(application.AcceptedOn!.Value.AddDays(random.Next(60, 120)));
        }
        return application;
    }

    private TierApplication Certified(int zoneId, int enterpriseId, string provinceCode, Tier tier, int year, TierValidity validity)
    {
        var decided = new DateOnly(year, 1 + random.Next(0, 12), 1 + random.Next(0, 28));
        var application = New(zoneId, enterpriseId, tier, year, decided.AddDays(-random.Next(120, 200)));
        application.Status = ApplicationStatus.Certified;
        application.AcceptedOn = application.SubmittedOn.AddDays(random.Next(20, 40));
        application.PublicizedOn = decided.AddDays(-random.Next(10, 30));
        application.DecidedOn = decided;
        application.ValidFrom = decided;
        application.ValidUntil = validity.ValidUntil(decided);
        // Only the 高企 certificate number has a well-known public layout: GR + year + province code + serial.
        application.CertificateNumber = tier == Tier.HighTech ? $"GR{year}{provinceCode}{random.Next(1, 9999):D6}" : null;
        return application;
    }

    private TierApplication New(int zoneId, int enterpriseId, Tier tier, int batchYear, DateOnly submitted) => new()
    {
        ZoneId = zoneId, EnterpriseId = enterpriseId, Tier = tier, BatchYear = batchYear, SubmittedOn = submitted, IsSynthetic = true,
        Provenance = provenance.Copy(),
    };

    private DateOnly Clamp(DateOnly day) => day > today ? today : day;
}
