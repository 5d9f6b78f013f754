using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Security;
using VioConcierge.Application.Work;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Webhooks.Calendar;

/// <summary>
/// Work kind <c>calendar.booking</c>: applies one recorded booking event (<see cref="BookingApplier"/>) and completes the
/// item in ONE transaction of the tenant, so the contact, its reminder sync, the links, the event row and the
/// completion commit together. An integration deleted or disabled since the delivery was accepted changes nothing.
/// </summary>
public sealed class CalendarBookingHandler(
    ITransactions database,
    ICalendarIntegrations integrations,
    BookingApplier applier,
    IFieldProtector protector,
    ILogger<CalendarBookingHandler> logger) : ITransactionalWorkHandler
{
    public string Kind => WebhookWorkKinds.CalendarBooking;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    public async Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId ?? throw new InvalidOperationException("A calendar booking without a tenant.");
        var payload = WorkPayload.Read<CalendarBookingPayload>(item);
        var booking = payload.Open(protector, tenantId);
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        var integration = await integrations.GetAsync(uow, booking.Provider, cancellationToken);
        if (integration is { Enabled: true } && integration.Id == payload.IntegrationId)
        {
            var decision = await applier.ApplyAsync(uow, integration.Id, integration.Settings, booking, cancellationToken);
            logger.LogInformation("{Provider} {Trigger} for integration {IntegrationId}: {Outcome} {Reason}",
                booking.Provider.Name(), booking.Trigger, integration.Id, decision.Outcome, decision.Reason);
        }
        else
        {
            logger.LogWarning("{Provider} booking for integration {IntegrationId} dropped: the integration is gone or disabled",
                booking.Provider.Name(), payload.IntegrationId);
        }
        if (completion is not null)
        {
            await completion.CompleteInAsync(uow, cancellationToken);
        }
        await uow.CommitAsync(cancellationToken);
    }
}
