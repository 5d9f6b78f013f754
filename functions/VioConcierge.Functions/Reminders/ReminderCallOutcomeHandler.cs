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
/// A reminder call's outcome was recorded (this item was committed with it, so the two never part). Within the app
/// instance's budget (<see cref="ReminderCallBudget"/>) it starts the call's orchestration (<see
/// cref="ReminderCallFunctions"/>, one per call session) and raises the outcome on it as an external event; the
/// orchestration decides what it means for the reminder. A deadline item (<see cref="ReminderCallOptions.DecideWithin"/>)
/// applies the outcome if the orchestration has not decided it by then, so no outcome depends on the task hub's pace.
/// Past the budget, or when the call's instance ended without deciding (terminated by an operator, failed), the
/// outcome is applied here. Run again after a crash, it raises the event once more, which changes nothing: the
/// attempt is no longer current by then.
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
