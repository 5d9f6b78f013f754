using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// A user's saved preferences, their version, and the local dates their daily summary and weekly report were last
/// sent for (the date each was due on), so a report goes once per period whatever instance runs the timer.
/// </summary>
public sealed record StoredPreferences(NotificationPreferences Value, int Version, DateOnly? DailySentOn, DateOnly? WeeklySentOn);
