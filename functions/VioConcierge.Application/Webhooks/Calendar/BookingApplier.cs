using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Webhooks.Calendar;

/// <summary>
/// Applies one booking event in the tenant's transaction: finds the contact (booking links, then phone or email),
/// decides (<see cref="BookingDecider"/>), creates / updates / moves / cancels it through <see cref="ContactWriter"/>
/// as the system actor <c>integration:{provider}</c> (same validation, PHI screening, encryption, audit and reminder
/// sync as the API), links the booking identities, and records the outcome in <c>calendar_events</c>. A move, or a
/// booking for a cancelled contact, puts the contact back to pending so its reminder plans again. A booking that
/// could not be imported tells the tenant's users (provider and reason only).
/// </summary>
public sealed class BookingApplier(
    IBookingStore store,
    IContactStore contacts,
    ContactWriter writer,
    IWorkQueue queue,
    TimeProvider time)
{
    public async Task<BookingDecision> ApplyAsync(IUnitOfWork uow, Guid integrationId, CalendarIntegrationSettings rules, BookingEvent booking, CancellationToken ct)
    {
        var provider = booking.Provider.Name();
        var now = time.GetUtcNow();
        await store.LockAsync(uow, integrationId, ct);
        var linked = await store.FindLinkedAsync(uow, provider, booking.ExternalIds, ct);
        var matched = linked is null && booking.Kind is BookingEventKind.Created or BookingEventKind.Rescheduled
            ? await store.FindMatchAsync(uow, booking.Phone.E164, BookingContact.ToInput(booking, null).Email, ct)
            : null;
        var decision = BookingDecider.Decide(booking, rules, new BookingMatches(linked, matched), now);
        var applied = await ExecuteAsync(uow, ContactActor.System(uow.TenantId!.Value, $"integration:{provider}"), decision, booking, rules, ct);
        if (applied.ContactId is { } contactId && applied.Action is not (BookingAction.Skip or BookingAction.Fail or BookingAction.Ignore))
        {
            await store.LinkAsync(uow, provider, booking.ExternalIds, contactId, now, ct);
        }
        var recordId = Ids.New(time);
        await store.RecordAsync(uow, new CalendarEventRecord(recordId, integrationId, provider, booking.Trigger, booking.ExternalId,
            applied.Outcome, applied.Reason, applied.ContactId, booking.OccurredAt ?? now, now), ct);
        if (applied.Action == BookingAction.Fail)
        {
            await queue.EnqueueAsync(uow, NotificationWork.For(new NotificationEvent(NotificationTypes.CalendarImportFailed,
                Detail: $"{provider}:{applied.Reason}"), uow.TenantId, now, $"calendar:{recordId}"), ct);
        }
        return applied;
    }

    private async Task<BookingDecision> ExecuteAsync(
        IUnitOfWork uow, ContactActor actor, BookingDecision decision, BookingEvent booking, CalendarIntegrationSettings rules, CancellationToken ct)
    {
        var input = BookingContact.ToInput(booking, rules.CallBeforeHours);
        switch (decision.Action)
        {
            case BookingAction.Create:
                return Outcome(decision, await writer.CreateAsync(uow, actor, input, null, rules.CallBeforeHours, ct));
            case BookingAction.Update or BookingAction.Move:
                var row = await contacts.FindAsync(uow, decision.ContactId!.Value, includeDeleted: false, ct);
                var status = row!.Status == ContactStatus.Cancelled || row.AppointmentAt != booking.StartUtc ? ContactStatus.Pending : null;
                return Outcome(decision, await writer.UpdateAsync(uow, actor, row, input, null, status, ct));
            case BookingAction.Cancel:
                var cancelled = await contacts.FindAsync(uow, decision.ContactId!.Value, includeDeleted: false, ct);
                if (cancelled!.Status != ContactStatus.Cancelled && !await writer.SetStatusAsync(uow, actor, cancelled, ContactStatus.Cancelled,
                    $"Cancelled in {(booking.Provider == CalendarProvider.CalCom ? "Cal.com" : "Calendly")}", ct))
                {
                    throw new InvalidOperationException("The contact changed while its booking was being cancelled.");
                }
                return decision;
            default:
                return decision;
        }
    }

    /// <summary>The decision as carried out: the contact written, or a failed import with the reason the write was refused.</summary>
    private static BookingDecision Outcome(BookingDecision decision, Result<ContactWrite> written) => written.Kind switch
    {
        null => decision with { ContactId = written.Value!.Row.Id },
        FailureKind.Invalid when written.Detail == ContactWriter.PhiBlocked => BookingDecision.Fail(BookingReasons.PhiBlocked),
        FailureKind.Invalid => BookingDecision.Fail(BookingReasons.InvalidBooking),
        FailureKind.Conflict when written.Detail == ContactWriter.EmailInUse => BookingDecision.Fail(BookingReasons.EmailInUse),
        _ => throw new InvalidOperationException("The contact changed while its booking was being applied."),
    };
}
