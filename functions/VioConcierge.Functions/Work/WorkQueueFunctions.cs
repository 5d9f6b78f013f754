using Microsoft.DurableTask.Client;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Runs relayed work from its Storage queues: time-critical work (calls, webhooks, reminder timers) on one queue, the
/// rest on another, so a large import never delays a call. A run that leaves items to retry throws: the host delivers
/// the message again and, after <c>maxDequeueCount</c> deliveries (<c>host.json</c>, the same as <c>Work:MaxAttempts</c>),
/// moves it to the queue's poison queue; its items are dead-lettered in PostgreSQL, listed and replayed through
/// <c>/api/admin/work</c>. Work that signals an orchestration (a campaign's) reaches the task hub through the
/// invocation's Durable client (<see cref="InvocationDurableClient"/>).
/// </summary>
public sealed class WorkQueueFunctions(WorkRunner runner, ILogger<WorkQueueFunctions> logger)
{
    [Function(nameof(RunCallWork))]
    public Task RunCallWork(
        [QueueTrigger("%Work:CallQueue%")] string message, long dequeueCount, [DurableClient] DurableTaskClient durable, CancellationToken ct) =>
        RunAsync(message, dequeueCount, durable, ct);

    [Function(nameof(RunWork))]
    public Task RunWork(
        [QueueTrigger("%Work:Queue%")] string message, long dequeueCount, [DurableClient] DurableTaskClient durable, CancellationToken ct) =>
        RunAsync(message, dequeueCount, durable, ct);

    private async Task RunAsync(string text, long dequeueCount, DurableTaskClient durable, CancellationToken ct)
    {
        using var _ = InvocationDurableClient.Use(durable);
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
