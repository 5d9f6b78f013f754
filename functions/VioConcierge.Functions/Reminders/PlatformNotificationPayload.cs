namespace VioConcierge.Functions.Reminders;

public sealed record PlatformNotificationPayload(string Kind, string Detail);
