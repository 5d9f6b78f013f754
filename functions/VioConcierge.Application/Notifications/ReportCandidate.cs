using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>An active user, of a tenant still served, with a daily summary or weekly report switched on.</summary>
public sealed record ReportCandidate(
    Guid TenantId, Guid UserId, string TimeZone, NotificationPreferences Preferences, DateOnly? DailySentOn, DateOnly? WeeklySentOn);
