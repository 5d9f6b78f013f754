using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Applies what happened to a call session: refused before dialling, the provider's answer to the placement, the
/// call connecting, its outcome, and no outcome by the timeout. Reminder calls go through the reminder engine; Call Now
/// and campaign calls update the contact directly (and re-sync its reminder). A reminder call's outcome reaches its
/// reminder as an external event on the call's orchestration: the session records it, and a work item committed with
/// it raises the event (<see cref="WorkKinds.ReminderCallOutcome"/>). A session that ends (which frees its dialling
/// slot) with an outcome is its contact's last call. A second report of the same outcome changes nothing.
/// </summary>
public sealed class CallOutcomeService(
    ITransactions database,
    ICallSessionStore sessions,
    ContactCallUpdates contacts,
    IReminderEvents reminders,
    IWorkQueue queue,
    AutoPauseGuard autoPause,
    AppMetrics metrics,
    TimeProvider time)
{
    public async Task RefusedAsync(IUnitOfWork uow, CallSessionRow session, string reason, DateTimeOffset? retryAt, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        session.Apply(new CallSessionEvent.Refused(reason), now);
        await sessions.SaveAsync(uow, session, ct);
        if (session.ReminderId is null)
        {
            await contacts.LineAsync(uow, session, reason, ct);
            return;
        }
        ReminderEvent @event = reason switch
        {
            DialRefusals.ContactDeleted or DialRefusals.DoNotCall => new ReminderEvent.Stopped(reason),
            DialRefusals.TenantNotActive => new ReminderEvent.TenantPaused(),
            _ => new ReminderEvent.CallDeferred(session.Attempt!.Value, retryAt ?? now.AddMinutes(5), reason),
        };
        await reminders.ApplyAsync(uow, session.ContactId, @event, ct);
    }

    /// <summary>Records the provider's answer to a placement; <paramref name="completion"/> completes the placing work item with it.</summary>
    public async Task PlacementResultAsync(Guid tenantId, Guid sessionId, PlaceCallResult result, WorkCompletion? completion, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        await PlacementResultAsync(uow, sessionId, result, completion, ct);
        await uow.CommitAsync(ct);
    }

    /// <summary><see cref="PlacementResultAsync(Guid, Guid, PlaceCallResult, WorkCompletion?, CancellationToken)"/> in the caller's transaction, scoped to the session's tenant.</summary>
    public async Task PlacementResultAsync(IUnitOfWork uow, Guid sessionId, PlaceCallResult result, WorkCompletion? completion, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null)
        {
            return;
        }
        if (session.Status != CallSessionStatus.Initiated)
        {
            // The provider's events overtook its answer: only its call id is kept.
            if (session.Apply(new CallSessionEvent.Placed(result.ProviderCallId), now))
            {
                await sessions.SaveAsync(uow, session, ct);
            }
            return;
        }
        if (result.Placed)
        {
            session.Apply(new CallSessionEvent.Placed(result.ProviderCallId), now);
            await sessions.SaveAsync(uow, session, ct);
        }
        else if (result.Failure is PlacementFailure.Timeout)
        {
            // The call may have been placed: the session stays open for its webhook (or the outcome check).
            session.Apply(new CallSessionEvent.PlacementUnconfirmed(), now);
            await sessions.SaveAsync(uow, session, ct);
        }
        else
        {
            var reason = result.Failure switch
            {
                PlacementFailure.Capacity => "provider_capacity",
                PlacementFailure.InvalidRequest or PlacementFailure.ProviderError => "provider_error",
                PlacementFailure.Account => "provider_account",
                _ => "voice_configuration",
            };
            if (reason == "provider_error" && session.ReminderId is not null)
            {
                await EndAsync(uow, session, CallOutcome.Failed, reason, ct);
                await reminders.ApplyAsync(uow, session.ContactId, new ReminderEvent.OutcomeReceived(session.Attempt!.Value, CallOutcome.Failed), ct);
            }
            else
            {
                var delay = reason == "provider_capacity" ? ReminderPolicy.CapacityDelay : ReminderPolicy.ProviderConfigurationDelay;
                await RefusedAsync(uow, session, reason, now + delay, ct);
            }
        }
        if (completion is not null)
        {
            await completion.TryCompleteInAsync(uow, ct);
        }
    }

    /// <summary>
    /// The customer answered (at <paramref name="connectedAt"/>, the provider's time, when known). Ignored once the call
    /// has an outcome, so a late report changes nothing. <paramref name="providerCallId"/> fills in the provider's id
    /// when its event overtook the placement result.
    /// </summary>
    public async Task<bool> ConnectedAsync(Guid tenantId, Guid sessionId, CancellationToken ct, DateTimeOffset? connectedAt = null, string? providerCallId = null)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null || !session.Apply(new CallSessionEvent.Connected(connectedAt, providerCallId), now))
        {
            return session is not null;
        }
        await sessions.SaveAsync(uow, session, ct);
        if (session.ReminderId is not null)
        {
            await reminders.ApplyAsync(uow, session.ContactId, new ReminderEvent.CallConnected(session.Attempt!.Value), ct);
        }
        await uow.CommitAsync(ct);
        return true;
    }

    /// <summary>Records a call's outcome once; returns false when the session does not exist for the tenant.</summary>
    public async Task<bool> OutcomeAsync(Guid tenantId, Guid sessionId, CallOutcome outcome, CancellationToken ct, string? providerCallId = null)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null)
        {
            return false;
        }
        if (session.Outcome is not null)
        {
            return true;
        }
        await EndAsync(uow, session, outcome, null, ct, providerCallId);
        if (session.ReminderId is not null)
        {
            var payload = new ReminderCallOutcome(tenantId, session.Id, session.ContactId, session.Attempt!.Value, outcome);
            await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.ReminderCallOutcome, WorkPayload.Write(payload), time.GetUtcNow(), tenantId,
                $"call:{session.Id}:outcome"), ct);
        }
        else
        {
            await contacts.WithoutReminderAsync(uow, session, outcome, $"outcome_{CallOutcomes.Name(outcome)}", ct);
        }
        await autoPause.CheckAsync(uow, ct);
        await uow.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// No outcome came for the open <paramref name="session"/> (locked by the caller) by the outcome timeout, neither by
    /// webhook nor from the provider: the call ends failed (<c>no_outcome</c>). A call without a reminder updates its
    /// contact as a failed call; a reminder's attempt is timed out by its outcome check.
    /// </summary>
    public async Task TimedOutAsync(IUnitOfWork uow, CallSessionRow session, CancellationToken ct)
    {
        await EndAsync(uow, session, CallOutcome.Failed, "no_outcome", ct);
        if (session.ReminderId is null)
        {
            await contacts.WithoutReminderAsync(uow, session, CallOutcome.Failed, "outcome_timed_out", ct);
        }
    }

    /// <summary>Ends the session with its outcome (freeing its dialling slot) and records it as its contact's last call.</summary>
    private async Task EndAsync(IUnitOfWork uow, CallSessionRow session, CallOutcome outcome, string? error, CancellationToken ct, string? providerCallId = null)
    {
        var now = time.GetUtcNow();
        session.Apply(new CallSessionEvent.Ended(outcome, error, providerCallId), now);
        await sessions.SaveAsync(uow, session, ct);
        uow.OnCommitted(() => metrics.CallEnded(outcome));
        await contacts.LastCallAsync(uow, session, outcome, now, ct);
    }
}
