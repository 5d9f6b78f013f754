using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Starts <see cref="TimedWorkFunctions.TimedWork"/> orchestrations through a Durable client. The instance id is the
/// item's dedupe key (a reminder's is <c>reminder:{id}:timer:{seq}</c>) or id, and its claim's lease token: the same
/// claim started twice finds its instance already there.
/// </summary>
public sealed class DurableWorkStarter(DurableTaskClient client, IOptions<WorkQueueOptions> options) : IWorkOrchestrationStarter
{
    public async Task StartAsync(ClaimedWork work, TimeSpan delay, CancellationToken ct)
    {
        var instanceId = $"{work.Item.DedupeKey ?? work.Item.Id.ToString()}:{work.LeaseToken:N}";
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct) is not null)
        {
            return;
        }
        // Durable timers run on real time, whatever clock the app reads (the tests' runs ahead of it).
        var runAt = DateTime.UtcNow + delay;
        var input = new TimedWork(WorkMessage.For([work]), runAt, options.Value.MaxAttempts, options.Value.RetryAfter);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(TimedWorkFunctions.TimedWork), input, new StartOrchestrationOptions(instanceId), ct);
    }
}
