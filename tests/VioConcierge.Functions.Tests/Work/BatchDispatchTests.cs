using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>Items whose handler runs batches: together in one transaction, and item by item whatever a batch did not finish.</summary>
public sealed class BatchDispatchTests : IAsyncLifetime
{
    private QueueHarness _queue = null!;
    private BatchingHandler _handler = null!;
    private WorkDispatcher _dispatcher = null!;

    public async Task InitializeAsync()
    {
        _queue = await QueueHarness.CreateAsync(maxAttempts: 3);
        _handler = new BatchingHandler(_queue.Services.GetRequiredService<Database>(), _queue.Queue, _queue.Clock);
        _dispatcher = _queue.DispatcherWith(_handler);
    }

    public async Task DisposeAsync() => await _queue.DisposeAsync();

    [Fact]
    public async Task ItemsDueTogether_RunAsOneBatch_EachDoneOnceWithItsWork()
    {
        var ids = await EnqueueAsync(5);

        await _dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Equal([5], _handler.BatchSizes);
        Assert.Empty(_handler.SingleRuns);
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(5, await FollowUpsAsync());
    }

    [Fact]
    public async Task BatchFailsAfterCompleting_NothingOfItCommits_EachItemRunsOnItsOwnOnce()
    {
        _handler.FailBatch = true;
        var ids = await EnqueueAsync(4);

        await _dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Equal(ids.Order(), _handler.SingleRuns.Order());
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(4, await FollowUpsAsync());
    }

    [Fact]
    public async Task BatchLeavesAnItemOut_OnlyThatItemRunsOnItsOwn()
    {
        _handler.LeaveLastOut = true;
        var ids = await EnqueueAsync(3);

        await _dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Single(_handler.SingleRuns);
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(3, await FollowUpsAsync());
    }

    [Fact]
    public async Task PoisonItemInABatch_FailsAlone_TheOthersAreDone()
    {
        var ids = await EnqueueAsync(4);
        _handler.Poison = ids[2];

        await _dispatcher.RunDueAsync(CancellationToken.None);

        var states = await StatesAsync(ids);
        Assert.Equal(("pending", 1), states[2]);
        Assert.All(states.Where((_, i) => i != 2), state => Assert.Equal(("done", 1), state));
        Assert.Equal(3, await FollowUpsAsync());
        Assert.Contains("Scripted poison item", (await _queue.StateAsync(ids[2])).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_AddsTheSameTenantsDueItemsOfABatchKind_UpToTheBatchSize()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var now = _queue.Clock.GetUtcNow();
        for (var i = 0; i < 20; i++)
        {
            await _queue.Queue.EnqueueAsync(new WorkRequest(QueueHarness.Kind, "{}", now.AddSeconds(-60 + i), first), CancellationToken.None);
        }
        for (var i = 0; i < 3; i++)
        {
            await _queue.Queue.EnqueueAsync(new WorkRequest(QueueHarness.Kind, "{}", now.AddSeconds(-70 + i), second), CancellationToken.None);
        }

        var batched = await _queue.Queue.ClaimAsync("worker", 4, CancellationToken.None, [QueueHarness.Kind]);
        var plain = await _queue.Queue.ClaimAsync("worker", 2, CancellationToken.None);

        Assert.Equal(3, batched.Count(work => work.Item.TenantId == second));
        Assert.Equal(new WorkQueueOptions().BatchSize, batched.Count(work => work.Item.TenantId == first));
        Assert.Equal(2, plain.Count);
    }

    private async Task<Guid[]> EnqueueAsync(int count)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = (await _queue.EnqueueAsync())!.Value;
        }
        return ids;
    }

    private async Task<(string Status, int Attempts)[]> StatesAsync(Guid[] ids)
    {
        var states = new (string, int)[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var state = await _queue.StateAsync(ids[i]);
            states[i] = (state.Status, state.Attempts);
        }
        return states;
    }

    private async Task<long> FollowUpsAsync()
    {
        await using var connection = await _queue.Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE kind = @Kind", new { Kind = BatchingHandler.FollowUpKind });
    }
}
