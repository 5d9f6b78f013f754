using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Hands a reminder call's outcome to its reminder: read for the call's orchestration, which decides, then carried
/// out; or applied at once when no orchestration waits. Answers whether a call's reminder still waits for an outcome
/// (it is calling that attempt, and this session is the attempt's latest: a try deferred before dialling is dialled
/// again under a new session). The decider ignores an outcome for an attempt that is no longer current, so applying
/// twice changes nothing.
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

    /// <summary>The reminder to decide the outcome on (<see cref="ReminderEngine.SnapshotAsync"/>).</summary>
    public async Task<ReminderSnapshot?> SnapshotAsync(ReminderCallOutcome outcome, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(outcome.TenantId, ct);
        return await engine.SnapshotAsync(uow, outcome.ContactId, ct);
    }

    /// <summary>Carries out the decision made on <paramref name="snapshot"/>; false when the reminder changed since.</summary>
    public async Task<bool> CarryOutAsync(ReminderCallOutcome outcome, ReminderSnapshot snapshot, Decision decision, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(outcome.TenantId, ct);
        if (!await engine.CarryOutAsync(uow, outcome.ContactId, snapshot, decision, ct))
        {
            return false;
        }
        await uow.CommitAsync(ct);
        return true;
    }

    /// <summary>Applies the outcome through the engine in one transaction (no orchestration waits for the call).</summary>
    public async Task ApplyAsync(ReminderCallOutcome outcome, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(outcome.TenantId, ct);
        await engine.ApplyAsync(uow, outcome.ContactId, new ReminderEvent.OutcomeReceived(outcome.Attempt, outcome.Outcome), null, ct);
        await uow.CommitAsync(ct);
    }
}
