namespace VioConcierge.Application.Reminders;

public sealed record StaffNotificationPayload(Guid ContactId, string Kind);
