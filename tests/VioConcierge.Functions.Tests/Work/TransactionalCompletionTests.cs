using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
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

        Assert.Equal(1, await Harness.RunDueAsync());
        Assert.Equal(0, await Harness.RunDueAsync());

        var state = await Harness.StateAsync(id);
        Assert.Equal(("done", 1), (state.Status, state.Attempts));
        Assert.Equal(1, await FollowUpsAsync());
    }

    [Fact]
    public async Task RunDue_HandlerFailsAfterCompleting_NeitherWorkNorCompletionCommits()
    {
        Handler.FailAfterCompleting = true;
        var id = (await Harness.EnqueueAsync())!.Value;

        await Harness.RunDueAsync();

        var state = await Harness.StateAsync(id);
        Assert.Equal(("dead", 3), (state.Status, state.Attempts));
        Assert.Contains("Scripted failure after completing", state.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await FollowUpsAsync());
    }

    [Fact]
    public async Task Run_LeaseTakenOverMidRun_TheLateRunCommitsNothing_AndItsStaleMessageRunsNothing()
    {
        var id = (await Harness.EnqueueAsync())!.Value;
        var sent = Assert.Single(await Harness.Queue.ClaimAsync("stalled-relay", 10, CancellationToken.None));
        var late = Assert.Single(await Harness.Queue.LoadLeasedAsync(WorkMessage.For([sent]).Items, CancellationToken.None));
        Harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await Harness.Queue.RecoverExpiredLeasesAsync(CancellationToken.None);
        var current = Assert.Single(await Harness.Queue.ClaimAsync("current-relay", 10, CancellationToken.None));
        var runner = Harness.Services.GetRequiredService<WorkRunner>();

        await Assert.ThrowsAsync<WorkLeaseLostException>(() => Handler.HandleAsync(late.Item, new WorkCompletion(Harness.Queue, late), CancellationToken.None));
        var staleMessage = await runner.RunAsync(WorkMessage.For([sent]), 2, CancellationToken.None);
        var afterLate = await Harness.StateAsync(id);
        var followUpsAfterLate = await FollowUpsAsync();
        await runner.RunAsync(WorkMessage.For([current]), 1, CancellationToken.None);

        Assert.Equal(WorkRunResult.Done, staleMessage);
        Assert.Equal(("running", 1), (afterLate.Status, afterLate.Attempts));
        Assert.Equal(0, followUpsAfterLate);
        Assert.Equal(("done", 2), ((await Harness.StateAsync(id)).Status, (await Harness.StateAsync(id)).Attempts));
        Assert.Equal(1, await FollowUpsAsync());
    }

    private async Task<long> FollowUpsAsync()
    {
        await using var connection = await Harness.Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE kind = @Kind", new { Kind = CompletingHandler.FollowUpKind });
    }
}
