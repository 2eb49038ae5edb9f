using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Investments.Rules;

namespace ParkLens.Core.Investments.GetMeetingReport;

/// <summary>The 项目例会 report of a zone for a date range, with the 项目预报 of the month after the range.</summary>
public sealed record GetMeetingReportQuery(int? ZoneId, DateOnly From, DateOnly To, int StalledAfterDays = MeetingReport.DefaultStalledAfterDays);

public sealed record MeetingReportView(MeetingReportData Report, int ForecastYear, int ForecastMonth, IReadOnlyList<ForecastItem> Forecast);

public sealed class GetMeetingReportHandler(IDbContextFactory<ParkDbContext> dbs, IEnterpriseFigures registry, ICurrentActor actor)
{
    public static readonly ProblemRule RangeOrder = new("range-order", "开始日期 {0} 晚于结束日期 {1}", "the range starts ({0}) after it ends ({1})");

    public async Task<MeetingReportView?> HandleAsync(GetMeetingReportQuery query, CancellationToken ct)
    {
        if (query.From > query.To || query.StalledAfterDays < 1)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var projects = await ProjectLoader.ReadableAsync(db, registry, actor, query.ZoneId, ct);
        if (projects is null)
        {
            return null;
        }
        var report = MeetingReport.Build(projects, query.From, query.To, query.StalledAfterDays);
        var (year, month) = ProjectForecast.NextMonth(query.To);
        return new MeetingReportView(report, year, month, ProjectForecast.For(projects, year, month));
    }
}
