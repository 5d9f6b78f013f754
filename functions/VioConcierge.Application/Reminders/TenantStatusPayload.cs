namespace VioConcierge.Application.Reminders;

public sealed record TenantStatusPayload(bool Paused);
