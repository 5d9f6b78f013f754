using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Runs relayed work from its Storage queues: time-critical work (calls, webhooks, reminder timers) on one queue, the
/// rest on another, so a large import never delays a call. A run that leaves items to retry throws: the host delivers
/// the message again and, after <c>maxDequeueCount</c> deliveries (<c>host.json</c>, the same as <c>Work:MaxAttempts</c>),
/// moves it to the queue's poison queue; its items are dead-lettered in PostgreSQL, listed and replayed through
/// <c>/api/admin/work</c>.
/// </summary>
public sealed class WorkQueueFunctions(WorkRunner runner, ILogger<WorkQueueFunctions> logger)
{
    [Function(nameof(RunCallWork))]
    public Task RunCallWork([QueueTrigger("%Work:CallQueue%")] string message, long dequeueCount, CancellationToken ct) =>
        RunAsync(message, dequeueCount, ct);

    [Function(nameof(RunWork))]
    public Task RunWork([QueueTrigger("%Work:Queue%")] string message, long dequeueCount, CancellationToken ct) =>
        RunAsync(message, dequeueCount, ct);

    private async Task RunAsync(string text, long dequeueCount, CancellationToken ct)
    {
        if (WorkMessage.Parse(text) is not { } message)
        {
            logger.LogError("A message that is not work was dropped from a work queue");
            return;
        }
        var result = await runner.RunAsync(message, (int)Math.Min(dequeueCount, int.MaxValue), ct);
        if (result != WorkRunResult.Done)
        {
            throw new WorkRetryException(message.Kind, result);
        }
    }
}

/// <summary>Thrown so the host delivers a work message again (or moves it to the poison queue after its last delivery).</summary>
public sealed class WorkRetryException(string kind, WorkRunResult result)
    : Exception($"Work of kind '{kind}' is left to {(result == WorkRunResult.Poisoned ? "the poison queue" : "retry")}.");
