using System.Collections.Concurrent;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// The coalescer behind webhook receipts: writes queued while the database is busy share the next round trip, each
/// caller gets its own answer, and one bad write fails alone.
/// </summary>
public sealed class WriteCoalescerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>A fake database: records each batch, answers item x 10, and holds every batch until released.</summary>
    private sealed class GatedWrites
    {
        private readonly ConcurrentQueue<TaskCompletionSource> _gates = new();
        private int _running;

        public ConcurrentQueue<int[]> Batches { get; } = new();

        public ConcurrentQueue<int> Singles { get; } = new();

        public int MostAtOnce { get; private set; }

        public SemaphoreSlim Started { get; } = new(0);

        public int FailingItem { get; init; } = -1;

        public async Task<IReadOnlyList<int>> WriteManyAsync(IReadOnlyList<int> items)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gates.Enqueue(gate);
            Batches.Enqueue([.. items]);
            lock (Batches)
            {
                MostAtOnce = Math.Max(MostAtOnce, ++_running);
            }
            Started.Release();
            await gate.Task.WaitAsync(Wait);
            lock (Batches)
            {
                _running--;
            }
            return items.Contains(FailingItem) ? throw new InvalidOperationException("batch refused") : items.Select(item => item * 10).ToArray();
        }

        public Task<int> WriteOneAsync(int item)
        {
            Singles.Enqueue(item);
            return item == FailingItem ? Task.FromException<int>(new InvalidOperationException($"item {item} refused")) : Task.FromResult(item * 10);
        }

        /// <summary>Lets every batch started so far finish.</summary>
        public void ReleaseAll()
        {
            while (_gates.TryDequeue(out var gate))
            {
                gate.SetResult();
            }
        }

        public async Task ReleaseUntilAsync(Task done)
        {
            while (!done.IsCompleted)
            {
                ReleaseAll();
                await Task.WhenAny(done, Task.Delay(10));
            }
            await done;
        }
    }

    [Fact]
    public async Task WritesQueuedWhileTheWriterIsBusy_GoTogetherInTheNextBatch_EachCallerGettingItsOwnResult()
    {
        var database = new GatedWrites();
        var coalescer = new WriteCoalescer<int, int>(database.WriteManyAsync, database.WriteOneAsync, maxBatch: 64, maxWriters: 1);

        var first = coalescer.WriteAsync(1);
        Assert.True(await database.Started.WaitAsync(Wait));
        var waiting = Enumerable.Range(2, 5).Select(coalescer.WriteAsync).ToArray();
        await database.ReleaseUntilAsync(Task.WhenAll(waiting.Append(first)));

        Assert.Equal([[1], [2, 3, 4, 5, 6]], database.Batches.ToArray());
        int[] results = [await first, .. await Task.WhenAll(waiting)];
        Assert.Equal([10, 20, 30, 40, 50, 60], results);
        Assert.Empty(database.Singles);
    }

    [Fact]
    public async Task ABatchNeverHoldsMoreThanTheBatchSize()
    {
        var database = new GatedWrites();
        var coalescer = new WriteCoalescer<int, int>(database.WriteManyAsync, database.WriteOneAsync, maxBatch: 2, maxWriters: 1);

        var first = coalescer.WriteAsync(1);
        Assert.True(await database.Started.WaitAsync(Wait));
        var rest = Enumerable.Range(2, 5).Select(coalescer.WriteAsync).ToArray();
        await database.ReleaseUntilAsync(Task.WhenAll(rest.Append(first)));

        Assert.Equal([[1], [2, 3], [4, 5], [6]], database.Batches.ToArray());
    }

    [Fact]
    public async Task NoMoreWritersThanAllowed_RunAtOnce()
    {
        var database = new GatedWrites();
        var coalescer = new WriteCoalescer<int, int>(database.WriteManyAsync, database.WriteOneAsync, maxBatch: 4, maxWriters: 2);

        var writes = new List<Task<int>>();
        for (var item = 1; item <= 40; item++)
        {
            writes.Add(coalescer.WriteAsync(item));
        }
        await database.ReleaseUntilAsync(Task.WhenAll(writes));

        Assert.Equal(2, database.MostAtOnce);
        Assert.Equal(Enumerable.Range(1, 40), database.Batches.SelectMany(batch => batch).Order());
        Assert.Equal(Enumerable.Range(1, 40).Select(item => item * 10), writes.Select(write => write.Result));
    }

    [Fact]
    public async Task AFailedBatch_IsWrittenAgainItemByItem_AndOnlyTheBadItemFails()
    {
        var database = new GatedWrites { FailingItem = 4 };
        var coalescer = new WriteCoalescer<int, int>(database.WriteManyAsync, database.WriteOneAsync, maxBatch: 64, maxWriters: 1);

        var first = coalescer.WriteAsync(1);
        Assert.True(await database.Started.WaitAsync(Wait));
        var rest = Enumerable.Range(2, 4).Select(coalescer.WriteAsync).ToArray();
        var all = Task.WhenAll(rest.Append(first));
        await database.ReleaseUntilAsync(Task.WhenAny(all, Task.Delay(Wait)));

        Assert.Equal(10, await first);
        var others = await Task.WhenAll(rest[0], rest[1], rest[3]);
        Assert.Equal([20, 30, 50], others);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => rest[2]);
        Assert.Equal("item 4 refused", refused.Message);
        Assert.Equal([2, 3, 4, 5], database.Singles.Order());
    }

    [Fact]
    public async Task AWriteAloneThatFails_ReachesItsCaller()
    {
        var database = new GatedWrites { FailingItem = 7 };
        var coalescer = new WriteCoalescer<int, int>(database.WriteManyAsync, database.WriteOneAsync, maxBatch: 64, maxWriters: 1);

        var write = coalescer.WriteAsync(7);
        await database.ReleaseUntilAsync(Task.WhenAny(write, Task.Delay(Wait)));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => write);
        Assert.Equal("batch refused", refused.Message);
        Assert.Empty(database.Singles);
    }
}
