using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.RecordSiteReview;

/// <summary>A 观摩点评 score (0–100) given to a project on a site review.</summary>
public sealed record RecordSiteReviewCommand(int ProjectId, DateOnly On, string Reviewer, decimal Score, string? Comment = null);

public sealed class RecordSiteReviewHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(RecordSiteReviewCommand command, CancellationToken ct)
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
        var problems = new List<Problem>();
        problems.CheckText("reviewer", command.Reviewer, 100, required: true);
        problems.CheckText("comment", command.Comment, 1000);
        if (command.Score is < 0 or > 100)
        {
            problems.Add(InvestmentProblems.ScoreRange.For("score"));
        }
        if (command.On > clock.Today())
        {
            problems.Add(InvestmentProblems.DateInFuture.For("on", command.On));
        }
        if (problems.Count > 0)
        {
            return CommandResult.Refused(problems);
        }
        var review = new SiteReview
        {
            ZoneId = project.ZoneId, ProjectId = project.Id, On = command.On, Reviewer = command.Reviewer.Trim(), Score = Math.Round(command.Score, 1),
            Comment = InvestmentProblems.Clean(command.Comment),
        };
        db.SiteReviews.Add(review);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(review.Id);
    }
}
