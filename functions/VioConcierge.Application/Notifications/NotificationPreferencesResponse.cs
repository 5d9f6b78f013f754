using System.Globalization;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// A user's notification preferences (the defaults until saved: version 0), with the tenant's time zone their times
/// are in.
/// </summary>
public sealed record NotificationPreferencesResponse(
    CallCompletion CallCompletion,
    bool ConfirmationAlerts,
    bool CancellationAlerts,
    bool IntegrationAlerts,
    DailySummaryBody DailySummary,
    WeeklyReportBody WeeklyReport,
    QuietHoursBody QuietHours,
    ChannelsBody Channels,
    string TimeZone,
    int Version)
{
    public static NotificationPreferencesResponse From(NotificationPreferences value, int version, string timeZone) => new(
        value.CallCompletion, value.ConfirmationAlerts, value.CancellationAlerts, value.IntegrationAlerts,
        new DailySummaryBody(value.DailySummary, Text(value.DailySummaryAt)),
        new WeeklyReportBody(value.WeeklyReport, value.WeeklyReportDay, Text(value.WeeklyReportAt)),
        new QuietHoursBody(value.QuietHours.Enabled, Text(value.QuietHours.Start), Text(value.QuietHours.End)),
        new ChannelsBody(value.InApp, value.Email),
        timeZone, version);

    private static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
