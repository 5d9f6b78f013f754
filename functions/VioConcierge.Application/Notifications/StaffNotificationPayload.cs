namespace VioConcierge.Application.Notifications;

public sealed record StaffNotificationPayload(Guid ContactId, string Kind);
