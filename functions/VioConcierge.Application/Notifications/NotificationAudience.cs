namespace VioConcierge.Application.Notifications;

/// <summary>The tenant's name and time zone, and its active users an event or report may go to.</summary>
public sealed record NotificationAudience(string TenantName, string TimeZone, IReadOnlyList<Recipient> Users);
