using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// The timer function, called directly as the Functions host calls it: each tick relays every due item to its queue
/// (so an app woken from zero by the timer starts what is due), and an instance with <c>Work:RelayEnabled</c> false
/// leaves the work alone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WorkTimerFunctionTests(ApiFixture api)
{
    [Fact]
    public async Task Tick_RelaysEveryDueItem_AndADisabledInstanceRelaysNone()
    {
        // Arrange
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await api.Service<PostgresWorkQueue>().EnqueueAsync(
                new WorkRequest(ApiFixture.FailingKind, $"{{\"tick\":{i}}}", api.Clock.GetUtcNow()), CancellationToken.None))!.Value);
        }
        var timer = new TimerInfo { IsPastDue = false };

        // Act
        await Timer(enabled: false).RelayDueWork(timer, api.Factory.DurableClient, CancellationToken.None);
        var untouched = await StatesAsync(ids);
        await Timer(enabled: true).RelayDueWork(timer, api.Factory.DurableClient, CancellationToken.None);
        await WorkSettling.SettledAsync(api.Factory.Services);
        var ran = await StatesAsync(ids);

        // Assert: the failing kind ran on every delivery until dead-lettered.
        Assert.All(untouched, state => Assert.Equal(("pending", 0), state));
        Assert.All(ran, state => Assert.Equal(("dead", new WorkQueueOptions().MaxAttempts), state));
    }

    private WorkTimerFunction Timer(bool enabled) => new(api.Service<WorkRelay>(),
        Options.Create(new WorkQueueOptions { RelayEnabled = enabled }), NullLogger<WorkTimerFunction>.Instance);

    private async Task<IReadOnlyList<(string, int)>> StatesAsync(IEnumerable<Guid> ids)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        return (await uow.QueryAsync<(string, int)>("SELECT status, attempts FROM work_items WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, CancellationToken.None)).ToList();
    }
}
