using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Runs the items of one delivered <see cref="WorkMessage"/> with the handler registered for their kind: items whose
/// handler runs batches together, the others one by one; each completed in the handler's own transaction when it is an
/// <see cref="ITransactionalWorkHandler"/>, kept leased while it runs. A failed item is recorded; on the message's last
/// delivery it is dead-lettered. The queue-triggered function throws when anything is left to retry, so the queue
/// delivers the message again (and, after its last delivery, moves it to the poison queue).
/// </summary>
public sealed class WorkRunner(
    PostgresWorkQueue queue,
    IEnumerable<IWorkHandler> handlers,
    IOptions<WorkQueueOptions> options,
    TimeProvider time,
    AppMetrics metrics,
    ILogger<WorkRunner> logger)
{
    private readonly FrozenDictionary<string, IWorkHandler> _handlers = handlers.ToFrozenDictionary(handler => handler.Kind);
    private static readonly TimeSpan RetryAfterOutage = TimeSpan.FromSeconds(10);
    private readonly WorkQueueOptions _options = options.Value;

    /// <summary>The kinds whose handler runs batches: the relay sends up to <see cref="WorkQueueOptions.BatchSize"/> of a tenant's together.</summary>
    public IReadOnlyCollection<string> BatchKinds { get; } = handlers.OfType<IBatchWorkHandler>().Select(handler => handler.Kind).ToArray();

    /// <summary>
    /// Runs <paramref name="message"/>'s items still leased to it, on its <paramref name="delivery"/>-th delivery.
    /// Returns <see cref="WorkRunResult.Done"/> when nothing is left to retry.
    /// </summary>
    public async Task<WorkRunResult> RunAsync(WorkMessage message, int delivery, CancellationToken ct)
    {
        IReadOnlyList<ClaimedWork> works;
        try
        {
            works = await queue.LoadLeasedAsync(message.Items, ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested && TransientDatabaseErrors.Is(exception))
        {
            // An outage is not the items' fault: their leases run out and the relay sends them again, attempts unspent.
            logger.LogWarning("Work of kind {Kind} waits for the database ({Failure}); it is sent again when its lease runs out", message.Kind, exception.GetType().Name);
            return WorkRunResult.Done;
        }
        if (works.Count == 0)
        {
            return WorkRunResult.Done;
        }
        var failures = new List<(ClaimedWork Work, Exception Error)>();
        if (works.Count > 1 && _handlers.TryGetValue(message.Kind, out var handler) && handler is IBatchWorkHandler batcher)
        {
            await RunBatchAsync(batcher, works, failures, ct);
        }
        else
        {
            foreach (var work in works)
            {
                await RunOneAsync(work, failures, ct);
            }
        }
        return await RecordAsync(failures, delivery, ct);
    }

    /// <summary>
    /// Runs items of one kind through their batch handler; whatever it did not complete (it failed, or left items
    /// out) then runs item by item, so failures and dead letters work as for single items.
    /// </summary>
    private async Task RunBatchAsync(IBatchWorkHandler handler, IReadOnlyList<ClaimedWork> works, List<(ClaimedWork, Exception)> failures, CancellationToken ct)
    {
        var completions = works.Select(work => new WorkCompletion(queue, work)).ToArray();
        using (var keepLeased = new CancellationTokenSource())
        {
            var renewals = works.Select(work => KeepLeasedAsync(work, keepLeased.Token)).ToArray();
            try
            {
                await handler.HandleBatchAsync(works.Select((work, i) => (work.Item, completions[i])).ToArray(), ct);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(exception, "A batch of {Count} work items of kind {Kind} failed; running them one by one", works.Count, handler.Kind);
            }
            finally
            {
                await keepLeased.CancelAsync();
                await Task.WhenAll(renewals);
            }
        }
        for (var i = 0; i < works.Count; i++)
        {
            if (!completions[i].Completed)
            {
                await RunOneAsync(works[i], failures, ct);
            }
        }
    }

    private async Task RunOneAsync(ClaimedWork work, List<(ClaimedWork, Exception)> failures, CancellationToken ct)
    {
        var item = work.Item;
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            logger.LogError("No handler for work kind {Kind}; item {WorkItemId} fails", item.Kind, item.Id);
            failures.Add((work, new InvalidOperationException($"No handler is registered for kind '{item.Kind}'.")));
            return;
        }
        using var keepLeased = new CancellationTokenSource();
        var renewal = KeepLeasedAsync(work, keepLeased.Token);
        var completion = new WorkCompletion(queue, work);
        try
        {
            await (handler is ITransactionalWorkHandler transactional
                ? transactional.HandleAsync(item, completion, ct)
                : handler.HandleAsync(item, ct));
            await keepLeased.CancelAsync();
            await renewal;
            if (!completion.Completed && !await queue.CompleteAsync(work, ct))
            {
                logger.LogWarning("Work item {WorkItemId} finished after its lease was lost", item.Id);
            }
        }
        catch (WorkLeaseLostException) when (!ct.IsCancellationRequested)
        {
            await keepLeased.CancelAsync();
            await renewal;
            logger.LogWarning("Work item {WorkItemId} lost its lease before completing; its work was rolled back", item.Id);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested && TransientDatabaseErrors.Is(exception))
        {
            await keepLeased.CancelAsync();
            await renewal;
            logger.LogWarning("Work item {WorkItemId} of kind {Kind} waits for the database ({Failure}); not counted as an attempt",
                item.Id, item.Kind, exception.GetType().Name);
            await PostponeAsync(work);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            await keepLeased.CancelAsync();
            await renewal;
            failures.Add((work, exception));
        }
    }

    /// <summary>
    /// Records each failure; dead-letters it on its last attempt (the message's last delivery, or the item's attempts
    /// spent).
    /// </summary>
    private async Task<WorkRunResult> RecordAsync(List<(ClaimedWork Work, Exception Error)> failures, int delivery, CancellationToken ct)
    {
        var result = WorkRunResult.Done;
        foreach (var (work, error) in failures)
        {
            var item = work.Item;
            var lastDelivery = delivery >= _options.MaxAttempts;
            var dead = lastDelivery || item.Attempt >= Math.Min(item.MaxAttempts, _options.MaxAttempts);
            logger.Log(dead ? LogLevel.Error : LogLevel.Warning, error,
                "Work item {WorkItemId} of kind {Kind} failed on attempt {Attempt}/{MaxAttempts}{DeadLettered}",
                item.Id, item.Kind, item.Attempt, Math.Min(item.MaxAttempts, _options.MaxAttempts), dead ? "; dead-lettered" : "");
            await queue.FailAsync(work, $"{error.GetType().Name}: {error.Message}", dead, CancellationToken.None);
            if (dead)
            {
                metrics.Poisoned(item.Kind);
            }
            result = lastDelivery ? WorkRunResult.Poisoned : !dead && result == WorkRunResult.Done ? WorkRunResult.Retry : result;
        }
        return result;
    }

    /// <summary>Postpones the item; while the database is still away its lease simply runs out and it is sent again.</summary>
    private async Task PostponeAsync(ClaimedWork work)
    {
        try
        {
            await queue.PostponeAsync(work, RetryAfterOutage, "The database was unreachable.", CancellationToken.None);
        }
        catch (Exception exception) when (TransientDatabaseErrors.Is(exception))
        {
            logger.LogWarning("Work item {WorkItemId} stays leased until the database is back", work.Item.Id);
        }
    }

    private async Task KeepLeasedAsync(ClaimedWork work, CancellationToken ct)
    {
        var interval = _options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, ct);
                await queue.ExtendLeaseAsync(work, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}

/// <summary>What a delivered message's run left: nothing, items to deliver again, or items dead on the last delivery.</summary>
public enum WorkRunResult
{
    Done,
    Retry,
    Poisoned,
}
