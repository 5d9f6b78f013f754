namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>A tenant's connection to one booking calendar, as the webhook finds it by <see cref="Id"/> (its URL segment).</summary>
public sealed record CalendarIntegration(Guid Id, Guid TenantId, CalendarProvider Provider, bool Enabled, CalendarIntegrationSettings Settings);
