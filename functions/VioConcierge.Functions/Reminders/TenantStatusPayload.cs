namespace VioConcierge.Functions.Reminders;

public sealed record TenantStatusPayload(bool Paused);
