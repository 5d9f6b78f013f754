using VioConcierge.Application.Notifications;

namespace VioConcierge.Functions.Notifications;

/// <summary>
/// The notifications' timers: every five minutes, the daily summaries and weekly reports that fell due (each user's
/// chosen local time) are queued, once per user and period; every night, feed items older than 90 days are purged.
/// Both are safe to run on several instances at once and to run late.
/// </summary>
public sealed class NotificationTimerFunctions(ReportScheduler reports, FeedPurge purge, ILogger<NotificationTimerFunctions> logger)
{
    public const string ReportSchedule = "0 */5 * * * *";
    public const string PurgeSchedule = "0 30 3 * * *";

    [Function(nameof(SendDueReports))]
    public async Task SendDueReports([TimerTrigger(ReportSchedule)] TimerInfo timer, CancellationToken ct)
    {
        var queued = await reports.RunAsync(ct);
        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} notification reports", queued);
        }
    }

    [Function(nameof(PurgeOldNotifications))]
    public async Task PurgeOldNotifications([TimerTrigger(PurgeSchedule)] TimerInfo timer, CancellationToken ct)
    {
        var deleted = await purge.RunAsync(ct);
        logger.LogInformation("Purged {Count} feed items past their retention", deleted);
    }
}
