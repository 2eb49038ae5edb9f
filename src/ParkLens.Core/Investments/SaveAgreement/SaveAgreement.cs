using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.SaveAgreement;

/// <summary>Records or replaces the investment agreement of a signed project (amounts in 万元).</summary>
public sealed record SaveAgreementCommand(
    int ProjectId, DateOnly SignedOn, decimal? CommittedInvestment = null, decimal? LandMu = null, decimal? InvestmentIntensity = null,
    DateOnly? StartBy = null, DateOnly? ProductionBy = null, DateOnly? FullOutputBy = null, decimal? AnnualOutput = null, decimal? AnnualTax = null,
    decimal? TaxPerMu = null, int? OutputFromYear = null, int? IdleLandMonths = null, string? Remedies = null, string? Document = null);

public sealed class SaveAgreementHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SaveAgreementCommand command, CancellationToken ct)
    {
        if (!InvestmentProblems.CanWrite(actor))
        {
            return CommandResult.Refused(InvestmentProblems.NotPermitted.For("role"));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == command.ProjectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(InvestmentProblems.NoProject.For("projectId", command.ProjectId));
        }
        var problems = Check(command, clock);
        if (!ProjectTransitions.HasReached(project.Stage, project.SuspendedFrom, ProjectStage.Contracted)
            && !(project.Stage == ProjectStage.Terminated && await db.ProjectStageChanges.AnyAsync(h => h.ProjectId == project.Id && h.To == ProjectStage.Contracted, ct)))
        {
            problems.Insert(0, InvestmentProblems.NotSigned.For("projectId"));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var agreement = await db.InvestmentAgreements.FirstOrDefaultAsync(a => a.ProjectId == project.Id, ct);
        if (agreement is null)
        {
            agreement = new InvestmentAgreement { ZoneId = project.ZoneId, ProjectId = project.Id };
            db.InvestmentAgreements.Add(agreement);
        }
        agreement.SignedOn = command.SignedOn;
        agreement.CommittedInvestment = command.CommittedInvestment;
        agreement.LandMu = command.LandMu;
        agreement.InvestmentIntensity = command.InvestmentIntensity;
        agreement.StartBy = command.StartBy;
        agreement.ProductionBy = command.ProductionBy;
        agreement.FullOutputBy = command.FullOutputBy;
        agreement.AnnualOutput = command.AnnualOutput;
        agreement.AnnualTax = command.AnnualTax;
        agreement.TaxPerMu = command.TaxPerMu;
        agreement.OutputFromYear = command.OutputFromYear;
        agreement.IdleLandMonths = command.IdleLandMonths;
        agreement.Remedies = InvestmentProblems.Clean(command.Remedies);
        agreement.Document = InvestmentProblems.Clean(command.Document);
        agreement.Provenance = Provenance.Of(DataSource.Form, "投资协议", clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(agreement.Id);
    }

    internal static List<Problem> Check(SaveAgreementCommand c, TimeProvider clock)
    {
        var problems = new List<Problem>();
        if (c.SignedOn > clock.Today())
        {
            problems.Add(InvestmentProblems.DateInFuture.For("signedOn", c.SignedOn));
        }
        problems.CheckAmount("committedInvestment", c.CommittedInvestment);
        problems.CheckAmount("landMu", c.LandMu);
        problems.CheckAmount("investmentIntensity", c.InvestmentIntensity);
        problems.CheckAmount("annualOutput", c.AnnualOutput);
        problems.CheckAmount("annualTax", c.AnnualTax);
        problems.CheckAmount("taxPerMu", c.TaxPerMu);
        if (c.IdleLandMonths is < 1 or > 120)
        {
            problems.Add(InvestmentProblems.Negative.For("idleLandMonths"));
        }
        if (c.OutputFromYear is { } year)
        {
            problems.CheckYear("outputFromYear", year, clock);
        }
        CheckOrder(problems, "startBy", c.StartBy, "signedOn", c.SignedOn);
        CheckOrder(problems, "productionBy", c.ProductionBy, "startBy", c.StartBy ?? c.SignedOn);
        CheckOrder(problems, "fullOutputBy", c.FullOutputBy, "productionBy", c.ProductionBy ?? c.StartBy ?? c.SignedOn);
        problems.CheckText("remedies", c.Remedies, 2000);
        problems.CheckText("document", c.Document, 400);
        return problems;
    }

    private static void CheckOrder(List<Problem> problems, string field, DateOnly? later, string earlierField, DateOnly earlier)
    {
        if (later is { } l && l < earlier)
        {
            problems.Add(InvestmentProblems.DeadlineOrder.For(field, field, earlierField));
        }
    }
}
