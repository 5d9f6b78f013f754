namespace VioConcierge.Application.Tenants;

public sealed record TenantStatusPayload(bool Paused);
