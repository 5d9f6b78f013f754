using VioConcierge.Core.Calls;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Core.Reminders;

/// <summary>
/// The reminder workflow as a pure function: <c>Decide(state, event, now, policy) -> (state, commands)</c>. No I/O,
/// clock or randomness; the shell persists the state with its version and runs the commands in one transaction.
/// </summary>
public static partial class ReminderDecider
{
    public static Decision Decide(ReminderState state, ReminderEvent @event, DateTimeOffset now, ReminderPolicy policy) => @event switch
    {
        ReminderEvent.AppointmentSet set => OnAppointmentSet(state, set, now, policy),
        ReminderEvent.Stopped stopped => OnStopped(state, stopped.Reason),
        ReminderEvent.AppointmentCleared when state.Status != ReminderStatus.Idle => OnStopped(state, "appointment_removed"),
        ReminderEvent.TimerFired timer => OnTimerFired(state, timer.Seq, now, policy),
        ReminderEvent.CallDeferred deferred => OnDeferred(state, deferred, policy),
        ReminderEvent.CallConnected connected when IsCurrent(state, connected.Attempt) =>
            new(state with { Call = state.Call! with { Connected = true } }, [new ReminderCommand.Timeline("connected", now, connected.Attempt)]),
        ReminderEvent.OutcomeReceived outcome when IsCurrent(state, outcome.Attempt) => OnOutcome(state, outcome.Outcome, now, policy),
        ReminderEvent.OutcomeTimedOut timedOut when IsCurrent(state, timedOut.Attempt) =>
            OnOutcome(state, CallOutcome.Failed, now, policy, "outcome_timed_out"),
        ReminderEvent.TenantPaused => OnPaused(state, now),
        ReminderEvent.TenantResumed when state.Status == ReminderStatus.Paused => OnResumed(state, now, policy),
        ReminderEvent.PolicyChanged changed when state.Status == ReminderStatus.Scheduled => OnPolicyChanged(state, changed.Reason, now, policy),
        _ => Decision.Unchanged(state),
    };

    private static bool IsCurrent(ReminderState state, int attempt) =>
        state.Status == ReminderStatus.Calling && state.Call?.Attempt == attempt;

    /// <summary>A new or moved appointment starts a fresh reminder cycle; an unchanged one changes nothing.</summary>
    private static Decision OnAppointmentSet(ReminderState state, ReminderEvent.AppointmentSet set, DateTimeOffset now, ReminderPolicy policy)
    {
        if (state.AppointmentAt == set.AppointmentAt && state.CallBeforeHours == set.CallBeforeHours && state.Status != ReminderStatus.Idle)
        {
            return Decision.Unchanged(state);
        }
        var commands = new List<ReminderCommand>();
        if (state.Status == ReminderStatus.Calling)
        {
            commands.Add(new ReminderCommand.StopCall(state.Call!.Attempt));
        }
        var fresh = state with
        {
            AppointmentAt = set.AppointmentAt,
            CallBeforeHours = set.CallBeforeHours,
            Attempts = 0,
            Call = null,
            LastOutcome = null,
            DoneReason = null,
        };
        if (state.Status == ReminderStatus.Paused)
        {
            return new(fresh with { Status = ReminderStatus.Paused, NextCallAt = null }, [.. commands, new ReminderCommand.Timeline("replanned_while_paused", now)]);
        }
        var plan = ReminderPlanner.Plan(set.AppointmentAt, set.CallBeforeHours, policy.Calling, now);
        return Schedule(fresh, plan, commands, "planned");
    }

    private static Decision OnStopped(ReminderState state, string reason)
    {
        if (state.IsDone)
        {
            return Decision.Unchanged(state);
        }
        var commands = new List<ReminderCommand>();
        if (state.Status == ReminderStatus.Calling)
        {
            commands.Add(new ReminderCommand.StopCall(state.Call!.Attempt));
        }
        commands.Add(new ReminderCommand.Timeline(reason));
        return new(Done(state, reason), commands);
    }

