namespace VioConcierge.Functions.Reminders;

public sealed record StaffNotificationPayload(Guid ContactId, string Kind);
