using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Run by a timer: for every active user whose daily summary or weekly report fell due (their chosen local time in the
/// tenant's zone) since it was last sent, enqueues that report's work and records it as sent, in one transaction. The
/// work item is keyed by user, report and period, so the report is sent once per period whichever instance runs and
/// however often; a report missed while the app was down goes once, for the latest period.
/// </summary>
public sealed class ReportScheduler(ITransactions database, INotificationPreferencesStore store, IWorkQueue queue, TimeProvider time)
{
    /// <summary>Enqueues the reports due now; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var work = new List<WorkRequest>();
        foreach (var candidate in await store.ReportCandidatesAsync(uow, ct))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(candidate.TimeZone, out var zone))
            {
                continue;
            }
            var preferences = candidate.Preferences;
            if (preferences.SendsDailySummary && Due(preferences.DailySchedule, candidate.DailySentOn, now, zone) is { } day)
            {
                work.Add(Request(candidate, ReportKind.Daily, preferences.DailySchedule.Period(day), now));
                await store.MarkReportSentAsync(uow, candidate.TenantId, candidate.UserId, ReportKind.Daily, day, ct);
            }
            if (preferences.WeeklyReport && Due(preferences.WeeklySchedule, candidate.WeeklySentOn, now, zone) is { } week)
            {
                work.Add(Request(candidate, ReportKind.Weekly, preferences.WeeklySchedule.Period(week), now));
                await store.MarkReportSentAsync(uow, candidate.TenantId, candidate.UserId, ReportKind.Weekly, week, ct);
            }
        }
        await queue.EnqueueManyAsync(uow, work, ct);
        await uow.CommitAsync(ct);
        return work.Count;
    }

    /// <summary>The key of one user's report for one period: its work item and its email.</summary>
    public static string Key(ReportPayload report) => $"report:{report.Report.ToString().ToLowerInvariant()}:{report.UserId:N}:{report.From:yyyy-MM-dd}";

    private static DateOnly? Due(ReportSchedule schedule, DateOnly? sentOn, DateTimeOffset now, TimeZoneInfo zone)
    {
        var latest = schedule.LatestDue(now, zone);
        return sentOn is { } sent && sent >= latest ? null : latest;
    }

    private static WorkRequest Request(ReportCandidate candidate, ReportKind kind, (DateOnly From, DateOnly To) period, DateTimeOffset now)
    {
        var payload = new ReportPayload(candidate.UserId, kind, period.From, period.To);
        return new WorkRequest(NotificationWorkKinds.Report, WorkPayload.Write(payload), now, candidate.TenantId, Key(payload));
    }
}
