using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

public sealed class WorkSignalTests
{
    [Fact]
    public async Task Enqueue_WakesTheIdleBackgroundDispatcher_LongBeforeTheNextPoll()
    {
        await using var queue = await QueueHarness.CreateAsync(pollInterval: TimeSpan.FromMinutes(10));
        var service = queue.Services.GetRequiredService<WorkDispatcherService>();
        await service.StartAsync(CancellationToken.None);
        try
        {
            await queue.EnqueueAsync();
            Assert.True(await queue.Handler.Started.WaitAsync(TimeSpan.FromSeconds(10)), "first item did not start");

            // The dispatcher is now idle with a ten-minute poll: only the enqueue signal can start the next item soon.
            await queue.EnqueueAsync();
            Assert.True(await queue.Handler.Started.WaitAsync(TimeSpan.FromSeconds(10)), "second item did not start");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal(2, queue.Handler.Runs.Count);
    }
}
