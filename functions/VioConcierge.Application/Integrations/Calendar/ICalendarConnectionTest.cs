using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>Checks a tenant's saved calendar set-up against the provider with the stored key; stores nothing.</summary>
public interface ICalendarConnectionTest
{
    Task<CalendarTestResponse> RunAsync(Guid tenantId, CalendarProvider provider, CancellationToken ct);
}
