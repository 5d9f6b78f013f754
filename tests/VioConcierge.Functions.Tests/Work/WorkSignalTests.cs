using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class WorkSignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Enqueue_IsRelayedAtOnce_WithoutWaitingForTheTimer()
    {
        // The timer function does not run here: only the enqueue signal can relay the items, so waiting longer for them
        // (a loaded machine) cannot let a missing signal pass.
        await using var queue = await QueueHarness.CreateAsync(relayEnabled: true, runTimers: false);

        await queue.EnqueueAsync();
        Assert.True(await queue.Handler.Started.WaitAsync(Patience), "first item did not start");
        await queue.EnqueueAsync();
        Assert.True(await queue.Handler.Started.WaitAsync(Patience), "second item did not start");

        Assert.Equal(2, queue.Handler.Runs.Count);
    }
}
