using Microsoft.DurableTask.Client;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// How many reminder timers the relay started as Durable orchestrations (claimed up to <c>Work:StartAhead</c> before
/// they were due, waiting on a durable timer) rather than sending them to the call queue once due: the instances of the
/// run's own task hub (<see cref="Hosting.BenchTaskHub"/>) whose id is a timer's (<c>reminder:{id}:timer:{seq}:{lease}</c>,
/// <c>DurableWorkStarter</c>) created since a moment, read through the Durable client the app's functions use. Each
/// claimed timer goes one way or the other, so the rest went to the queue.
/// </summary>
public static class TimerOrchestrations
{
    /// <summary>
    /// Orchestrations of reminder timers (or, with <paramref name="prefix"/> <c>reminder-call:</c>, of reminder call
    /// outcomes) created since <paramref name="since"/> (real UTC, the task hub's clock), by runtime status.
    /// </summary>
    public static async Task<IReadOnlyDictionary<OrchestrationRuntimeStatus, int>> CountAsync(
        DurableTaskClient client, DateTimeOffset since, CancellationToken ct, string prefix = "reminder:")
    {
        var counts = new Dictionary<OrchestrationRuntimeStatus, int>();
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, CreatedFrom = since, FetchInputsAndOutputs = false };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(ct))
        {
            counts[instance.RuntimeStatus] = counts.GetValueOrDefault(instance.RuntimeStatus) + 1;
        }
        return counts;
    }
}
