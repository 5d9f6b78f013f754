using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Calls;

/// <summary>
/// What a call's end does to its contact. Every call that ends, whatever ended it (its webhook, a lookup, the outcome
/// timeout, a stop), records the contact's last call: its outcome and when it ended. A Call Now or campaign call, which
/// has no reminder to decide for it, also sets the status its outcome means, counts the attempt, flags an invalid
/// number, writes its timeline line and re-syncs the contact's own reminder.
/// </summary>
public sealed class ContactCallUpdates(PostgresTimelineStore timeline, ReminderSync reminders, TimeProvider time)
{
    public Task LastCallAsync(UnitOfWork uow, CallSessionRow session, CallOutcome outcome, DateTimeOffset endedAt, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE contacts SET last_call_outcome = @Outcome, last_contact_at = @EndedAt
            WHERE tenant_id = @TenantId AND id = @ContactId
            """, new { Outcome = CallOutcomes.Name(outcome), EndedAt = endedAt, uow.TenantId, session.ContactId }, ct);

    /// <summary>The outcome of a call without a reminder, with the timeline line <paramref name="code"/>.</summary>
    public async Task WithoutReminderAsync(UnitOfWork uow, CallSessionRow session, CallOutcome outcome, string code, CancellationToken ct)
    {
        await uow.ExecuteAsync("""
            UPDATE contacts SET status = coalesce(@Status, status), call_attempts = call_attempts + @Count,
                flagged_reason = CASE WHEN @Invalid THEN 'invalid_number' ELSE flagged_reason END, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @ContactId
            """, new
        {
            Status = CallOutcomes.ContactStatusFor(outcome),
            Count = CallOutcomes.Counts(outcome) ? 1 : 0,
            Now = time.GetUtcNow(),
            Invalid = outcome == CallOutcome.InvalidNumber,
            uow.TenantId,
            session.ContactId,
        }, ct);
        await LineAsync(uow, session, code, ct);
        // A status the call set (confirmed, cancelled, rescheduled) stops the contact's own reminder, as a staff edit would.
        await reminders.EnqueueAsync(uow, [session.ContactId], ct);
    }

    public Task LineAsync(UnitOfWork uow, CallSessionRow session, string code, CancellationToken ct) =>
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
