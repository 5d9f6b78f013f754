using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>A tenant's saved integration with one provider, as its settings routes read it.</summary>
public sealed record CalendarIntegrationRow(
    Guid Id, bool Enabled, CalendarIntegrationSettings Settings, int Version, DateTimeOffset? LastEventAt);
