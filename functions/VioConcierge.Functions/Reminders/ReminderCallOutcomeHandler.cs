using Microsoft.DurableTask.Client;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Work;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// A reminder call's outcome was recorded: raise it as an external event on the call's orchestration, which applies
/// it to the reminder. A call with no orchestration waiting (its start failed, or it ended on a failure an operator
/// terminated) has the outcome applied here. Its item was committed with the outcome, so the two never part; run
/// again after a crash, it raises the event once more, and the second changes nothing (the attempt is no longer
/// current by then).
/// </summary>
public sealed class ReminderCallOutcomeHandler(ReminderCallOutcomes outcomes) : IWorkHandler
{
    public string Kind => WorkKinds.ReminderCallOutcome;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var outcome = WorkPayload.Read<ReminderCallOutcome>(item);
        var instanceId = ReminderCallWatch.InstanceIdFor(outcome.CallSessionId);
        var client = InvocationDurableClient.Current;
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            await client.RaiseEventAsync(instanceId, ReminderCallFunctions.OutcomeEvent, outcome, cancellationToken);
            return;
        }
        await outcomes.ApplyAsync(outcome, cancellationToken);
    }
}
