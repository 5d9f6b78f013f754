using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Hands a reminder call's outcome to its reminder, and answers whether a call's reminder still waits for one (it is
/// calling that attempt, and this session is the attempt's latest: a try deferred before dialling is dialled again under
/// a new session). The decider ignores an outcome for an attempt that is no longer current, so applying twice changes
/// nothing.
/// </summary>
public sealed class ReminderCallOutcomes(ITransactions database, IReminderStore reminders, ICallSessionStore sessions, ReminderEngine engine)
{
    public async Task<bool> IsAwaitedAsync(Guid tenantId, Guid callSessionId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        if (await sessions.FindAsync(uow, callSessionId, forUpdate: false, ct) is not { ReminderId: { } reminderId, Attempt: { } attempt } session)
        {
            return false;
        }
        var reminder = await reminders.FindAsync(uow, session.ContactId, ct);
        return reminder is { Status: "calling" } && reminder.Id == reminderId && reminder.CallAttempt == attempt
            && (await sessions.FindByAttemptAsync(uow, reminderId, attempt, ct))?.Id == callSessionId;
    }

    public async Task ApplyAsync(ReminderCallOutcome outcome, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(outcome.TenantId, ct);
        await engine.ApplyAsync(uow, outcome.ContactId, new ReminderEvent.OutcomeReceived(outcome.Attempt, outcome.Outcome), null, ct);
        await uow.CommitAsync(ct);
    }
}
