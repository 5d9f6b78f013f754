using Dapper;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class TransactionalCompletionTests : HandlerDispatchTests<CompletingHandler>
{
    protected override CompletingHandler CreateHandler(Database database, PostgresWorkQueue queue, TimeProvider time) => new(database, queue, time);

    [Fact]
    public async Task RunDue_HandlerCompletesInItsTransaction_ItemDoneOnceWithItsWork()
    {
        var id = (await Harness.EnqueueAsync())!.Value;

        Assert.Equal(1, await Dispatcher.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher.RunDueAsync(CancellationToken.None));

        var state = await Harness.StateAsync(id);
        Assert.Equal(("done", 1), (state.Status, state.Attempts));
        Assert.Equal(1, await FollowUpsAsync());
    }

    [Fact]
    public async Task RunDue_HandlerFailsAfterCompleting_NeitherWorkNorCompletionCommits()
    {
        Handler.FailAfterCompleting = true;
        var id = (await Harness.EnqueueAsync())!.Value;

        await Dispatcher.RunDueAsync(CancellationToken.None);

        var state = await Harness.StateAsync(id);
        Assert.Equal(("pending", 1), (state.Status, state.Attempts));
        Assert.Contains("Scripted failure after completing", state.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await FollowUpsAsync());
    }

    [Fact]
    public async Task Run_LeaseTakenOverByAnotherWorker_TheLateRunCommitsNothing()
    {
        var id = (await Harness.EnqueueAsync())!.Value;
        var late = Assert.Single(await Harness.Queue.ClaimAsync("stalled-worker", 10, CancellationToken.None));
        Harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await Harness.Queue.RecoverExpiredLeasesAsync(CancellationToken.None);
        var current = Assert.Single(await Harness.Queue.ClaimAsync("current-worker", 10, CancellationToken.None));

        await Dispatcher.RunAsync(late, CancellationToken.None);
        var afterLate = await Harness.StateAsync(id);
        var followUpsAfterLate = await FollowUpsAsync();
        await Dispatcher.RunAsync(current, CancellationToken.None);

        Assert.Equal(("running", 2), (afterLate.Status, afterLate.Attempts));
        Assert.Equal(0, followUpsAfterLate);
        Assert.Equal("done", (await Harness.StateAsync(id)).Status);
        Assert.Equal(1, await FollowUpsAsync());
    }

    private async Task<long> FollowUpsAsync()
    {
        await using var connection = await Harness.Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE kind = @Kind", new { Kind = CompletingHandler.FollowUpKind });
    }
}
