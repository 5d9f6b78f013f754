using Microsoft.DurableTask;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// A reminder call's outcome reaches its reminder through the call's orchestration (one per call session, started by
/// the outcome's work item, <see cref="ReminderCallOutcomeHandler"/>). The outcome (from Retell's webhook or a lookup)
/// arrives as the external event <see cref="OutcomeEvent"/>; the orchestrator reads the reminder in an activity, runs
/// <see cref="ReminderDecider"/> on it itself (retry, confirm, cancel, notify), and an activity carries the decision
/// out, unless the reminder changed meanwhile (then it reads and decides again). Should no event come, it wakes every
/// <see cref="ReminderCallWatch.WakeEvery"/> and ends once the reminder no longer waits for this call. Each pass that
/// does not end continues as new, keeping an event that arrived meanwhile, so its history stays short. The
/// orchestrator reads no clock or setting (the moment and policy come with the reminder from the activity) and only
/// awaits activities, timers and the event: a replay of its history takes the same steps and makes the same decision.
/// </summary>
public sealed class ReminderCallFunctions(ReminderCallOutcomes outcomes)
{
    public const string OutcomeEvent = "call-outcome";

    /// <summary>What the orchestration ended with: the outcome decided and carried out by it, or the reminder settled otherwise.</summary>
    public const string Applied = "outcome_applied";

    public const string SettledElsewhere = "settled_elsewhere";

    /// <summary>How long the orchestration waits before it tries a step that failed (the database was away) again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    [Function(nameof(WatchReminderCall))]
    public static async Task<string> WatchReminderCall([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var watch = context.GetInput<ReminderCallWatch>() ?? throw new InvalidOperationException("A reminder call's orchestration needs its input.");
        var outcome = watch.Pending;
        try
        {
            outcome ??= await OutcomeOrWakeAsync(context, watch.WakeEvery);
            if (outcome is null)
            {
                if (!await context.CallActivityAsync<bool>(nameof(ReminderCallAwaited), watch))
                {
                    return SettledElsewhere;
                }
                context.ContinueAsNew(watch, preserveUnprocessedEvents: true);
                return "";
            }
            if (await context.CallActivityAsync<ReminderSnapshot?>(nameof(ReadCalledReminder), outcome) is not { } reminder)
            {
                return SettledElsewhere;
            }
            var decision = ReminderDecider.Decide(reminder.State, new ReminderEvent.OutcomeReceived(outcome.Attempt, outcome.Outcome), reminder.Now, reminder.Policy);
            if (ReferenceEquals(decision.State, reminder.State) && decision.Commands.Count == 0)
            {
                return SettledElsewhere;
            }
            if (!await context.CallActivityAsync<bool>(nameof(CarryOutCallDecision), new ReminderCallDecision(outcome, reminder, decision)))
            {
                context.ContinueAsNew(watch with { Pending = outcome }, preserveUnprocessedEvents: true);
                return "";
            }
            return Applied;
        }
        catch (TaskFailedException)
        {
            await context.CreateTimer(context.CurrentUtcDateTime + RetryAfterFailure, CancellationToken.None);
            context.ContinueAsNew(watch with { Pending = outcome }, preserveUnprocessedEvents: true);
            return "";
        }
    }

    [Function(nameof(ReminderCallAwaited))]
    public async Task<bool> ReminderCallAwaited([ActivityTrigger] ReminderCallWatch watch, CancellationToken ct)
    {
        using var spans = OrchestrationSpans.Begin(watch.InstanceId);
        return await outcomes.IsAwaitedAsync(watch.TenantId, watch.CallSessionId, ct);
    }

    [Function(nameof(ReadCalledReminder))]
    public async Task<ReminderSnapshot?> ReadCalledReminder([ActivityTrigger] ReminderCallOutcome outcome, CancellationToken ct)
    {
        using var spans = OrchestrationSpans.Begin(ReminderCallWatch.InstanceIdFor(outcome.CallSessionId));
        return await outcomes.SnapshotAsync(outcome, ct);
    }

    [Function(nameof(CarryOutCallDecision))]
    public async Task<bool> CarryOutCallDecision([ActivityTrigger] ReminderCallDecision decided, CancellationToken ct)
    {
        using var spans = OrchestrationSpans.Begin(ReminderCallWatch.InstanceIdFor(decided.Outcome.CallSessionId));
        return await outcomes.CarryOutAsync(decided.Outcome, decided.Reminder, decided.Decision, ct);
    }

    /// <summary>The outcome, or null when the wake came first.</summary>
    private static async Task<ReminderCallOutcome?> OutcomeOrWakeAsync(TaskOrchestrationContext context, TimeSpan wakeEvery)
    {
        using var stop = new CancellationTokenSource();
        var wake = context.CreateTimer(context.CurrentUtcDateTime + wakeEvery, stop.Token);
        var outcome = context.WaitForExternalEvent<ReminderCallOutcome>(OutcomeEvent, stop.Token);
        var first = await Task.WhenAny(wake, outcome);
        stop.Cancel();
        return first == outcome ? await outcome : null;
    }
}
