using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.Work;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Reminders;

/// <summary>A tenant was paused or suspended (hold every reminder, stop live calls) or resumed (re-plan them).</summary>
public sealed class TenantStatusHandler(ITransactions database, ReminderEngine engine, IReminderStore reminders, TenantSettings settings)
    : TenantWorkHandler<TenantStatusPayload>(database)
{
    public override string Kind => WorkKinds.TenantStatus;

    protected override async Task HandleAsync(IUnitOfWork uow, TenantStatusPayload payload, CancellationToken ct)
    {
        var policy = await settings.ReminderPolicyAsync(uow, ct);
        var affected = await reminders.ContactsInStatusAsync(uow, payload.Paused ? ["scheduled", "calling"] : ["paused"], ct);
        ReminderEvent @event = payload.Paused ? new ReminderEvent.TenantPaused() : new ReminderEvent.TenantResumed();
        foreach (var contactId in affected)
        {
            await engine.ApplyAsync(uow, contactId, @event, policy, ct);
        }
    }
}
