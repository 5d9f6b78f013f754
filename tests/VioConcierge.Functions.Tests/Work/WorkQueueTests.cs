using System.Net.Sockets;
using Npgsql;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class WorkQueueTests : IAsyncLifetime
{
    private QueueHarness _queue = null!;

    public async Task InitializeAsync() => _queue = await QueueHarness.CreateAsync(maxAttempts: 3);

    public async Task DisposeAsync() => await _queue.DisposeAsync();

    [Fact]
    public async Task Enqueue_DueNow_RunsOnceAndIsDone()
    {
        var id = (await _queue.EnqueueAsync())!.Value;

        Assert.Equal(1, await _queue.RunDueAsync());
        Assert.Equal(0, await _queue.RunDueAsync());

        Assert.Equal(1, _queue.Handler.Runs[id]);
        Assert.Equal("done", (await _queue.StateAsync(id)).Status);
    }

    [Fact]
    public async Task DueBacklog_BeyondWhatMayBeInFlight_WaitsInPostgres_UntilRelayedItemsFinish()
    {
        await using var queue = await QueueHarness.CreateAsync(maxInFlight: 3);
        queue.Handler.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await queue.EnqueueAsync())!.Value);
        }

        var first = await queue.Relay.RelayDueAsync(CancellationToken.None);
        for (var started = 0; started < first; started++)
        {
            Assert.True(await queue.Handler.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        var whileRunning = await queue.Relay.RelayDueAsync(CancellationToken.None);
        var pending = ids.Count - (await Task.WhenAll(ids.Select(queue.StateAsync))).Count(state => state.Status != "pending");
        queue.Handler.Hold.SetResult();
        await WorkSettling.SettledAsync(queue.Services);
        await queue.RunDueAsync();

        Assert.Equal((3, 0, 2), (first, whileRunning, pending));
        Assert.All(ids, id => Assert.Equal(1, queue.Handler.Runs[id]));
    }

    [Fact]
    public async Task Enqueue_DueLater_WaitsUntilItsTime()
    {
        var id = (await _queue.EnqueueAsync(_queue.Clock.GetUtcNow().AddMinutes(10)))!.Value;

        Assert.Equal(0, await _queue.RunDueAsync());
        _queue.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await _queue.RunDueAsync());

        Assert.Equal(1, _queue.Handler.Runs[id]);
    }

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_SecondIsANoOp()
    {
        var first = await _queue.EnqueueAsync(dedupeKey: "reminder-42:1");
        var second = await _queue.EnqueueAsync(dedupeKey: "reminder-42:1");

        await _queue.RunDueAsync();

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Single(_queue.Handler.Runs);
    }

    [Fact]
    public async Task Enqueue_InACallerTransactionThatRollsBack_LeavesNoWork()
    {
        var database = _queue.Services.GetService(typeof(Database)) as Database;
        await using (var uow = await database!.BeginPlatformAsync(CancellationToken.None))
        {
            await _queue.Queue.EnqueueAsync(uow, new WorkRequest(QueueHarness.Kind, "{}", _queue.Clock.GetUtcNow()), CancellationToken.None);
        }
        await using (var committed = await database.BeginPlatformAsync(CancellationToken.None))
        {
            await _queue.Queue.EnqueueAsync(committed, new WorkRequest(QueueHarness.Kind, "{}", _queue.Clock.GetUtcNow()), CancellationToken.None);
            await committed.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(1, await _queue.RunDueAsync());
    }

    [Fact]
    public async Task DatabaseUnreachable_WhileHandling_RetriesWithoutSpendingAttempts_NeverDeadLetters()
    {
        _queue.Handler.FailuresLeft = 6;
        _queue.Handler.Failure = _ => new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        var id = (await _queue.EnqueueAsync())!.Value;

        var states = new List<(string Status, int Attempts, string? LastError, DateTimeOffset DueAt)>();
        for (var run = 0; run < 7; run++)
        {
            await _queue.RunDueAsync();
            states.Add(await _queue.StateAsync(id));
            _queue.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.All(states.Take(6), state => Assert.Equal(("pending", 0), (state.Status, state.Attempts)));
        Assert.Equal("done", states[^1].Status);
        Assert.Equal(7, _queue.Handler.Runs[id]);
    }

    [Fact]
    public async Task Failure_IsDeliveredAgain_ThenDeadLettered_AndItsMessageIsInThePoisonQueue()
    {
        _queue.Handler.FailuresLeft = int.MaxValue;
        var id = (await _queue.EnqueueAsync())!.Value;

        Assert.Equal(1, await _queue.RunDueAsync());
        var state = await _queue.StateAsync(id);
        var poisoned = await TestStorage.PoisonedAsync(_queue.Services, QueueHarness.Kind, id);

        Assert.Equal(3, _queue.Handler.Runs[id]);
        Assert.Equal(("dead", 3), (state.Status, state.Attempts));
        Assert.Contains("Scripted failure on attempt 3", state.LastError, StringComparison.Ordinal);
        Assert.True(poisoned, "the message is in the poison queue");
        _queue.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _queue.RunDueAsync());
        Assert.Equal(3, _queue.Handler.Runs[id]);
    }

    [Fact]
    public async Task FailureThenSuccess_OnTheNextDelivery_IsDoneWithBothAttemptsCounted()
    {
        _queue.Handler.FailuresLeft = 1;
        var id = (await _queue.EnqueueAsync())!.Value;

        await _queue.RunDueAsync();

        Assert.Equal(2, _queue.Handler.Runs[id]);
        Assert.Equal(("done", 2), ((await _queue.StateAsync(id)).Status, (await _queue.StateAsync(id)).Attempts));
        Assert.Empty(await _queue.PoisonMessagesAsync());
    }

    [Fact]
    public async Task DeadLetter_Replay_RunsTheItemAgainWithFreshAttempts()
    {
        _queue.Handler.FailuresLeft = 3;
        var id = (await _queue.EnqueueAsync())!.Value;
        await _queue.RunDueAsync();
        var deadLetters = (PostgresDeadLetters)_queue.Services.GetService(typeof(PostgresDeadLetters))!;
        var listed = await deadLetters.ListAsync(null, 10, null, CancellationToken.None);

        var database = (Database)_queue.Services.GetService(typeof(Database))!;
        await using (var uow = await database.BeginPlatformAsync(CancellationToken.None))
        {
            Assert.True((await deadLetters.ReplayAsync(uow, id, CancellationToken.None)).Replayed);
            await uow.CommitAsync(CancellationToken.None);
        }
        await _queue.RunDueAsync();

        Assert.Equal(id, Assert.Single(listed.Items).Id);
        Assert.Equal(("done", 1), ((await _queue.StateAsync(id)).Status, (await _queue.StateAsync(id)).Attempts));
        Assert.Equal(4, _queue.Handler.Runs[id]);
    }

    [Fact]
    public async Task LeaseExpired_AfterARunCrashed_TheItemIsSentAgainAndTheCrashedRunCannotComplete()
    {
        var id = (await _queue.EnqueueAsync())!.Value;
        var lost = Assert.Single(await _queue.Queue.ClaimAsync("relay-whose-message-was-lost", 10, CancellationToken.None));
        var crashed = Assert.Single(await _queue.Queue.LoadLeasedAsync(WorkMessage.For([lost]).Items, CancellationToken.None));

        Assert.Equal(0, await _queue.RunDueAsync());
        _queue.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _queue.RunDueAsync());

        Assert.False(await _queue.Queue.CompleteAsync(crashed, CancellationToken.None));
        Assert.Equal(("done", 2), ((await _queue.StateAsync(id)).Status, (await _queue.StateAsync(id)).Attempts));
        Assert.Equal(1, _queue.Handler.Runs[id]);
    }

    [Fact]
    public async Task LeaseExpired_OnTheLastAttempt_DeadLetters()
    {
        var id = (await _queue.EnqueueAsync())!.Value;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var sent = await _queue.Queue.ClaimAsync("relay", 10, CancellationToken.None);
            await _queue.Queue.LoadLeasedAsync(WorkMessage.For(sent).Items, CancellationToken.None);
            _queue.Clock.Advance(TimeSpan.FromMinutes(6));
            await _queue.Queue.RecoverExpiredLeasesAsync(CancellationToken.None);
        }

        var state = await _queue.StateAsync(id);

        Assert.Equal(("dead", 3), (state.Status, state.Attempts));
        Assert.Contains("Lease expired", state.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRelaysAtOnce_NeverSendOneItemTwice_AndEveryItemRunsOnce()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 300; i++)
        {
            ids.Add((await _queue.EnqueueAsync())!.Value);
        }
        var other = new WorkRelay(_queue.Queue, (WorkQueueClients)_queue.Services.GetService(typeof(WorkQueueClients))!,
            (WorkRunner)_queue.Services.GetService(typeof(WorkRunner))!, [],
            (Microsoft.Extensions.Options.IOptions<WorkQueueOptions>)_queue.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<WorkQueueOptions>))!,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<WorkRelay>.Instance);

        var counts = await Task.WhenAll(_queue.Relay.RelayDueAsync(CancellationToken.None), other.RelayDueAsync(CancellationToken.None));
        await _queue.RunDueAsync();

        Assert.Equal(300, counts.Sum());
        Assert.Equal(ids.Order(), _queue.Handler.Runs.Keys.Order());
        Assert.All(_queue.Handler.Runs.Values, runs => Assert.Equal(1, runs));
    }
}
