using System.ComponentModel.DataAnnotations;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// PUT /api/me/notifications: every preference (the request replaces them all); <see cref="Version"/> or If-Match
/// guards lost updates.
/// </summary>
public sealed record NotificationPreferencesRequest(
    [property: Required] CallCompletion? CallCompletion,
    [property: Required] bool? ConfirmationAlerts,
    [property: Required] bool? CancellationAlerts,
    [property: Required] bool? IntegrationAlerts,
    [property: Required] DailySummaryBody? DailySummary,
    [property: Required] WeeklyReportBody? WeeklyReport,
    [property: Required] QuietHoursBody? QuietHours,
    [property: Required] ChannelsBody? Channels,
    int? Version);
