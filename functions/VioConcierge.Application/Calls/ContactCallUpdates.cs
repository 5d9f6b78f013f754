using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Calls;

/// <summary>
/// What a call's end does to its contact. Every call that ends, whatever ended it (its webhook, a lookup, the outcome
/// timeout, a stop), records the contact's last call: its outcome and when it ended. A Call Now or campaign call, which
/// has no reminder to decide for it, also sets the status its outcome means, counts the attempt, flags an invalid
/// number, writes its timeline line, re-syncs the contact's own reminder and tells the tenant's users of a customer's
/// answer or an invalid number (as a reminder's decider does for its calls).
/// </summary>
public sealed class ContactCallUpdates(IContactCallState contacts, ITimelineStore timeline, ReminderSync reminders, IWorkQueue queue, TimeProvider time)
{
    public Task LastCallAsync(IUnitOfWork uow, CallSessionRow session, CallOutcome outcome, DateTimeOffset endedAt, CancellationToken ct) =>
        contacts.RecordLastCallAsync(uow, session.ContactId, CallOutcomes.Name(outcome), endedAt, ct);

    /// <summary>The outcome of a call without a reminder, with the timeline line <paramref name="code"/>.</summary>
    public async Task WithoutReminderAsync(IUnitOfWork uow, CallSessionRow session, CallOutcome outcome, string code, CancellationToken ct)
    {
        var result = new ContactCallResult(CallOutcomes.ContactStatusFor(outcome), CallOutcomes.Counts(outcome),
            InvalidNumber: outcome == CallOutcome.InvalidNumber);
        await contacts.ApplyCallResultAsync(uow, session.ContactId, result, time.GetUtcNow(), ct);
        await LineAsync(uow, session, code, ct);
        // A status the call set (confirmed, cancelled, rescheduled) stops the contact's own reminder, as a staff edit would.
        await reminders.EnqueueAsync(uow, [session.ContactId], ct);
        if (NotificationTypes.ForCallOutcome(outcome) is { } type)
        {
            await queue.EnqueueAsync(uow, NotificationWork.For(new NotificationEvent(type, session.ContactId), uow.TenantId, time.GetUtcNow(),
                $"call:{session.Id}:{type}"), ct);
        }
    }

    public Task LineAsync(IUnitOfWork uow, CallSessionRow session, string code, CancellationToken ct) =>
        timeline.AppendAsync(uow, new TimelineEntry
        {
            TenantId = session.TenantId,
            Id = Ids.New(time),
            ContactId = session.ContactId,
            CallSessionId = session.Id,
            OccurredAt = time.GetUtcNow(),
            Code = code,
        }, ct);
}
