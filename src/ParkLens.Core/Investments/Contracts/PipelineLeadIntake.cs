using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Investments.Domain;

namespace ParkLens.Core.Investments.Contracts;

/// <summary>A chain target handed over by the atlas becomes a project at 线索, sourced 产业链招商, filed under its chain link.</summary>
internal sealed class PipelineLeadIntake : IProjectLeadIntake
{
    public Task AddAsync(ParkDbContext db, ProjectLeadRequest lead, string actor, DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        var score = lead.Score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        var note = $"{lead.Source}；招商目标评分 {score}" + (lead.Note is null ? "" : $"；{lead.Note}");
        db.Projects.Add(new Project
        {
            ZoneId = lead.ZoneId, Name = Truncate($"{lead.CompanyName}（以链招商线索）", 200), InvestorName = Truncate(lead.CompanyName, 200),
            ChainKey = lead.ChainKey, SegmentId = lead.SegmentId, Source = ProjectSource.ChainTargeting, Stage = ProjectStage.Lead,
            StageSince = today, CreatedOn = today, LastProgressOn = today, Note = Truncate(note, 1000),
            OriginRef = Truncate($"chain:{lead.ChainKey}:{lead.CandidateKey}", 120),
            Provenance = Provenance.Of(DataSource.Form, lead.Source, nowUtc, actor),
        });
        return Task.CompletedTask;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
