using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>An active user of the tenant who may be told of an event, with their preferences (the defaults when never saved).</summary>
public sealed record Recipient(Guid UserId, string Email, string FullName, NotificationPreferences Preferences);