    private static Decision OnTimerFired(ReminderState state, int seq, DateTimeOffset now, ReminderPolicy policy)
    {
        if (state.Status != ReminderStatus.Scheduled || seq != state.TimerSeq)
        {
            return Decision.Unchanged(state);
        }
        var check = policy.Calling.Check(now);
        if (!check.IsAllowed)
        {
            var next = policy.Calling.EarliestAllowedAtOrAfter(now, CutOff(state, policy));
            return Schedule(state, next is { } at ? PlannedCall.At(at, check.Reason) : PlannedCall.Skip(ReasonCodes.TooLate), [], "delayed");
        }
        var attempt = state.Attempts + 1;
        return new(
            state with { Status = ReminderStatus.Calling, Call = new ActiveCall(attempt, now), NextCallAt = null },
            [
                new ReminderCommand.PlaceCall(attempt),
                new ReminderCommand.ScheduleOutcomeCheck(attempt, now + ReminderPolicy.OutcomeTimeout),
                new ReminderCommand.Timeline("dialling", now, attempt),
            ]);
    }

    /// <summary>The call was not placed (limits, capacity, provider set-up): wait and try again, not counted.</summary>
    private static Decision OnDeferred(ReminderState state, ReminderEvent.CallDeferred deferred, ReminderPolicy policy)
    {
        if (!IsCurrent(state, deferred.Attempt))
        {
            return Decision.Unchanged(state);
        }
        var next = policy.Calling.EarliestAllowedAtOrAfter(deferred.RetryAt, CutOff(state, policy));
        var waiting = state with { Status = ReminderStatus.Scheduled, Call = null };
        if (next is { } again && state.WaitingFor == deferred.Reason)
        {
            // Still waiting for the same thing: try again quietly, the timeline already says why.
            var seq = state.TimerSeq + 1;
            return new(waiting with { NextCallAt = again, TimerSeq = seq }, [new ReminderCommand.ScheduleTimer(again, seq)]);
        }
        var decision = Schedule(waiting, next is { } at ? PlannedCall.At(at, deferred.Reason) : PlannedCall.Skip(ReasonCodes.TooLate), [], "delayed");
        return next is null ? decision : decision with { State = decision.State with { WaitingFor = deferred.Reason } };
    }

    private static Decision OnOutcome(ReminderState state, CallOutcome outcome, DateTimeOffset now, ReminderPolicy policy, string? code = null)
    {
        var attempt = state.Call!.Attempt;
        var record = new ReminderCommand.Timeline(code ?? $"outcome_{CallOutcomes.Name(outcome)}", now, attempt);
        if (!CallOutcomes.Counts(outcome))
        {
            var (delay, reason) = outcome == CallOutcome.Capacity
                ? (ReminderPolicy.CapacityDelay, "provider_capacity")
                : (ReminderPolicy.ProviderConfigurationDelay, "account_problem");
            var deferred = OnDeferred(state, new ReminderEvent.CallDeferred(attempt, now + delay, reason), policy);
            return deferred with { Commands = [record, .. deferred.Commands] };
        }
        var counted = state with { Attempts = attempt, Call = null, LastOutcome = outcome };
        return outcome switch
        {
            CallOutcome.Confirmed => Finish(counted, ContactStatus.Confirmed, "confirmed", now, record,
                new ReminderCommand.NotifyStaff(NotificationTypes.AppointmentConfirmed)),
            CallOutcome.Cancelled => Finish(counted, ContactStatus.Cancelled, "cancelled", now, record,
                new ReminderCommand.NotifyStaff(NotificationTypes.AppointmentCancelled)),
            CallOutcome.RescheduleRequested => Finish(counted, ContactStatus.Rescheduled, "reschedule_requested", now, record,
                new ReminderCommand.NotifyStaff(NotificationTypes.RescheduleRequested)),
            CallOutcome.InvalidNumber => Finish(counted, null, "invalid_number", now, record, new ReminderCommand.FlagContact("invalid_number"),
                new ReminderCommand.NotifyStaff(NotificationTypes.InvalidNumber)),
            CallOutcome.Spam => Finish(counted, null, "caller_id_flagged", now, record),
            CallOutcome.Transferred => Finish(counted, null, "transferred", now, record),
            CallOutcome.Stopped => Finish(counted, null, "call_stopped", now, record),
            _ => Retry(counted, outcome, now, policy, record),
        };
    }

