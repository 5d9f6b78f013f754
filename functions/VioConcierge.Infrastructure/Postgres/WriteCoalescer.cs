using System.Collections.Concurrent;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Turns many concurrent single writes into few batched ones: each caller queues its item and awaits its own result,
/// while at most <c>maxWriters</c> writers take whatever is queued (up to <c>maxBatch</c> items) and write it with one
/// call of <c>writeMany</c> (one round trip, one commit). An idle system writes each item at once, alone; a busy one
/// writes larger batches, because items queue up while the writers are waiting on the database.
/// When a batch fails, each of its items is written again on its own with <c>writeOne</c>, so one bad item fails
/// alone and its caller sees its own exception. Writes are never cancelled by a caller going away: an item that was
/// queued is written.
/// </summary>
public sealed class WriteCoalescer<TItem, TResult>
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _writeMany;
    private readonly Func<TItem, Task<TResult>> _writeOne;
    private readonly int _maxBatch;
    private readonly int _maxWriters;
    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writers;

    public WriteCoalescer(
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> writeMany, Func<TItem, Task<TResult>> writeOne, int maxBatch, int maxWriters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWriters, 1);
        (_writeMany, _writeOne, _maxBatch, _maxWriters) = (writeMany, writeOne, maxBatch, maxWriters);
    }

    /// <summary>Queues <paramref name="item"/>; completes when the batch it went into has committed (or failed).</summary>
    public Task<TResult> WriteAsync(TItem item)
    {
        var pending = new Pending(item);
        _queue.Enqueue(pending);
        StartWriterIfIdle();
        return pending.Result.Task;
    }

    private void StartWriterIfIdle()
    {
        while (!_queue.IsEmpty)
        {
            var writers = Volatile.Read(ref _writers);
            if (writers >= _maxWriters)
            {
                return; // a busy writer takes the item on its next round
            }
            if (Interlocked.CompareExchange(ref _writers, writers + 1, writers) == writers)
            {
                _ = DrainAsync();
                return;
            }
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            var batch = new List<Pending>(_maxBatch);
            while (true)
            {
                batch.Clear();
                while (batch.Count < _maxBatch && _queue.TryDequeue(out var pending))
                {
                    batch.Add(pending);
                }
                if (batch.Count == 0)
                {
                    return;
                }
                await WriteBatchAsync(batch);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _writers);
            StartWriterIfIdle(); // an item queued while this writer was leaving
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        IReadOnlyList<TResult> results;
        try
        {
            results = await _writeMany(batch.ConvertAll(pending => pending.Item));
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"A batch of {batch.Count} items returned {results.Count} results.");
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            await Task.WhenAll(batch.Select(WriteAloneAsync));
            return;
        }
        catch (Exception exception)
        {
            batch[0].Result.TrySetException(exception);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Result.TrySetResult(results[i]);
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            pending.Result.TrySetResult(await _writeOne(pending.Item));
        }
        catch (Exception exception)
        {
            pending.Result.TrySetException(exception);
        }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<TResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
