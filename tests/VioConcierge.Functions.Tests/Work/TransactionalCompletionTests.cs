using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class TransactionalCompletionTests : IAsyncLifetime
{
    private QueueHarness _queue = null!;
    private CompletingHandler _handler = null!;
    private WorkDispatcher _dispatcher = null!;

    public async Task InitializeAsync()
    {
        _queue = await QueueHarness.CreateAsync(maxAttempts: 3);
        _handler = new CompletingHandler(_queue.Services.GetRequiredService<Database>(), _queue.Queue, _queue.Clock);
        _dispatcher = _queue.DispatcherWith(_handler);
    }

    public async Task DisposeAsync() => await _queue.DisposeAsync();

    [Fact]
    public async Task RunDue_HandlerCompletesInItsTransaction_ItemDoneOnceWithItsWork()
    {
        var id = (await _queue.EnqueueAsync())!.Value;

        Assert.Equal(1, await _dispatcher.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await _dispatcher.RunDueAsync(CancellationToken.None));

        var state = await _queue.StateAsync(id);
        Assert.Equal(("done", 1), (state.Status, state.Attempts));
        Assert.Equal(1, await FollowUpsAsync());
    }

    [Fact]
    public async Task RunDue_HandlerFailsAfterCompleting_NeitherWorkNorCompletionCommits()
    {
        _handler.FailAfterCompleting = true;
        var id = (await _queue.EnqueueAsync())!.Value;

        await _dispatcher.RunDueAsync(CancellationToken.None);

        var state = await _queue.StateAsync(id);
        Assert.Equal(("pending", 1), (state.Status, state.Attempts));
        Assert.Contains("Scripted failure after completing", state.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await FollowUpsAsync());
    }

    [Fact]
    public async Task Run_LeaseTakenOverByAnotherWorker_TheLateRunCommitsNothing()
    {
        var id = (await _queue.EnqueueAsync())!.Value;
        var late = Assert.Single(await _queue.Queue.ClaimAsync("stalled-worker", 10, CancellationToken.None));
        _queue.Clock.Advance(TimeSpan.FromMinutes(6));
        await _queue.Queue.RecoverExpiredLeasesAsync(CancellationToken.None);
        var current = Assert.Single(await _queue.Queue.ClaimAsync("current-worker", 10, CancellationToken.None));

        await _dispatcher.RunAsync(late, CancellationToken.None);
        var afterLate = await _queue.StateAsync(id);
        var followUpsAfterLate = await FollowUpsAsync();
        await _dispatcher.RunAsync(current, CancellationToken.None);

        Assert.Equal(("running", 2), (afterLate.Status, afterLate.Attempts));
        Assert.Equal(0, followUpsAfterLate);
        Assert.Equal("done", (await _queue.StateAsync(id)).Status);
        Assert.Equal(1, await FollowUpsAsync());
    }

    private async Task<long> FollowUpsAsync()
    {
        await using var connection = await _queue.Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE kind = @Kind", new { Kind = CompletingHandler.FollowUpKind });
    }
}
