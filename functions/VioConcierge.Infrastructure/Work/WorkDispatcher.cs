using System.Collections.Frozen;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Runs due work items with the handler registered for their kind: claims with a lease, keeps long runs leased,
/// completes (in the handler's own transaction when it is an <see cref="ITransactionalWorkHandler"/>) or fails each item, and sleeps until the next due item, the poll interval or an enqueue signal.
/// Any number of instances may run side by side; the claim guarantees one runner per item at a time.
/// </summary>
public sealed class WorkDispatcher(
    PostgresWorkQueue queue,
    IEnumerable<IWorkHandler> handlers,
    IOptions<WorkQueueOptions> options,
    TimeProvider time,
    ILogger<WorkDispatcher> logger)
{
    private readonly FrozenDictionary<string, IWorkHandler> _handlers = handlers.ToFrozenDictionary(handler => handler.Kind);
    private readonly WorkQueueOptions _options = options.Value;

    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The kinds whose handler runs batches: a claim takes more of them per tenant (<see cref="WorkQueueOptions.BatchSize"/>).</summary>
    public IReadOnlyCollection<string> BatchKinds { get; } = handlers.OfType<IBatchWorkHandler>().Select(handler => handler.Kind).ToArray();

    /// <summary>Claims and runs every item due now, batch by batch, until none is left. Returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var total = 0;
        await queue.RecoverExpiredLeasesAsync(ct);
        while (true)
        {
            var batch = await queue.ClaimAsync(WorkerId, _options.Concurrency, ct, BatchKinds);
            if (batch.Count == 0)
            {
                return total;
            }
            await Task.WhenAll(Start(batch, ct));
            total += batch.Count;
        }
    }

    /// <summary>
    /// Starts running <paramref name="claimed"/>: items of a kind whose handler is an <see cref="IBatchWorkHandler"/> run
    /// together, up to <see cref="WorkQueueOptions.BatchSize"/> per task, every other item as a task of its own. Each task
    /// uses one database connection at a time.
    /// </summary>
    public IReadOnlyList<Task> Start(IReadOnlyList<ClaimedWork> claimed, CancellationToken ct)
    {
        var tasks = new List<Task>(claimed.Count);
        foreach (var group in claimed.GroupBy(work => work.Item.Kind))
        {
            if (_handlers.TryGetValue(group.Key, out var handler) && handler is IBatchWorkHandler batcher && group.Count() > 1)
            {
                // A tenant's items stay together: the batch handler takes each tenant's share with one set of statements.
                tasks.AddRange(group.OrderBy(work => work.Item.TenantId).Chunk(_options.BatchSize).Select(chunk => RunBatchAsync(batcher, chunk, ct)));
            }
            else
            {
                tasks.AddRange(group.Select(work => RunAsync(work, ct)));
            }
        }
        return tasks;
    }

    /// <summary>
    /// Runs items of one kind through their batch handler; whatever it did not complete (it failed, or left items
    /// out) then runs item by item, so attempts, retries and dead letters work as for single items.
    /// </summary>
    public async Task RunBatchAsync(IBatchWorkHandler handler, IReadOnlyList<ClaimedWork> works, CancellationToken ct)
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
                await RunAsync(works[i], ct);
            }
        }
    }

    /// <summary>Runs one claimed item to completion or failure; never throws for a handler's failure.</summary>
    public async Task RunAsync(ClaimedWork work, CancellationToken ct)
    {
        var item = work.Item;
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            logger.LogError("No handler for work kind {Kind}; item {WorkItemId} fails", item.Kind, item.Id);
            await queue.FailAsync(work, $"No handler is registered for kind '{item.Kind}'.", ct);
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
            var dead = item.Attempt >= item.MaxAttempts;
            logger.Log(dead ? LogLevel.Error : LogLevel.Warning, exception,
                "Work item {WorkItemId} of kind {Kind} failed on attempt {Attempt}/{MaxAttempts}{DeadLettered}",
                item.Id, item.Kind, item.Attempt, item.MaxAttempts, dead ? "; dead-lettered" : "");
            await queue.FailAsync(work, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None);
        }
    }

    /// <summary>Postpones the item; while the database is still away its lease simply runs out and it is claimed again.</summary>
    private async Task PostponeAsync(ClaimedWork work)
    {
        try
        {
            await queue.PostponeAsync(work, "The database was unreachable.", CancellationToken.None);
        }
        catch (Exception exception) when (TransientDatabaseErrors.Is(exception))
        {
            logger.LogWarning("Work item {WorkItemId} stays leased until the database is back", work.Item.Id);
        }
    }

    /// <summary>How long the background loop may sleep: until the next due item, at most one poll interval.</summary>
    public async Task<TimeSpan> IdleDelayAsync(CancellationToken ct)
    {
        var next = await queue.NextDueAtAsync(ct);
        var untilDue = next is { } due ? due - time.GetUtcNow() : _options.PollInterval;
        return untilDue <= TimeSpan.Zero ? TimeSpan.Zero : untilDue < _options.PollInterval ? untilDue : _options.PollInterval;
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
