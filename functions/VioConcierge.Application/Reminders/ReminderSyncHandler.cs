using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Brings contacts' reminders in line with their current state, whatever changed and in whatever order the changes
/// arrived: a live pending contact with an appointment gets (re)planned; a deleted, opted-out, do-not-call,
/// confirmed, cancelled or rescheduled one gets its reminder stopped. While the tenant is paused or suspended the
/// reminder is held.
/// </summary>
public sealed class ReminderSyncHandler(ITransactions database, ReminderEngine engine, TenantSettings settings, IContactCallState facts) : TenantWorkHandler<SyncPayload>(database)
{
    public override string Kind => WorkKinds.Sync;

    protected override async Task HandleAsync(IUnitOfWork uow, SyncPayload payload, CancellationToken ct)
    {
        await uow.PlanEachStatementAsync(ct);
        var (policy, tenantActive) = await settings.ActiveReminderPolicyAsync(uow, ct);
        var contacts = await facts.ReminderFactsAsync(uow, payload.ContactIds, ct);
        var events = contacts.Select(contact => (contact.Id, Event: EventFor(contact)))
            .Where(change => change.Event is not null).ToDictionary(change => change.Id, change => change.Event!);
        if (events.Count == 0)
        {
            return;
        }
        var states = await engine.ApplyManyAsync(uow, events, policy, ct);
        if (!tenantActive)
        {
            var held = states.Where(s => s.Value.Status is ReminderStatus.Scheduled or ReminderStatus.Calling)
                .ToDictionary(s => s.Key, ReminderEvent (_) => new ReminderEvent.TenantPaused());
            await engine.ApplyManyAsync(uow, held, policy, ct);
        }
    }

    public static ReminderEvent? EventFor(ContactReminderFacts contact) => contact switch
    {
        { Deleted: true } => new ReminderEvent.Stopped(DialRefusals.ContactDeleted),
        { DoNotCall: true } => new ReminderEvent.Stopped(DialRefusals.DoNotCall),
        { Status: ContactStatus.Confirmed or ContactStatus.Cancelled or ContactStatus.Rescheduled } =>
            new ReminderEvent.Stopped($"contact_{contact.Status}"),
        { AppointmentAt: { } at } => new ReminderEvent.AppointmentSet(at, contact.CallBeforeHours),
        _ => new ReminderEvent.AppointmentCleared(),
    };
}
