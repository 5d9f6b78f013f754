using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// Calendar integrations (<c>calendar_integrations</c>): one per tenant and provider, created by the first save of its
/// settings. <see cref="ResolveAsync"/> is the webhook's way in, before any tenant scope exists; the rest runs in the
/// tenant's transaction.
/// </summary>
public interface ICalendarIntegrations
{
    /// <summary>
    /// The integration a webhook URL names, whichever tenant owns it (through the SECURITY DEFINER function
    /// <c>calendar_integration_by_id</c>, migration 0012); null when there is none.
    /// </summary>
    Task<CalendarIntegration?> ResolveAsync(Guid integrationId, CancellationToken ct);

    /// <summary>The transaction's tenant's integration with <paramref name="provider"/>; null when never saved.</summary>
    Task<CalendarIntegrationRow?> GetAsync(IUnitOfWork uow, CalendarProvider provider, CancellationToken ct);

    /// <summary>
    /// Creates the integration (<paramref name="expectedVersion"/> 0, with <paramref name="newId"/>) or updates it if it
    /// is still at <paramref name="expectedVersion"/>; returns its id and new version, or null on a conflict.
    /// </summary>
    Task<(Guid Id, int Version)?> SaveAsync( IUnitOfWork uow, CalendarProvider provider, bool enabled, CalendarIntegrationSettings settings, int expectedVersion, Guid newId, Guid? by, DateTimeOffset now, CancellationToken ct);
}
