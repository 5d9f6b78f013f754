using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Calls;
using VioConcierge.Functions.Work;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// Starts each dialled reminder call's orchestration (<see cref="ReminderCallFunctions.WatchReminderCall"/>) through the
/// Durable client of the function invocation placing the calls; a call already watched keeps its instance.
/// </summary>
public sealed class DurableReminderCallWatch(IOptions<ReminderCallOptions> options) : IReminderCallWatch
{
    public async Task WatchAsync(IReadOnlyList<(Guid TenantId, Guid CallSessionId)> calls, CancellationToken ct)
    {
        if (InvocationDurableClient.Find() is not { } client)
        {
            return;
        }
        await Task.WhenAll(calls.Select(call => StartAsync(client, new ReminderCallWatch(call.TenantId, call.CallSessionId, options.Value.WakeEvery), ct)));
    }

    private static async Task StartAsync(DurableTaskClient client, ReminderCallWatch watch, CancellationToken ct)
    {
        if (await client.GetInstanceAsync(watch.InstanceId, getInputsAndOutputs: false, ct) is not null)
        {
            return;
        }
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(ReminderCallFunctions.WatchReminderCall), watch,
            new StartOrchestrationOptions(watch.InstanceId), ct);
    }
}
