namespace VioConcierge.Application.Reminders;

public sealed record PlatformNotificationPayload(string Kind, string Detail);
