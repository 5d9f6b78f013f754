using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Work;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// A reminder call's outcome was recorded: start the call's orchestration (<see cref="ReminderCallFunctions"/>, one per
/// call session) and raise the outcome on it as an external event; the orchestration decides what it means for the
/// reminder. Nothing of the task hub is in the dialling path: the orchestration starts with the outcome, so the
/// instances running follow the outcomes being decided, not the calls live. A deadline item
/// (<see cref="ReminderCallOptions.DecideWithin"/>) applies the outcome if the orchestration has not decided it by then,
/// so no outcome depends on the task hub's pace. Its item was committed with the outcome,
/// so the two never part; run again after a crash, it finds the instance and raises the event once more, which
/// changes nothing (the attempt is no longer current by then). An instance that ended without deciding (terminated by
/// an operator, failed) leaves the outcome to be applied here, as does an outcome past the instance's budget
/// (<see cref="ReminderCallBudget"/>).
/// </summary>
public sealed class ReminderCallOutcomeHandler(
    ReminderCallOutcomes outcomes, IWorkQueue queue, ReminderCallBudget budget, IOptions<ReminderCallOptions> options, TimeProvider time) : IWorkHandler
{
    public string Kind => WorkKinds.ReminderCallOutcome;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var outcome = WorkPayload.Read<ReminderCallOutcome>(item);
        if (!budget.TryTake())
        {
            await outcomes.ApplyAsync(outcome, cancellationToken);
            return;
        }
        await queue.EnqueueAsync(new WorkRequest(WorkKinds.ReminderCallDeadline, item.PayloadJson, time.GetUtcNow() + options.Value.DecideWithin,
            outcome.TenantId, $"call:{outcome.CallSessionId}:deadline"), cancellationToken);
        var watch = new ReminderCallWatch(outcome.TenantId, outcome.CallSessionId, options.Value.WakeEvery);
        var client = InvocationDurableClient.Current;
        var instance = await client.GetInstanceAsync(watch.InstanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(ReminderCallFunctions.WatchReminderCall), watch,
                new StartOrchestrationOptions(watch.InstanceId), cancellationToken);
        }
        else if (instance is not ({ IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended }))
        {
            await outcomes.ApplyAsync(outcome, cancellationToken);
            return;
        }
        await client.RaiseEventAsync(watch.InstanceId, ReminderCallFunctions.OutcomeEvent, outcome, cancellationToken);
    }
}
