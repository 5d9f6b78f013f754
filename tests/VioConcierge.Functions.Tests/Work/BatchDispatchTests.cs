using Dapper;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>Items whose handler runs batches: together in one transaction, and item by item whatever a batch did not finish.</summary>
public sealed class BatchDispatchTests : HandlerDispatchTests<BatchingHandler>
{
    protected override BatchingHandler CreateHandler(Database database, PostgresWorkQueue queue, TimeProvider time) => new(database, queue, time);

    [Fact]
    public async Task ItemsDueTogether_RunAsOneBatch_EachDoneOnceWithItsWork()
    {
        var ids = await EnqueueAsync(5);

        await Harness.RunDueAsync();

        Assert.Equal([5], Handler.BatchSizes);
        Assert.Empty(Handler.SingleRuns);
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(5, await FollowUpsAsync());
    }

    [Fact]
    public async Task BatchFailsAfterCompleting_NothingOfItCommits_EachItemRunsOnItsOwnOnce()
    {
        Handler.FailBatch = true;
        var ids = await EnqueueAsync(4);

        await Harness.RunDueAsync();

        Assert.Equal(ids.Order(), Handler.SingleRuns.Order());
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(4, await FollowUpsAsync());
    }

    [Fact]
    public async Task BatchLeavesAnItemOut_OnlyThatItemRunsOnItsOwn()
    {
        Handler.LeaveLastOut = true;
        var ids = await EnqueueAsync(3);

        await Harness.RunDueAsync();

        Assert.Single(Handler.SingleRuns);
        Assert.All(await StatesAsync(ids), state => Assert.Equal(("done", 1), state));
        Assert.Equal(3, await FollowUpsAsync());
    }

    [Fact]
    public async Task PoisonItemInABatch_FailsAlone_IsDeliveredAgainUntilDead_TheOthersAreDoneOnce()
    {
        var ids = await EnqueueAsync(4);
        Handler.Poison = ids[2];

        await Harness.RunDueAsync();

        var states = await StatesAsync(ids);
        Assert.Equal(("dead", 3), states[2]);
        Assert.Equal(3, Handler.SingleRuns.Count(id => id == ids[2]));
        Assert.All(states.Where((_, i) => i != 2), state => Assert.Equal(("done", 1), state));
        Assert.Equal(3, await FollowUpsAsync());
        Assert.Contains("Scripted poison item", (await Harness.StateAsync(ids[2])).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_AddsTheSameTenantsDueItemsOfABatchKind_UpToTheBatchSize()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var now = Harness.Clock.GetUtcNow();
        for (var i = 0; i < 20; i++)
        {
            await Harness.Queue.EnqueueAsync(new WorkRequest(QueueHarness.Kind, "{}", now.AddSeconds(-60 + i), first), CancellationToken.None);
        }
        for (var i = 0; i < 3; i++)
        {
            await Harness.Queue.EnqueueAsync(new WorkRequest(QueueHarness.Kind, "{}", now.AddSeconds(-70 + i), second), CancellationToken.None);
        }

        var batched = await Harness.Queue.ClaimAsync("worker", 4, CancellationToken.None, [QueueHarness.Kind]);
        var plain = await Harness.Queue.ClaimAsync("worker", 2, CancellationToken.None);

        Assert.Equal(3, batched.Count(work => work.Item.TenantId == second));
        Assert.Equal(new WorkQueueOptions().BatchSize, batched.Count(work => work.Item.TenantId == first));
        Assert.Equal(2, plain.Count);
    }

    private async Task<Guid[]> EnqueueAsync(int count)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = (await Harness.EnqueueAsync())!.Value;
        }
        return ids;
    }

    private async Task<(string Status, int Attempts)[]> StatesAsync(Guid[] ids)
    {
        var states = new (string, int)[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var state = await Harness.StateAsync(ids[i]);
            states[i] = (state.Status, state.Attempts);
        }
        return states;
    }

    private async Task<long> FollowUpsAsync()
    {
        await using var connection = await Harness.Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE kind = @Kind", new { Kind = BatchingHandler.FollowUpKind });
    }
}
