namespace VioConcierge.Application.Notifications;

public sealed record PlatformNotificationPayload(string Kind, string Detail);