    private static Decision Retry(ReminderState state, CallOutcome outcome, DateTimeOffset now, ReminderPolicy policy, ReminderCommand record)
    {
        var contact = new ReminderCommand.UpdateContact(null, CountAttempt: true, ContactedAt: now);
        if (state.Attempts >= policy.MaxAttempts)
        {
            return new(Done(state, "attempts_exhausted"),
                [record, contact, new ReminderCommand.Timeline("attempts_exhausted", now), new ReminderCommand.NotifyStaff(NotificationTypes.AttemptsExhausted)]);
        }
        var plan = ReminderPlanner.Retry(now, policy.DelayAfter(outcome, state.Attempts), state.AppointmentAt!.Value, policy.Calling);
        return Schedule(state, plan, [record, contact], "retry_planned");
    }

    private static Decision Finish(ReminderState state, string? contactStatus, string reason, DateTimeOffset now, params ReminderCommand[] extra) =>
        new(Done(state, reason), [.. extra, new ReminderCommand.UpdateContact(contactStatus, CountAttempt: true, ContactedAt: now)]);

    private static Decision OnPaused(ReminderState state, DateTimeOffset now)
    {
        if (state.Status is not (ReminderStatus.Scheduled or ReminderStatus.Calling))
        {
            return Decision.Unchanged(state);
        }
        var commands = new List<ReminderCommand>();
        if (state.Status == ReminderStatus.Calling)
        {
            commands.Add(new ReminderCommand.StopCall(state.Call!.Attempt));
        }
        commands.Add(new ReminderCommand.Timeline("tenant_paused", now));
        return new(state with { Status = ReminderStatus.Paused, Call = null, NextCallAt = null, TimerSeq = state.TimerSeq + 1 }, commands);
    }

    private static Decision OnResumed(ReminderState state, DateTimeOffset now, ReminderPolicy policy)
    {
        var plan = state.Attempts == 0
            ? ReminderPlanner.Plan(state.AppointmentAt!.Value, state.CallBeforeHours, policy.Calling, now)
            : ReminderPlanner.Retry(now, TimeSpan.Zero, state.AppointmentAt!.Value, policy.Calling);
        return Schedule(state with { Status = ReminderStatus.Scheduled }, plan, [new ReminderCommand.Timeline("tenant_resumed", now)], "planned");
    }

    private static Decision Schedule(ReminderState state, PlannedCall plan, IReadOnlyList<ReminderCommand> before, string code)
    {
        if (plan.IsSkipped)
        {
            return new(Done(state, plan.SkipReason!), [.. before, new ReminderCommand.Timeline(plan.SkipReason!)]);
        }
        var seq = state.TimerSeq + 1;
        var at = plan.When!.Value;
        var commands = new List<ReminderCommand>(before) { new ReminderCommand.ScheduleTimer(at, seq), new ReminderCommand.Timeline(code, at) };
        if (plan.MovedBecause is { } reason)
        {
            commands.Add(new ReminderCommand.Timeline(reason, at));
        }
        return new(state with { Status = ReminderStatus.Scheduled, NextCallAt = at, TimerSeq = seq, DoneReason = null, WaitingFor = null }, commands);
    }

    /// <summary>The latest moment the reminder's next attempt may take: the first call's cut-off, or the retries'.</summary>
    private static DateTimeOffset CutOff(ReminderState state, ReminderPolicy policy) => state.Attempts == 0
        ? policy.Calling.FirstCallCutOff(state.AppointmentAt!.Value, state.CallBeforeHours)
        : policy.Calling.RetryCutOff(state.AppointmentAt!.Value);

    private static ReminderState Done(ReminderState state, string reason) =>
        state with { Status = ReminderStatus.Done, DoneReason = reason, NextCallAt = null, Call = null, TimerSeq = state.TimerSeq + 1 };
}
