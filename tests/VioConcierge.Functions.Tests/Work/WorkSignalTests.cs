using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class WorkSignalTests
{
    [Fact]
    public async Task Enqueue_IsRelayedAtOnce_WithoutWaitingForTheTimer()
    {
        // The timer function does not run here: only the enqueue signal can relay the items.
        await using var queue = await QueueHarness.CreateAsync(relayEnabled: true, runTimers: false);

        await queue.EnqueueAsync();
        Assert.True(await queue.Handler.Started.WaitAsync(TimeSpan.FromSeconds(10)), "first item did not start");
        await queue.EnqueueAsync();
        Assert.True(await queue.Handler.Started.WaitAsync(TimeSpan.FromSeconds(10)), "second item did not start");

        Assert.Equal(2, queue.Handler.Runs.Count);
    }
}
