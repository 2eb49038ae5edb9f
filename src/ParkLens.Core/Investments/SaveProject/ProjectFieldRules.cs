using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.Investments.SaveProject;

/// <summary>The checks on a project's fields shared by the form and the import, and how they are written.</summary>
internal static class ProjectFieldRules
{
    public static async Task<List<Problem>> CheckAsync(ParkDbContext db, IChainDirectory chains, IEnterpriseFigures registry, int zoneId, ProjectFields f, CancellationToken ct)
    {
        var problems = CheckShape(f);
        if (f.SubParkId is { } subParkId && !(await registry.SubParksAsync(db, zoneId, ct)).ContainsKey(subParkId))
        {
            problems.Add(InvestmentProblems.NoSubPark.For("subParkId", subParkId));
        }
        if (f.EnterpriseId is { } enterpriseId && (await registry.FindAsync(db, enterpriseId, ct))?.ZoneId != zoneId)
        {
            problems.Add(InvestmentProblems.NoEnterprise.For("enterpriseId", enterpriseId));
        }
        if (f.ChainKey is not null || f.SegmentId is not null)
        {
            var outline = (await chains.ForZoneAsync(db, zoneId, ct)).FirstOrDefault(c => c.Key == f.ChainKey);
            if (outline is null)
            {
                problems.Add(InvestmentProblems.UnknownChain.For("chainKey", f.ChainKey ?? ""));
            }
            else if (f.SegmentId is not null && outline.Segments.All(s => s.Id != f.SegmentId))
            {
                problems.Add(InvestmentProblems.UnknownChain.For("segmentId", f.SegmentId));
            }
        }
        return problems;
    }

    /// <summary>Checks that need no database.</summary>
    public static List<Problem> CheckShape(ProjectFields f)
    {
        var problems = new List<Problem>();
        problems.CheckText("name", f.Name, 200, required: true);
        problems.CheckText("investorName", f.InvestorName, 200, required: true);
        problems.CheckText("leadOfficial", f.LeadOfficial, 100);
        problems.CheckText("commissioner", f.Commissioner, 100);
        problems.CheckText("department", f.Department, 100);
        problems.CheckText("note", f.Note, 1000);
        problems.CheckAmount("totalInvestment", f.TotalInvestment);
        problems.CheckAmount("fixedAssetInvestment", f.FixedAssetInvestment);
        problems.CheckAmount("foreignInvestment", f.ForeignInvestment);
        problems.CheckAmount("landNeedMu", f.LandNeedMu);
        problems.CheckAmount("floorSpaceNeedM2", f.FloorSpaceNeedM2);
        problems.CheckAmount("expectedAnnualOutput", f.ExpectedAnnualOutput);
        problems.CheckAmount("expectedAnnualTax", f.ExpectedAnnualTax);
        if (f.ExpectedJobs is < 0)
        {
            problems.Add(InvestmentProblems.Negative.For("expectedJobs"));
        }
        if (f.FixedAssetInvestment is { } fixedAssets && f.TotalInvestment is { } total && fixedAssets > total)
        {
            problems.Add(InvestmentProblems.PartExceedsWhole.For("fixedAssetInvestment", UiLanguage.Pick("固定资产投资", "fixed-asset investment"), fixedAssets,
                UiLanguage.Pick("总投资", "total investment"), total));
        }
        if (f.ForeignCurrency is { } currency)
        {
            if (currency.Trim().Length != 3 || !currency.Trim().All(char.IsAsciiLetterUpper))
            {
                problems.Add(InvestmentProblems.Currency.For("foreignCurrency"));
            }
            else if (f.ForeignInvestment is null)
            {
                problems.Add(InvestmentProblems.CurrencyWithoutAmount.For("foreignCurrency"));
            }
        }
        else if (f.ForeignInvestment is > 0)
        {
            problems.Add(InvestmentProblems.Currency.For("foreignCurrency"));
        }
        if (f.SegmentId is not null && f.ChainKey is null)
        {
            problems.Add(InvestmentProblems.Required.For("chainKey"));
        }
        return problems;
    }

    public static void Apply(Project p, ProjectFields f)
    {
        p.Name = f.Name.Trim();
        p.InvestorName = f.InvestorName.Trim();
        p.SubParkId = f.SubParkId;
        p.EnterpriseId = f.EnterpriseId;
        p.ChainKey = InvestmentProblems.Clean(f.ChainKey);
        p.SegmentId = InvestmentProblems.Clean(f.SegmentId);
        p.Source = f.Source;
        p.TotalInvestment = f.TotalInvestment;
        p.FixedAssetInvestment = f.FixedAssetInvestment;
        p.ForeignInvestment = f.ForeignInvestment;
        p.ForeignCurrency = InvestmentProblems.Clean(f.ForeignCurrency);
        p.LandNeedMu = f.LandNeedMu;
        p.FloorSpaceNeedM2 = f.FloorSpaceNeedM2;
        p.ExpectedAnnualOutput = f.ExpectedAnnualOutput;
        p.ExpectedAnnualTax = f.ExpectedAnnualTax;
        p.ExpectedJobs = f.ExpectedJobs;
        p.LeadOfficial = InvestmentProblems.Clean(f.LeadOfficial);
        p.Commissioner = InvestmentProblems.Clean(f.Commissioner);
        p.Department = InvestmentProblems.Clean(f.Department);
        p.Priority = f.Priority;
        p.Route = f.Route;
        p.Note = InvestmentProblems.Clean(f.Note);
    }
}
